using MappingDsl.Catalog;
using MappingDsl.Cli.Adapters;
using MappingDsl.Cli.Hosting;
using MappingDsl.Dataverse.Provisioning;
using MappingDsl.Emulators.Dataverse;
using MappingDsl.Engine;
using MappingDsl.Engine.Journal;
using MappingDsl.Engine.Reports;
using MappingDsl.Sources;

namespace MappingDsl.EndToEnd.Tests;

/// <summary>
/// A test class whose tests each migrate a pack in process into a Dataverse emulator of their own (xUnit makes one
/// instance per test), with a scratch folder for the journal.
/// </summary>
/// <param name="name">Names the scratch folder.</param>
public abstract class EmulatedOrgTest(string name) : IAsyncLifetime
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), name + "-" + Guid.NewGuid().ToString("N"));

    /// <summary>The test's org.</summary>
    protected DataverseEmulator Dataverse { get; private set; } = null!;

    /// <inheritdoc/>
    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(_folder);
        Dataverse = await DataverseEmulator.StartAsync(TargetEndpoint.EmulatorOptions());
    }

    /// <inheritdoc/>
    public async Task DisposeAsync()
    {
        await Dataverse.DisposeAsync();
        Directory.Delete(_folder, recursive: true);
    }

    /// <summary>A pack of the repository, by name.</summary>
    /// <param name="pack">The pack's name.</param>
    protected static MapCatalog Catalog(string pack)
    {
        PackLoader.LoadAll();
        return MapPackRegistry.Get(pack);
    }

    /// <summary>Provisions the pack's schema, migrates <paramref name="reader"/> with a fresh journal, and lets the test read what it needs while the journal is open.</summary>
    /// <typeparam name="T">What the test keeps.</typeparam>
    /// <param name="pack">The pack's name.</param>
    /// <param name="reader">The source.</param>
    /// <param name="batchSize">Records per batch.</param>
    /// <param name="read">Reads the outcome from the engine, the journal and the run's report.</param>
    protected async Task<T> MigrateAsync<T>(string pack, ISourceReader reader, int batchSize, Func<MigrationEngine, MigrationJournal, RunReport, Task<T>> read)
    {
        var catalog = Catalog(pack);
        await using var target = await TargetEndpoint.OpenAsync(Dataverse.BaseUri.ToString(), CancellationToken.None);
        await new SchemaProvisioner(target.Client).ApplyAsync(catalog.Manifest, CancellationToken.None);
        using var journal = MigrationJournal.Open(Path.Combine(_folder, Guid.NewGuid().ToString("N") + ".db"));
        var engine = new MigrationEngine(catalog, new SourceReaderAdapter(reader), target.Target, journal);
        var run = await engine.MigrateAsync(new MigrationOptions { BatchSize = batchSize }, CancellationToken.None);
        return await read(engine, journal, run);
    }
}
