using System.Globalization;
using MappingDsl.Engine.Journal;
using MappingDsl.Engine.Reports;
using Spectre.Console;

namespace MappingDsl.Cli.Hosting;

/// <summary>Prints a run's report as tables, and maps its outcome to an exit code.</summary>
internal static class ReportRenderer
{
    public static int ExitCode(RunReport report) => report.Status switch
    {
        RunStatus.Blocked => ExitCodes.Blocked,
        RunStatus.Interrupted => ExitCodes.Interrupted,
        RunStatus.Completed or RunStatus.CompletedWithRejections when report.Kind != "check" && !report.Balanced => ExitCodes.Unbalanced,
        RunStatus.CompletedWithRejections => ExitCodes.Rejections,
        _ when report.Kind == "check" && report.Owners.Any(o => o.Status is not (OwnerEntry.Matched or OwnerEntry.Aliased)) => ExitCodes.Blocked,
        _ when report.Kind == "check" && report.DataQuality.Any(q => q.WouldReject > 0) => ExitCodes.Rejections,
        _ => ExitCodes.Success,
    };

    public static void Render(CliOutput cli, RunReport report)
    {
        var console = cli.Console;
        console.MarkupLine($"[bold]{Markup.Escape(report.Pack)} {Markup.Escape(report.Version)}[/] {report.Kind} run [bold]{Markup.Escape(report.RunId)}[/]: {Status(report.Status)}");
        if (report.Message is { } message)
            console.MarkupLine(Markup.Escape(message));
        if (report.DataQuality.Count > 0)
        {
            var quality = new Table().Title("Data quality before load").AddColumns("Pair", "Records", "Would reject", "Duplicate keys", "Orphan lookups", "Missing owners");
            foreach (var q in report.DataQuality)
                quality.AddRow(q.Pair, N(q.Records), N(q.WouldReject), N(q.Duplicates), N(q.Orphans), N(q.MissingOwners));
            console.Write(quality);
        }
        var queue = report.Owners.Where(o => o.Status is not (OwnerEntry.Matched or OwnerEntry.Aliased)).ToList();
        if (queue.Count > 0)
        {
            var owners = new Table().Title("Owner reconciliation queue").AddColumns("Email", "Status", "Records", "Pairs");
            foreach (var o in queue)
                owners.AddRow(Markup.Escape(o.Email.Length == 0 ? "(none named)" : o.Email), o.Status, N(o.Records), Markup.Escape(o.Pairs));
            console.Write(owners);
        }
        if (report.Kind != "check")
        {
            var phases = new Table().Title("Reconciliation: source, journal and target counts").AddColumns("Phase", "Pair", "Targets", "Source", "Loaded", "Rejected", "Skipped", "Inventoried", "In target", "Balanced", "Verified");
            foreach (var phase in report.Phases)
            {
                foreach (var pair in phase.Pairs)
                {
                    var verified = phase.Verification.FirstOrDefault(v => v.Pair == pair.Pair) is { } v ? $"{v.Matched}/{v.Checked}" : "";
                    phases.AddRow($"{phase.Number} {phase.State}", pair.Pair, Markup.Escape(pair.Targets), N(pair.Source), N(pair.Loaded), N(pair.Rejected), N(pair.Skipped), N(pair.Inventoried), pair.InTarget is { } t ? $"{N(t)}/{N(pair.Expected)}" : "", pair.Balanced ? "yes" : "[red]no[/]", verified);
                }
            }
            console.Write(phases);
            foreach (var pair in report.Phases.SelectMany(p => p.Pairs).Where(p => !p.Balanced))
            {
                foreach (var difference in pair.Differences)
                    console.MarkupLine($"[red]{Markup.Escape(pair.Pair)}[/]: {Markup.Escape(difference)}");
            }
            if (report.Losses.Count > 0)
            {
                var losses = new Table().Title("Loss ledger (losses.csv)").AddColumns("Pair", "Column", "Rule", "Records");
                foreach (var l in report.Losses)
                    losses.AddRow(Markup.Escape(l.Pair), Markup.Escape(l.Column), Markup.Escape(l.Rule), N(l.Count));
                console.Write(losses);
            }
        }
        console.MarkupLine($"Reports: [link]{Markup.Escape(report.ReportFolder)}[/]");
    }

    private static string Status(RunStatus status) => status switch
    {
        RunStatus.Completed => "[green]Completed[/]",
        RunStatus.CompletedWithRejections => "[yellow]Completed with rejections[/]",
        RunStatus.Blocked => "[red]Blocked[/]",
        _ => status.ToString(),
    };

    private static string N(long value) => value.ToString("N0", CultureInfo.InvariantCulture);
}
