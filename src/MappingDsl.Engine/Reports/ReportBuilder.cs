using MappingDsl.Catalog;
using MappingDsl.Engine.Journal;

namespace MappingDsl.Engine.Reports;

// Builds a run's report from the journal alone, so `reconcile` after a crash or on another machine says the same.
internal static class ReportBuilder
{
    public static RunReport Build(
        MapCatalog catalog,
        MigrationJournal journal,
        string runId,
        IReadOnlyDictionary<int, IReadOnlyList<VerificationReport>> verification)
    {
        var run = journal.Run(runId) ?? throw new KeyNotFoundException($"The journal has no run '{runId}'.");
        var progress = journal.Progress(runId).ToDictionary(p => p.Pair);
        // Counted as the rows stream past: memory holds one count per distinct reason, not the rejected rows.
        var counts = new Dictionary<string, Dictionary<string, long>>(StringComparer.Ordinal);
        foreach (var q in journal.ReadQuarantine(runId))
        {
            if (!counts.TryGetValue(q.Pair, out var byReason))
                counts[q.Pair] = byReason = new Dictionary<string, long>(StringComparer.Ordinal);
            var reason = $"{q.Stage}: {Shorten(q.Reason)}";
            byReason[reason] = byReason.GetValueOrDefault(reason) + 1;
        }
        var reasons = counts.ToDictionary(c => c.Key, c => (IReadOnlyList<ReasonCount>)[.. c.Value
            .Select(r => new ReasonCount(r.Key, r.Value))
            .OrderByDescending(r => r.Count)
            .ThenBy(r => r.Reason, StringComparer.Ordinal)]);
        var phases = new List<PhaseReport>();
        foreach (var phase in catalog.Phases)
        {
            var pairs = phase.Pairs.Select(name =>
            {
                var info = catalog.Pair(name);
                var p = progress.GetValueOrDefault(name);
                return new PairReport(name, string.Join(", ", info.Targets),
                    p is null ? 0 : p.Loaded + p.Rejected + p.Skipped + p.Inventoried,
                    p?.Loaded ?? 0, p?.Rejected ?? 0, p?.Skipped ?? 0, p?.Inventoried ?? 0,
                    reasons.GetValueOrDefault(name) ?? []);
            }).ToList();
            var state = run.Kind == "check" ? "checked"
                : phase.Pairs.All(n => progress.GetValueOrDefault(n)?.Done == true) ? "loaded"
                : run.Status == RunStatus.Blocked && phase.Pairs.Any(n => progress.GetValueOrDefault(n)?.Done != true) && IsFirstOpen(catalog, progress, phase) ? "blocked"
                : "pending";
            phases.Add(new PhaseReport(phase.Number, state, pairs, verification.GetValueOrDefault(phase.Number) ?? []));
        }
        var use = journal.OwnerUse(runId);
        var owners = journal.Owners()
            .Select(o =>
            {
                var mine = use.Where(u => string.Equals(u.Email, o.Email, StringComparison.OrdinalIgnoreCase)).ToList();
                // With a fallback owner, the owners it stands in for are reported as such, not as matched or queued.
                var status = !o.IsAssignable && run.Fallback is not null ? OwnerEntry.Fallback : o.Status;
                return new OwnerReport(o.Email.Length == 0 ? "(no owner)" : o.Email, status, o.FullName, mine.Sum(u => u.Records), string.Join(", ", mine.Select(u => u.Pair)));
            })
            .Where(o => o.Records > 0)
            .ToList();
        var folder = Path.Combine(journal.Folder, "reports", runId);
        return new RunReport(run.Id, run.Pack, run.Version, run.Kind, run.Status, run.Message, phases, journal.Quality(runId), owners, folder);
    }

    private static bool IsFirstOpen(MapCatalog catalog, Dictionary<string, PairProgress> progress, PhaseInfo phase) =>
        catalog.Phases.First(p => !p.Pairs.All(n => progress.GetValueOrDefault(n)?.Done == true)).Number == phase.Number;

    // Reasons that embed a value ("Source value 'x' …") would make every record its own group; cut at the value.
    private static string Shorten(string reason) => reason.Length <= 160 ? reason : reason[..160] + "…";
}
