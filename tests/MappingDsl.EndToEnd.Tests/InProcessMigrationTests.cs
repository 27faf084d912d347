using MappingDsl.Catalog;
using MappingDsl.Cli.Hosting;
using MappingDsl.Dataverse.Provisioning;
using MappingDsl.Emulators.Dataverse;
using MappingDsl.Emulators.Salesmate;
using MappingDsl.Engine;
using MappingDsl.Engine.Journal;

namespace MappingDsl.EndToEnd.Tests;

public sealed class InProcessMigrationTests : IAsyncLifetime
{
    private Lab _lab = null!;

    public async Task InitializeAsync() => _lab = await Lab.StartAsync(new SalesmateEmulatorOptions { Records = 60, Seed = 7 });

    public async Task DisposeAsync() => await _lab.DisposeAsync();

    [Fact]
    public async Task Salesmate_migrates_into_dataverse_balanced_verified_and_rolls_back_to_empty()
    {
        var catalog = Lab.Catalog;
        await using var source = SourceEndpoint.ForEmulator(_lab.Salesmate, owned: false);
        await using var target = await TargetEndpoint.OpenAsync(_lab.Org.BaseUri.ToString(), CancellationToken.None);
        using var journal = MigrationJournal.Open(Path.Combine(_lab.Folder, "journal.db"));
        var engine = new MigrationEngine(catalog, source.Source, target.Target, journal);
        var options = new MigrationOptions { BatchSize = 50, FallbackOwner = "ava.patel@salesmate-emulator.test" };

        var blocked = await engine.MigrateAsync(options with { FallbackOwner = null }, CancellationToken.None);
        var migrated = await engine.MigrateAsync(options, CancellationToken.None);

        Assert.Equal(RunStatus.Blocked, blocked.Status);
        Assert.Contains(blocked.Owners, o => SalesmateEmulatorCatalog.OwnersWithoutDynamicsUser.Contains(o.Email) && o.Status == OwnerEntry.Unmatched);
        Assert.Equal(blocked.RunId, migrated.RunId);
        // Clean seeded data: not one rejection.
        Assert.Equal(0, migrated.Rejected);
        Assert.Equal(RunStatus.Completed, migrated.Status);
        Assert.True(migrated.Balanced);
        Assert.All(migrated.Phases.SelectMany(p => p.Pairs), p => Assert.True(p.Balanced, p.Pair));
        Assert.All(migrated.Phases.SelectMany(p => p.Verification), v => Assert.True(v.Checked == v.Matched, $"{v.Pair}: {string.Join("; ", v.Differences.Take(3))}"));
        var company = migrated.Phases.SelectMany(p => p.Pairs).Single(p => p.Pair == "Companies");
        Assert.Equal(_lab.Salesmate.Dataset.Count("company"), company.Source);
        var accounts = await Org.RowsAsync(_lab.Org, "accounts");
        Assert.Equal(company.Loaded, accounts.Count);
        Assert.Equal(accounts.Count, accounts.Select(a => a.GetProperty(catalog.SourceIdColumn).GetString()).Distinct().Count());

        var touched = _lab.Salesmate.Touch(0.1, DateTimeOffset.UtcNow.AddMinutes(1));
        var delta = await engine.DeltaAsync(options, CancellationToken.None);
        // Inventoried modules carry no modification time, so a delta reads them whole; loaded pairs read only changes.
        var loadedPairs = catalog.Pairs.Where(p => p.Kind != PairKind.DocumentationOnly).Select(p => p.Name).ToHashSet();
        // A touched note brings its embedded images along: each is a source record of its own (noteFile).
        var data = _lab.Salesmate.Dataset;
        var touchedFiles = Enumerable.Range(0, data.Count("note")).Where(i => data.WasTouched("note", i)).Sum(data.NoteFileCount);
        Assert.InRange(delta.Phases.Sum(p => p.Pairs.Where(q => loadedPairs.Contains(q.Pair)).Sum(q => q.Source)), 1, touched + touchedFiles);
        Assert.Equal(accounts.Count, (await Org.RowsAsync(_lab.Org, "accounts")).Count);

        var undoDelta = await MigrationEngine.RollbackAsync(journal, target.Target, null, CancellationToken.None);
        var undoMigrate = await MigrationEngine.RollbackAsync(journal, target.Target, null, CancellationToken.None);
        Assert.Empty(undoDelta.Failures);
        Assert.Empty(undoMigrate.Failures);
        Assert.Empty(await Org.RowsAsync(_lab.Org, "accounts"));
        Assert.Empty(await Org.RowsAsync(_lab.Org, "contacts"));
    }
}
