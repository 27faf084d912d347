using MappingDsl.Engine.Journal;

namespace MappingDsl.Engine;

/// <summary>
/// Matches source owner emails against Dataverse users (internalemailaddress). Active users match; disabled users
/// are flagged apart (records cannot be assigned to them); the rest wait in the reconciliation queue.
/// </summary>
internal static class OwnerReconciler
{
    public static async Task MatchAsync(MigrationJournal journal, IMigrationTarget target, IEnumerable<string> emails, CancellationToken cancellationToken)
    {
        var wanted = emails.Where(e => e.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        if (wanted.Count == 0)
            return;
        var users = await target.FindUsersAsync(wanted, cancellationToken).ConfigureAwait(false);
        // An active user wins over a disabled one with the same email.
        var byEmail = users
            .GroupBy(u => u.Email, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.OrderBy(u => u.IsDisabled).First(), StringComparer.OrdinalIgnoreCase);
        foreach (var email in wanted)
        {
            var entry = byEmail.TryGetValue(email, out var user)
                ? new OwnerEntry(email, user.IsDisabled ? OwnerEntry.Disabled : OwnerEntry.Matched, user.Id, user.FullName)
                : new OwnerEntry(email, OwnerEntry.Unmatched, null, null);
            journal.SetOwner(entry);
        }
    }

    public static async Task<RecordId?> ResolveFallbackAsync(IMigrationTarget target, string? fallback, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(fallback))
            return null;
        if (fallback.StartsWith("team:", StringComparison.OrdinalIgnoreCase))
        {
            var name = fallback["team:".Length..];
            return await target.FindTeamAsync(name, cancellationToken).ConfigureAwait(false)
                ?? throw new MigrationConfigurationException($"The fallback team '{name}' does not exist in the target.");
        }
        var users = await target.FindUsersAsync([fallback], cancellationToken).ConfigureAwait(false);
        var user = users.FirstOrDefault(u => !u.IsDisabled && string.Equals(u.Email, fallback, StringComparison.OrdinalIgnoreCase))
            ?? throw new MigrationConfigurationException($"The fallback owner '{fallback}' is not an active user of the target.");
        return new RecordId("systemuser", "systemusers", user.Id);
    }
}
