using System.CommandLine;
using MappingDsl.Cli.Hosting;
using MappingDsl.Engine;

namespace MappingDsl.Cli.Commands;

/// <summary><c>mapdsl reconcile</c>: rebuilds a run's row-count report from the journal and spot-checks records field by field.</summary>
internal static class ReconcileCommand
{
    public static Command Create(CliOutput cli)
    {
        var pack = CommonOptions.Pack();
        var journal = CommonOptions.Journal(required: true);
        var spotCheck = CommonOptions.SpotCheck(25);
        var run = new Option<string>("--run") { Description = "The run to reconcile; the newest by default." };
        var source = CommonOptions.Source(required: false);
        var target = CommonOptions.Target(required: false);
        var command = new Command("reconcile", "Row counts per phase and a field-level spot check of loaded records against the source.")
        {
            pack, journal, spotCheck, run, source, target,
        };
        command.SetAction(cli, async (parse, cancellationToken) =>
        {
            var catalog = await PackLoader.GetAsync(parse.GetRequiredValue(pack), cli.Error, cancellationToken).ConfigureAwait(false);
            using var log = JournalRuns.Open(parse.GetRequiredValue(journal));
            var chosen = JournalRuns.Latest(log, parse.GetValue(run));
            await using var from = await SourceEndpoint.OpenAsync(parse.GetValue(source) ?? chosen.Source, catalog, 200, cancellationToken).ConfigureAwait(false);
            await using var to = await TargetEndpoint.OpenAsync(parse.GetValue(target) ?? chosen.Target, cancellationToken).ConfigureAwait(false);
            var engine = new MigrationEngine(catalog, from.Source, to.Target, log);
            var report = await engine.ReconcileAsync(chosen.Id, Math.Max(0, parse.GetValue(spotCheck)), cancellationToken).ConfigureAwait(false);
            if (parse.GetValue(CommonOptions.Json))
                cli.Json(report);
            else
                ReportRenderer.Render(cli, report);
            var differences = report.Phases.Sum(p => p.Verification.Sum(v => v.Differences.Count));
            return differences > 0 || report.Phases.Any(p => p.Pairs.Any(q => !q.Balanced)) ? ExitCodes.Rejections : ReportRenderer.ExitCode(report);
        });
        return command;
    }
}
