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
        var targets = journal.TargetCounts(runId);
        var extra = journal.TargetExtra(runId);
        var phases = new List<PhaseReport>();
        foreach (var phase in catalog.Phases)
        {
            var pairs = phase.Pairs.Select(name => Pair(catalog, journal, run, catalog.Pair(name), progress.GetValueOrDefault(name), targets, extra,
                reasons.GetValueOrDefault(name) ?? [])).ToList();
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
        return new RunReport(run.Id, run.Pack, run.Version, run.Kind, run.Status, run.Message, phases, journal.Quality(runId), owners, folder)
        {
            Losses = [.. journal.LossCounts(runId).Select(l => new LossCount(l.Pair, l.Column, l.Rule, l.Count))],
        };
    }

    // The three counts of one pair, each from its own place, and every way they disagree.
    private static PairReport Pair(
        MapCatalog catalog, MigrationJournal journal, RunInfo run, PairInfo info, PairProgress? progress,
        Dictionary<string, TargetCount> targets, List<(string Table, long Records, string[] Keys)> extra, IReadOnlyList<ReasonCount> reasons)
    {
        var counts = journal.CountsOf(run.Id, info.Name);
        var targetsText = string.Join(", ", info.Targets);
        var differences = new List<string>();
        if (progress is null || run.Kind == "check")
            return new PairReport(info.Name, targetsText, 0, "not read", 0, 0, 0, 0, 0, null, 0, differences, [], reasons);
        var stream = progress.Loaded + progress.Rejected + progress.Skipped + progress.Inventoried + counts.Duplicates;
        var tally = journal.SourceCountOf(run.Id, info.Name);
        var source = tally?.Records ?? stream;
        var origin = tally?.Origin ?? "records read (the source has no count of its own)";
        if (tally?.Problem is { } problem)
            differences.Add("source: " + problem);
        if (run.Sample is null && progress.Done && source != counts.Total)
        {
            differences.Add(Say($"the source counts {source} ({origin}) but the journal accounts for {counts.Total} ({counts.Loaded} loaded, {counts.Rejected} rejected, {counts.Skipped} skipped, {counts.Inventoried} inventoried, {counts.Duplicates} duplicates): {Math.Abs(source - counts.Total)} record(s) {(source > counts.Total ? "the source holds were never read (a lost page or a cut file?)" : "more than the source holds")}"));
        }
        if (progress.Loaded != counts.Loaded || progress.Rejected != counts.Rejected || progress.Skipped != counts.Skipped || progress.Inventoried != counts.Inventoried)
        {
            differences.Add(Say($"the journal's checkpoint counters ({progress.Loaded} loaded, {progress.Rejected} rejected, {progress.Skipped} skipped, {progress.Inventoried} inventoried) disagree with its tables ({counts.Loaded}, {counts.Rejected}, {counts.Skipped}, {counts.Inventoried})"));
        }
        long? inTarget = null;
        long expected = 0;
        IReadOnlyList<string> missing = [];
        if (info.Kind != PairKind.DocumentationOnly && progress.Done)
        {
            if (targets.TryGetValue(info.Name, out var target))
            {
                inTarget = target.Found;
                expected = target.Expected;
                missing = target.MissingKeys;
                if (target.Found != target.Expected)
                    differences.Add(Say($"the target holds {target.Found} of the pair's {target.Expected} migrated records (counted {target.Counted:u}); missing: {string.Join(", ", target.MissingKeys)}{(target.Expected - target.Found > target.MissingKeys.Count ? ", …" : "")}"));
            }
            else
            {
                differences.Add("the target has not been counted for this run yet (run `mapdsl reconcile`)");
            }
            foreach (var (table, records, keys) in extra.Where(e => info.Targets.Contains(e.Table)))
                differences.Add(Say($"{table} holds {records} record(s) with {catalog.SourceIdColumn} that this journal never loaded: {string.Join(", ", keys)}"));
        }
        return new PairReport(info.Name, targetsText, source, origin, counts.Loaded, counts.Rejected, counts.Skipped, counts.Inventoried, counts.Duplicates,
            inTarget, expected, differences, missing, reasons);
    }

    private static string Say(FormattableString text) => text.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static bool IsFirstOpen(MapCatalog catalog, Dictionary<string, PairProgress> progress, PhaseInfo phase) =>
        catalog.Phases.First(p => !p.Pairs.All(n => progress.GetValueOrDefault(n)?.Done == true)).Number == phase.Number;

    // Reasons that embed a value ("Source value 'x' …") would make every record its own group; cut at the value.
    private static string Shorten(string reason) => reason.Length <= 160 ? reason : reason[..160] + "…";
}
