using MappingDsl.Catalog;
using MappingDsl.Cli.Adapters;
using MappingDsl.Cli.Hosting;
using MappingDsl.Dataverse.Provisioning;
using MappingDsl.Docs;
using MappingDsl.Emulators.Dataverse;
using MappingDsl.Engine;
using MappingDsl.Engine.Journal;
using MappingDsl.Engine.Reports;
using MappingDsl.Sources;

namespace MappingDsl.Cli.Commands;

/// <summary>
/// One pack of <c>mapdsl demo</c> read through an extractor (Iterable, Customer.io): provisioned and migrated into
/// the shared Dataverse emulator, a cutover delta after touching the source, reconciliation with spot checks, reports
/// and customer docs.
/// </summary>
internal static class ReaderDemo
{
    /// <summary>What one demo run did.</summary>
    public sealed record Outcome(RunReport Migrated, RunReport Delta, RunReport Reconciled, int Touched);

    public static async Task<Outcome> RunAsync(
        CliOutput cli, MapCatalog catalog, DataverseEmulator dataverse, string folder, ISourceReader reader, Func<int> touch, Action<RunReport> show, CancellationToken cancellationToken)
    {
        DemoFolder.Recreate(folder);
        await using var target = await TargetEndpoint.OpenAsync(dataverse.BaseUri.ToString(), cancellationToken).ConfigureAwait(false);
        await new SchemaProvisioner(target.Client).ApplyAsync(catalog.Manifest, cancellationToken).ConfigureAwait(false);
        using var journal = MigrationJournal.Open(Path.Combine(folder, "journal.db"));
        var engine = new MigrationEngine(catalog, new SourceReaderAdapter(reader), target.Target, journal);
        var options = new MigrationOptions { SourceAddress = "emulator", TargetAddress = "emulator", BatchesInFlight = 2 * target.Users };

        show(await engine.MigrateAsync(options with { DryRun = true }, cancellationToken).ConfigureAwait(false));
        var migrated = await ProgressDisplay.RunAsync(cli, progress => engine.MigrateAsync(options with { Progress = progress }, cancellationToken)).ConfigureAwait(false);
        show(migrated);
        var touched = touch();
        var delta = await ProgressDisplay.RunAsync(cli, progress => engine.DeltaAsync(options with { Progress = progress }, cancellationToken)).ConfigureAwait(false);
        show(delta);
        var reconciled = await engine.ReconcileAsync(migrated.RunId, VerifySpec.All, cancellationToken).ConfigureAwait(false);
        CustomerDocs.Write(catalog, Path.Combine(folder, "docs"));
        return new Outcome(migrated, delta, reconciled, touched);
    }
}
