using System.CommandLine;
using MappingDsl.Cli.Hosting;
using MappingDsl.Engine;

namespace MappingDsl.Cli.Commands;

/// <summary><c>mapdsl delta</c>: the cutover delta — records modified since the last completed run, upserted by key.</summary>
internal static class DeltaCommand
{
    public static Command Create(CliOutput cli)
    {
        var pack = CommonOptions.Pack();
        var journal = CommonOptions.Journal(required: true);
        var source = CommonOptions.Source(required: false);
        var target = CommonOptions.Target(required: false);
        var fallback = CommonOptions.FallbackOwner();
        var via = CommonOptions.Via();
        var ownerAlias = CommonOptions.OwnerAlias();
        var ownerAliases = CommonOptions.OwnerAliases();
        var verify = CommonOptions.Verify();
        var inFlight = CommonOptions.BatchesInFlight();
        var command = new Command("delta", "Move the records changed since the last completed run (the source and target default to that run's).")
        {
            pack, journal, source, target, fallback, ownerAlias, ownerAliases, verify, inFlight, via,
        };
        command.SetAction(cli, async (parse, cancellationToken) =>
        {
            var catalog = await PackLoader.GetAsync(parse.GetRequiredValue(pack), cli.Error, cancellationToken).ConfigureAwait(false);
            using var log = JournalRuns.Open(parse.GetRequiredValue(journal));
            var last = JournalRuns.Latest(log, null);
            await using var from = await SourceEndpoint.OpenAsync(parse.GetValue(source) ?? last.Source, catalog, 200, cancellationToken, parse.GetValue(via)).ConfigureAwait(false);
            await using var to = await TargetEndpoint.OpenAsync(parse.GetValue(target) ?? last.Target, cancellationToken).ConfigureAwait(false);
            await MigrateCommand.EnsureSchemaAsync(to, catalog, dryRun: false, cancellationToken).ConfigureAwait(false);
            var engine = new MigrationEngine(catalog, from.Source, to.Target, log);
            var options = new MigrationOptions
            {
                FallbackOwner = parse.GetValue(fallback),
                Verify = CommonOptions.VerifyValue(parse, verify),
                OwnerAliases = OwnerAliasMap.From(parse.GetValue(ownerAlias), parse.GetValue(ownerAliases)),
                SourceAddress = from.Address,
                TargetAddress = to.Address,
                BatchesInFlight = CommonOptions.BatchesInFlightValue(parse, inFlight, to),
            };
            var report = await ProgressDisplay.RunAsync(cli, progress => engine.DeltaAsync(options with { Progress = progress }, cancellationToken)).ConfigureAwait(false);
            if (parse.GetValue(CommonOptions.Json))
                cli.Json(report);
            else
                ReportRenderer.Render(cli, report);
            return ReportRenderer.ExitCode(report);
        });
        return command;
    }
}
