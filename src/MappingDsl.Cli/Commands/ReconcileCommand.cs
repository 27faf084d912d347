using System.CommandLine;
using MappingDsl.Cli.Hosting;
using MappingDsl.Engine;

namespace MappingDsl.Cli.Commands;

/// <summary><c>mapdsl reconcile</c>: recounts a run's source, journal and target live, verifies records field by field, exits 5 when anything disagrees.</summary>
internal static class ReconcileCommand
{
    public static Command Create(CliOutput cli)
    {
        var pack = CommonOptions.Pack();
        var journal = CommonOptions.Journal(required: true);
        var verify = CommonOptions.Verify();
        var run = new Option<string>("--run") { Description = "The run to reconcile; the newest by default." };
        var source = CommonOptions.Source(required: false);
        var target = CommonOptions.Target(required: false);
        var command = new Command("reconcile", "Recounts a run live: the source's own count, the journal's outcomes and the target's records per pair must agree; then verifies loaded records field by field.")
        {
            pack, journal, verify, run, source, target,
        };
        command.SetAction(cli, async (parse, cancellationToken) =>
        {
            var catalog = await PackLoader.GetAsync(parse.GetRequiredValue(pack), cli.Error, cancellationToken).ConfigureAwait(false);
            using var log = JournalRuns.Open(parse.GetRequiredValue(journal));
            var chosen = JournalRuns.Latest(log, parse.GetValue(run));
            await using var from = await SourceEndpoint.OpenAsync(parse.GetValue(source) ?? chosen.Source, catalog, 200, cancellationToken).ConfigureAwait(false);
            await using var to = await TargetEndpoint.OpenAsync(parse.GetValue(target) ?? chosen.Target, cancellationToken).ConfigureAwait(false);
            var engine = new MigrationEngine(catalog, from.Source, to.Target, log);
            var report = await engine.ReconcileAsync(chosen.Id, CommonOptions.VerifyValue(parse, verify), cancellationToken).ConfigureAwait(false);
            if (parse.GetValue(CommonOptions.Json))
                cli.Json(report);
            else
                ReportRenderer.Render(cli, report);
            return report.Balanced ? ReportRenderer.ExitCode(report) : ExitCodes.Unbalanced;
        });
        return command;
    }
}
