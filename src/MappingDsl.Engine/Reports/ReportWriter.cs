using System.Globalization;
using System.Text;
using System.Text.Json;
using MappingDsl.Engine.Journal;

namespace MappingDsl.Engine.Reports;

/// <summary>
/// Writes a run's reports under <c>{journal folder}/reports/{run}/</c>: <c>run.md|json|csv</c>, one
/// <c>phase-N.md|json|csv</c> per phase, and the lists people act on — quarantine, owners queue, data-quality
/// findings, review flags and documentation-only inventories — as CSV.
/// </summary>
public static class ReportWriter
{
    /// <summary>Writes every file of a run's report.</summary>
    /// <param name="report">The report.</param>
    /// <param name="journal">The journal it came from.</param>
    public static void Write(RunReport report, MigrationJournal journal)
    {
        Directory.CreateDirectory(report.ReportFolder);
        File.WriteAllText(Path.Combine(report.ReportFolder, "run.md"), Markdown(report));
        File.WriteAllText(Path.Combine(report.ReportFolder, "run.json"), JsonSerializer.Serialize(report, EngineJsonContext.Default.RunReport));
        Csv.Write(Path.Combine(report.ReportFolder, "run.csv"), PairRows(report.Phases));
        foreach (var phase in report.Phases)
        {
            var stem = Path.Combine(report.ReportFolder, $"phase-{phase.Number}");
            File.WriteAllText(stem + ".md", PhaseMarkdown(phase));
            File.WriteAllText(stem + ".json", JsonSerializer.Serialize(phase, EngineJsonContext.Default.PhaseReport));
            Csv.Write(stem + ".csv", PairRows([phase]));
        }
        Csv.Write(Path.Combine(report.ReportFolder, "quarantine.csv"),
            Rows(["phase", "pair", "source_key", "stage", "reason"], journal.ReadQuarantine(report.RunId).Select(q => new object?[] { q.Phase, q.Pair, q.SourceKey, q.Stage, q.Reason })));
        Csv.Write(Path.Combine(report.ReportFolder, "owners.csv"),
            Rows(["email", "status", "dataverse_user", "records", "pairs"], report.Owners.Select(o => new object?[] { o.Email, o.Status, o.User, o.Records, o.Pairs })));
        Csv.Write(Path.Combine(report.ReportFolder, "findings.csv"),
            Rows(["pair", "source_key", "kind", "detail"], journal.ReadFindings(report.RunId).Select(f => new object?[] { f.Pair, f.SourceKey, f.Kind, f.Detail })));
        Csv.Write(Path.Combine(report.ReportFolder, "flags.csv"),
            Rows(["pair", "source_key", "flag"], journal.ReadFlags(report.RunId).Select(f => new object?[] { f.Pair, f.SourceKey, f.Flag })));
        Csv.Write(Path.Combine(report.ReportFolder, "verification.csv"),
            Rows(["phase", "pair", "source_key", "column", "expected", "actual"], report.Phases.SelectMany(p => p.Verification.SelectMany(v => v.Differences.Select(d => new object?[] { p.Number, v.Pair, d.SourceKey, d.Column, d.Expected, d.Actual })))));
        Csv.Write(Path.Combine(report.ReportFolder, "losses.csv"),
            Rows(["phase", "pair", "source_key", "column", "rule", "reason", "original", "stored_length"],
                journal.ReadLosses(report.RunId).Select(l => new object?[] { l.Phase, l.Pair, l.SourceKey, l.Loss.Column, l.Loss.Rule, l.Loss.Reason, l.Loss.Original, l.Loss.Stored })));
        Csv.Write(Path.Combine(report.ReportFolder, "duplicates.csv"),
            Rows(["phase", "pair", "source_key", "position", "modified", "json"],
                journal.ReadDuplicates(report.RunId).Select(d => new object?[] { d.Phase, d.Pair, d.SourceKey, d.Position, d.Modified, d.Json })));
        WriteInventories(report, journal);
    }

