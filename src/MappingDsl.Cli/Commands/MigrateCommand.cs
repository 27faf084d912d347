using System.CommandLine;
using MappingDsl.Catalog;
using MappingDsl.Cli.Hosting;
using MappingDsl.Dataverse.Provisioning;
using MappingDsl.Engine;
using MappingDsl.Engine.Journal;

namespace MappingDsl.Cli.Commands;

/// <summary><c>mapdsl migrate</c>: data-quality pass, owners, then every phase; resumes an unfinished run in the journal.</summary>
internal static class MigrateCommand
{
    public static Command Create(CliOutput cli)
    {
        var pack = CommonOptions.Pack();
        var source = CommonOptions.Source(required: true);
        var target = CommonOptions.Target(required: true);
        var journal = CommonOptions.Journal(required: false);
        var sample = new Option<string>("--sample") { Description = "Move only a sample for a sandbox rehearsal: the first n records of each object (500) or a stable share of keys (5%)." };
        var dryRun = new Option<bool>("--dry-run") { Description = "Run the data-quality pass and owner reconciliation only; nothing is written to the target." };
        var fallback = CommonOptions.FallbackOwner();
        var via = CommonOptions.Via();
        var verify = CommonOptions.Verify();
        var ownerAlias = CommonOptions.OwnerAlias();
        var ownerAliases = CommonOptions.OwnerAliases();
        var batch = new Option<int>("--batch-size")
        {
            Description = "Records per journaled batch; the loader splits it into parallel UpsertMultiple requests, and the checkpoint moves once per batch.",
            DefaultValueFactory = _ => 500,
        };
        var inFlight = CommonOptions.BatchesInFlight();
        var command = new Command("migrate", "Migrate a source into Dataverse: check, reconcile owners, load phase by phase, verify, report.")
        {
            pack, source, target, journal, sample, dryRun, fallback, ownerAlias, ownerAliases, verify, batch, inFlight, via,
        };
        command.SetAction(cli, async (parse, cancellationToken) =>
        {
            var catalog = await PackLoader.GetAsync(parse.GetRequiredValue(pack), cli.Error, cancellationToken).ConfigureAwait(false);
            var options = new MigrationOptions
            {
                Sample = parse.GetValue(sample) is { } text ? SampleSpec.Parse(text) : null,
                DryRun = parse.GetValue(dryRun),
                FallbackOwner = parse.GetValue(fallback),
                Verify = CommonOptions.VerifyValue(parse, verify),
                OwnerAliases = OwnerAliasMap.From(parse.GetValue(ownerAlias), parse.GetValue(ownerAliases)),
                BatchSize = Math.Clamp(parse.GetValue(batch), 1, 5000),
            };
            var path = parse.GetValue(journal) ?? DefaultJournal(catalog);
            await using var from = await SourceEndpoint.OpenAsync(parse.GetRequiredValue(source), catalog, 200, cancellationToken, parse.GetValue(via)).ConfigureAwait(false);
            await using var to = await TargetEndpoint.OpenAsync(parse.GetRequiredValue(target), cancellationToken).ConfigureAwait(false);
            await EnsureSchemaAsync(to, catalog, options.DryRun, cancellationToken).ConfigureAwait(false);
            using var log = MigrationJournal.Open(path);
            var engine = new MigrationEngine(catalog, from.Source, to.Target, log);
            options = options with { SourceAddress = from.Address, TargetAddress = to.Address, BatchesInFlight = CommonOptions.BatchesInFlightValue(parse, inFlight, to) };
            var report = await ProgressDisplay.RunAsync(cli, progress => engine.MigrateAsync(options with { Progress = progress }, cancellationToken)).ConfigureAwait(false);
            if (parse.GetValue(CommonOptions.Json))
                cli.Json(report);
            else
                ReportRenderer.Render(cli, report);
            return ReportRenderer.ExitCode(report);
        });
        return command;
    }

    public static string DefaultJournal(MapCatalog catalog) => Path.Combine("mapdsl-runs", catalog.Name, "journal.db");

    // Records load only into a provisioned schema: an in-process emulator is provisioned on the spot, a real org
    // must have been provisioned on purpose (`mapdsl provision`), or the run is blocked.
    public static async Task EnsureSchemaAsync(TargetEndpoint target, MapCatalog catalog, bool dryRun, CancellationToken cancellationToken)
    {
        var provisioner = new SchemaProvisioner(target.Client);
        if (target.Emulator is not null)
        {
            await provisioner.ApplyAsync(catalog.Manifest, cancellationToken).ConfigureAwait(false);
            return;
        }
        if (dryRun)
            return;
        var plan = await provisioner.PlanAsync(catalog.Manifest, cancellationToken).ConfigureAwait(false);
        if (!plan.IsEmpty)
            throw new BlockedException($"the target lacks {plan.Steps.Count} schema change(s) for pack {catalog.Name}; run `mapdsl provision {catalog.Name} --target {target.Address}` first (`mapdsl plan` lists them)");
    }
}
