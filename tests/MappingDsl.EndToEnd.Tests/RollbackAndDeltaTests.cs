using System.Globalization;
using System.Text;
using System.Text.Json;
using MappingDsl.Catalog;
using MappingDsl.Cli.Hosting;
using MappingDsl.Dataverse.Provisioning;
using MappingDsl.Emulators.Dataverse;
using MappingDsl.Emulators.Salesmate;
using MappingDsl.Engine;
using MappingDsl.Engine.Journal;
using MappingDsl.Sources.Salesmate;

namespace MappingDsl.EndToEnd.Tests;

/// <summary>
/// The delta and rollback promises of docs/reliability.md, against the emulators: a delta after 1 % of the source changed moves exactly
/// those records, and rolling back the delta and then the migration leaves every table of the org as it was before,
/// including a record the migration updated rather than created.
/// </summary>
public sealed class RollbackAndDeltaTests : IAsyncLifetime
{
    // Stamped by the org on every write; rollback restores values, not write history.
    private static readonly HashSet<string> Volatile = new(StringComparer.Ordinal) { "modifiedon", "versionnumber", "@odata.etag" };

    private Lab _lab = null!;

    public async Task InitializeAsync() => _lab = await Lab.StartAsync(new SalesmateEmulatorOptions { Records = 300, Seed = 21 });

    public async Task DisposeAsync() => await _lab.DisposeAsync();

    [Fact]
    public async Task Delta_moves_exactly_the_changed_records_and_rollback_restores_every_table()
    {
        var catalog = Lab.Catalog;
        await using var source = SourceEndpoint.ForEmulator(_lab.Salesmate, owned: false);
        await using var target = await TargetEndpoint.OpenAsync(_lab.Org.BaseUri.ToString(), CancellationToken.None);
        // A record the customer already has under a migrated company's key: the migration updates it, rollback restores it.
        var existing = await target.Client.CreateAsync("accounts", Encoding.UTF8.GetBytes(
            $$"""{"name":"Already here","telephone1":"+1 555 0100","{{catalog.SourceIdColumn}}":"1"}"""));
        var before = await SnapshotAsync();

        using var journal = MigrationJournal.Open(Path.Combine(_lab.Folder, "journal.db"));
        var engine = new MigrationEngine(catalog, source.Source, target.Target, journal);
        var options = new MigrationOptions { BatchSize = 100, FallbackOwner = "ava.patel@salesmate-emulator.test" };
        var migrated = await engine.MigrateAsync(options, CancellationToken.None);
        // Clean seeded data: not one rejection.
        Assert.Equal(0, migrated.Rejected);
        Assert.Equal(RunStatus.Completed, migrated.Status);
        Assert.All(migrated.Phases.SelectMany(p => p.Pairs), p => Assert.True(p.Balanced, string.Join("; ", p.Differences)));
        // The one field that cannot read back: overriddencreatedon is valid on create only, and the customer's record
        // already existed, so the org kept its own created-on. Verification says so rather than passing it over.
        var difference = Assert.Single(migrated.Phases.SelectMany(p => p.Verification).SelectMany(v => v.Differences));
        Assert.Equal(("1", "overriddencreatedon"), (difference.SourceKey, difference.Column));
        // createdon reads back the org's own creation time, not the source's date the migration asked for.
        Assert.NotEqual(difference.Expected, difference.Actual);
        Assert.True(DateTimeOffset.Parse(JsonSerializer.Deserialize<string>(difference.Actual)!, CultureInfo.InvariantCulture) > DateTimeOffset.UtcNow.AddHours(-1), difference.Actual);
        Assert.NotEqual("Already here", (await target.Client.RetrieveAsync("accounts", existing))!.Value.GetProperty("name").GetString());

        var loaded = catalog.Pairs.Where(p => p.Kind != PairKind.DocumentationOnly).ToList();
        var at = DateTimeOffset.UtcNow.AddMinutes(1);
        // Tasks, calls and meetings live in one Salesmate API module ("activity"), so they are touched and counted together.
        var apiModule = loaded.ToDictionary(p => p.Name, p => SalesmateModules.Get(p.Module).ApiModule);
        var touched = apiModule.Values.Distinct().ToDictionary(m => m, m => (long)_lab.Salesmate.Dataset.Touch(m, 0.01, at));
        var delta = await engine.DeltaAsync(options, CancellationToken.None);
        var moved = delta.Phases.SelectMany(p => p.Pairs).ToDictionary(p => p.Pair);
        Assert.True(touched.Values.Sum() > 0, "1 % of the source should have changed");
        foreach (var (module, count) in touched)
            Assert.Equal((module, count), (module, loaded.Where(p => apiModule[p.Name] == module).Sum(p => moved[p.Name].Source)));
        Assert.All(loaded, p => Assert.True(moved[p.Name].Balanced, p.Name + ": " + string.Join("; ", moved[p.Name].Differences)));

        var undoDelta = await MigrationEngine.RollbackAsync(journal, target.Target, null, CancellationToken.None);
        var undoMigrate = await MigrationEngine.RollbackAsync(journal, target.Target, null, CancellationToken.None);
        Assert.Empty(undoDelta.Failures);
        Assert.Empty(undoMigrate.Failures);
        Assert.Equal(1, undoMigrate.Restored);

        var after = await SnapshotAsync();
        Assert.Equal(before.Keys.Order(), after.Keys.Order());
        foreach (var (set, rows) in before)
            Assert.True(rows.SequenceEqual(after[set]), $"{set}: {rows.Count} row(s) before, {after[set].Count} after; before only: {rows.Except(after[set]).FirstOrDefault()}; after only: {after[set].Except(rows).FirstOrDefault()}");
    }

    // Every table the org serves, each row as canonical JSON without the columns the org stamps on every write.
    private async Task<Dictionary<string, List<string>>> SnapshotAsync()
    {
        using var http = Org.Http();
        using var definitions = JsonDocument.Parse(await http.GetStringAsync(new Uri(_lab.Org.ServiceRoot, "EntityDefinitions?$select=EntitySetName")));
        var result = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var definition in definitions.RootElement.GetProperty("value").EnumerateArray())
        {
            var set = definition.GetProperty("EntitySetName").GetString()!;
            var rows = await Org.RowsAsync(_lab.Org, set);
            result[set] = [.. rows.Select(Canonical).Order(StringComparer.Ordinal)];
        }
        return result;
    }

    // A column holding null and a column never written read the same in Dataverse (a full GET returns both as null).
    private static string Canonical(JsonElement row) =>
        JsonSerializer.Serialize(row.EnumerateObject()
            .Where(p => !Volatile.Contains(p.Name) && p.Value.ValueKind != JsonValueKind.Null)
            .OrderBy(p => p.Name, StringComparer.Ordinal)
            .ToDictionary(p => p.Name, p => p.Value.GetRawText()));
}