    /// <summary>The run's report as Markdown.</summary>
    /// <param name="report">The report.</param>
    public static string Markdown(RunReport report)
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"# {report.Pack} {report.Version} — {report.Kind} run {report.RunId}\n\n");
        text.Append(CultureInfo.InvariantCulture, $"**Status:** {report.Status}");
        if (report.Message is { } message)
            text.Append(CultureInfo.InvariantCulture, $" — {message}");
        text.Append(CultureInfo.InvariantCulture, $"\n\nLoaded {report.Loaded}, rejected {report.Rejected}.\n\n");
        if (report.DataQuality.Count > 0)
        {
            text.Append("## Data quality (before load)\n\n| Pair | Records | Would reject | Duplicate keys | Orphan lookups | Missing owners |\n|---|---:|---:|---:|---:|---:|\n");
            foreach (var q in report.DataQuality)
                text.Append(CultureInfo.InvariantCulture, $"| {q.Pair} | {q.Records} | {q.WouldReject} | {q.Duplicates} | {q.Orphans} | {q.MissingOwners} |\n");
            text.Append('\n');
        }
        if (report.Owners.Count > 0)
        {
            text.Append("## Owners\n\n| Email | Status | Dataverse user | Records | Pairs |\n|---|---|---|---:|---|\n");
            foreach (var o in report.Owners)
                text.Append(CultureInfo.InvariantCulture, $"| {Cell(o.Email)} | {o.Status} | {Cell(o.User)} | {o.Records} | {Cell(o.Pairs)} |\n");
            text.Append('\n');
        }
        foreach (var phase in report.Phases)
            text.Append(PhaseMarkdown(phase)).Append('\n');
        if (report.Losses.Count > 0)
        {
            text.Append("## Loss ledger (losses.csv)\n\n| Pair | Column | Rule | Records |\n|---|---|---|---:|\n");
            foreach (var l in report.Losses)
                text.Append(CultureInfo.InvariantCulture, $"| {l.Pair} | {Cell(l.Column)} | {l.Rule} | {l.Count} |\n");
            text.Append('\n');
        }
        return text.ToString();
    }

    private static string PhaseMarkdown(PhaseReport phase)
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"## Phase {phase.Number} — {phase.State}\n\n");
        text.Append("| Pair | Targets | Source | Loaded | Rejected | Skipped | Inventoried | Duplicates | In target | Balanced |\n|---|---|---:|---:|---:|---:|---:|---:|---:|---|\n");
        foreach (var p in phase.Pairs)
            text.Append(CultureInfo.InvariantCulture, $"| {p.Pair} | {Cell(p.Targets)} | {p.Source} | {p.Loaded} | {p.Rejected} | {p.Skipped} | {p.Inventoried} | {p.Duplicates} | {(p.InTarget is { } t ? $"{t}/{p.Expected}" : "")} | {(p.Balanced ? "yes" : "**no**")} |\n");
        foreach (var p in phase.Pairs.Where(p => !p.Balanced))
        {
            text.Append(CultureInfo.InvariantCulture, $"\n**{p.Pair}** does not balance:\n\n");
            foreach (var difference in p.Differences)
                text.Append(CultureInfo.InvariantCulture, $"- {Cell(difference)}\n");
        }
        foreach (var p in phase.Pairs.Where(p => p.Reasons.Count > 0))
        {
            text.Append(CultureInfo.InvariantCulture, $"\n**{p.Pair}** rejected:\n\n");
            foreach (var reason in p.Reasons.Take(10))
                text.Append(CultureInfo.InvariantCulture, $"- {reason.Count} × {Cell(reason.Reason)}\n");
        }
        if (phase.Verification.Count > 0)
        {
            text.Append("\n| Verified pair | Checked | Matched | Differences |\n|---|---:|---:|---:|\n");
            foreach (var v in phase.Verification)
                text.Append(CultureInfo.InvariantCulture, $"| {v.Pair} | {v.Checked} | {v.Matched} | {v.Differences.Count} |\n");
        }
        return text.ToString();
    }

    private static IEnumerable<object?[]> PairRows(IEnumerable<PhaseReport> phases) =>
        Rows(["phase", "state", "pair", "targets", "source", "source_origin", "loaded", "rejected", "skipped", "inventoried", "duplicates", "in_target", "expected_in_target", "balanced", "differences", "missing_keys"],
            phases.SelectMany(phase => phase.Pairs.Select(p => new object?[]
            {
                phase.Number, phase.State, p.Pair, p.Targets, p.Source, p.SourceOrigin, p.Loaded, p.Rejected, p.Skipped, p.Inventoried, p.Duplicates,
                p.InTarget, p.Expected, p.Balanced, string.Join(" | ", p.Differences), string.Join(" ", p.MissingKeys),
            })));

    private static IEnumerable<object?[]> Rows(object?[] header, IEnumerable<object?[]> rows) => rows.Prepend(header);

    // Documentation-only pairs: one CSV per pair, columns in the order the map first set them. Two passes over the
    // journal (headings, then rows), so an inventory of any size is written a row at a time.
    private static void WriteInventories(RunReport report, MigrationJournal journal)
    {
        foreach (var pair in journal.InventoryPairs(report.RunId))
        {
            IEnumerable<(string SourceKey, string?[][] Cells)> Rows() => journal.ReadInventory(report.RunId, pair)
                .Select(i => (i.SourceKey, JsonSerializer.Deserialize(i.Cells, EngineJsonContext.Default.StringArrayArray) ?? []));
            var headings = Rows().SelectMany(r => r.Cells.Select(c => c[0] ?? "")).Distinct().ToList();
            var lines = Rows().Select(r => headings
                .Select(h => (object?)r.Cells.FirstOrDefault(c => c[0] == h)?[1])
                .Prepend(r.SourceKey)
                .ToArray());
            Csv.Write(Path.Combine(report.ReportFolder, $"inventory-{pair}.csv"), ReportWriter.Rows([.. headings.Prepend("source_key")], lines));
        }
    }

    private static string Cell(string? text) => (text ?? "").Replace("|", "\\|", StringComparison.Ordinal).Replace('\n', ' ');
}
