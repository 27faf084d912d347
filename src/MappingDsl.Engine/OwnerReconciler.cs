using MappingDsl.Engine.Journal;

namespace MappingDsl.Engine;

/// <summary>
/// Matches source owner emails against Dataverse users (internalemailaddress), after the alias map rewrote them.
/// Active users match (<c>aliased</c> when found through a rule); disabled users are flagged apart (records cannot
/// be assigned to them); the rest, and records naming no owner at all (email ""), wait in the reconciliation queue.
/// </summary>
internal static class OwnerReconciler
{
    public static async Task MatchAsync(MigrationJournal journal, IMigrationTarget target, IEnumerable<string> emails, OwnerAliasMap aliases, CancellationToken cancellationToken)
    {
        var all = emails.Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        // A record with no owner cannot be matched; it is queued like an unmatched owner so the pre-flight blocks or
        // the fallback takes it, instead of the load failing record by record.
        if (all.Contains(""))
            journal.SetOwner(new OwnerEntry("", OwnerEntry.Unmatched, null, null));
        var wanted = all.Where(e => e.Length > 0).ToList();
        if (wanted.Count == 0)
            return;
        var lookups = wanted.ToDictionary(e => e, aliases.Apply, StringComparer.OrdinalIgnoreCase);
        var users = await target.FindUsersAsync([.. lookups.Values.Distinct(StringComparer.OrdinalIgnoreCase)], cancellationToken).ConfigureAwait(false);
        // An active user wins over a disabled one with the same email.
        var byEmail = users
            .GroupBy(u => u.Email, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.OrderBy(u => u.IsDisabled).First(), StringComparer.OrdinalIgnoreCase);
        foreach (var email in wanted)
        {
            var lookup = lookups[email];
            var aliased = !string.Equals(lookup, email, StringComparison.OrdinalIgnoreCase);
            // An aliased entry names the address it matched, so the report shows where the rule led.
            var entry = byEmail.TryGetValue(lookup, out var user)
                ? new OwnerEntry(email, user.IsDisabled ? OwnerEntry.Disabled : aliased ? OwnerEntry.Aliased : OwnerEntry.Matched, user.Id,
                    aliased ? $"{user.FullName} <{user.Email}>" : user.FullName)
                : new OwnerEntry(email, OwnerEntry.Unmatched, null, aliased ? $"(no user for alias {lookup})" : null);
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
