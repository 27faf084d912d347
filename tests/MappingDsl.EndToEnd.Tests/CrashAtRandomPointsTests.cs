using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using MappingDsl.Catalog;
using MappingDsl.Cli.Hosting;
using MappingDsl.Dataverse.Provisioning;
using MappingDsl.Emulators.Dataverse;
using MappingDsl.Emulators.Salesmate;
using MappingDsl.Engine.Journal;
using MappingDsl.Sources.Salesmate;
using Xunit.Abstractions;

namespace MappingDsl.EndToEnd.Tests;

/// <summary>
/// Issue #5: SIGKILL `mapdsl migrate` at random points of a ~100 000-record migration, run it again after each kill,
/// and the org ends identical to one an uninterrupted run filled: nothing lost, nothing duplicated.
/// </summary>
public sealed class CrashAtRandomPointsTests(ITestOutputHelper output) : IAsyncLifetime
{
    // Salesmate contacts; the other modules scale from it: 24 100 contacts make the pack load 100 015 records.
    private const int DefaultRecords = 24_100;
    private const string RecordsVariable = "MAPDSL_CRASH_RECORDS";
    private const string SeedVariable = "MAPDSL_CRASH_SEED";
    private const string FallbackOwner = "ava.patel@salesmate-emulator.test";

    // One kill in each window, as a share of the source records the loaded pairs read: early, middle and late.
    private static readonly (double From, double To)[] KillWindows = [(0.03, 0.29), (0.35, 0.61), (0.67, 0.93)];

    // Far beyond a healthy run; a run still going then is a hang, not a slow machine.
    private static readonly TimeSpan RunLimit = TimeSpan.FromMinutes(8);

    private readonly int _records = Environment.GetEnvironmentVariable(RecordsVariable) is { Length: > 0 } text
        ? int.Parse(text, CultureInfo.InvariantCulture)
        : DefaultRecords;
    private Lab _lab = null!;

    public async Task InitializeAsync() => _lab = await Lab.StartAsync(
        new SalesmateEmulatorOptions { Records = _records, Seed = 5 }, TargetEndpoint.EmulatorOptions(), TargetEndpoint.EmulatorOptions());

    public async Task DisposeAsync() => await _lab.DisposeAsync();

    [Fact]
    public async Task Killing_mapdsl_at_random_points_and_running_it_again_leaves_the_org_an_uninterrupted_run_leaves()
    {
        var catalog = Lab.Catalog;
        var seed = Environment.GetEnvironmentVariable(SeedVariable) is { Length: > 0 } text ? int.Parse(text, CultureInfo.InvariantCulture) : Random.Shared.Next();
        output.WriteLine($"seed {seed} ({SeedVariable}={seed} replays these kill points); {_records} Salesmate records per module");
        var random = new Random(seed);
        var tables = await TablesAsync(catalog);
        // The reference run fills its own org alongside the crashed runs: the two share nothing but the read-only source.
        var expectedTotal = catalog.Pairs.Where(p => p.Kind != PairKind.DocumentationOnly).Sum(p => (long)_lab.Salesmate.Dataset.Count(p.Module));
        var clock = Stopwatch.StartNew();
        using var referenceRun = Migrate(_lab.Orgs[0], Path.Combine(_lab.Folder, "reference", "journal.db"));

        var journal = Path.Combine(_lab.Folder, "crashed", "journal.db");
        foreach (var (from, to) in KillWindows)
        {
            var killAt = (long)(expectedTotal * (from + (random.NextDouble() * (to - from))));
            var linger = TimeSpan.FromMilliseconds(random.Next(0, 250));
            var started = clock.Elapsed;
            using var run = Migrate(_lab.Orgs[1], journal);
            long landed;
            // Counting is a table scan under the emulator's one lock, so it is done a few times a second, not more.
            while ((landed = await LandedAsync(_lab.Orgs[1], tables)) < killAt && !run.HasExited && clock.Elapsed - started < RunLimit)
                await Task.Delay(200);
            if (run.HasExited || landed < killAt)
            {
                var (exit, _, error) = await run.CompleteAsync(TimeSpan.FromSeconds(1));
                Assert.Fail($"the run meant to be killed at {killAt} records stopped by itself (exit {exit}) with {landed} landed: {error}");
            }
            // A little past the threshold, so the kill lands anywhere in a batch's life: mid-upsert, between the upsert
            // and the journal commit, in a state change or a second-pass lookup.
            await Task.Delay(linger);
            Assert.True(await run.KillAsync(), $"the run finished before its kill point ({killAt} records + {linger.TotalMilliseconds:F0} ms); too few records for this test");
            output.WriteLine($"killed at {clock.Elapsed.TotalSeconds:F1}s ({(clock.Elapsed - started).TotalSeconds:F1}s into the run): aimed at {killAt} records + {linger.TotalMilliseconds:F0} ms, {await LandedAsync(_lab.Orgs[1], tables)} landed");
        }
        var resumedAt = clock.Elapsed;
        using var last = Migrate(_lab.Orgs[1], journal);
        var (exitCode, printed, stderr) = await last.CompleteAsync(RunLimit);
        output.WriteLine($"final run finished at {clock.Elapsed.TotalSeconds:F1}s ({(clock.Elapsed - resumedAt).TotalSeconds:F1}s)");
        var (referenceExit, referencePrinted, referenceError) = await referenceRun.CompleteAsync(RunLimit);
        var total = await LandedAsync(_lab.Orgs[0], tables);
        output.WriteLine($"uninterrupted run: {total} records ({expectedTotal} source records of loaded pairs), finished by {clock.Elapsed.TotalSeconds:F1}s");

        Assert.True(referenceExit is 0 or 1, $"uninterrupted run: exit {referenceExit}: {referenceError}");

        Assert.True(exitCode is 0 or 1, $"final run: exit {exitCode}: {stderr}");
        var reference = Pairs(referencePrinted);
        var resumed = Pairs(printed);
        Assert.All(resumed.Values, p => Assert.True(p.GetProperty("balanced").GetBoolean(), p.GetProperty("pair").GetString()));
        Assert.Equal(reference.Keys.Order(), resumed.Keys.Order());
        foreach (var (pair, expected) in reference)
        {
            foreach (var count in new[] { "source", "loaded", "rejected", "skipped", "inventoried" })
                Assert.True(expected.GetProperty(count).GetInt64() == resumed[pair].GetProperty(count).GetInt64(),
                    $"{pair} {count}: uninterrupted {expected.GetProperty(count)}, resumed {resumed[pair].GetProperty(count)}");
        }
        using (var log = MigrationJournal.Open(journal))
        {
            var run = Assert.Single(log.Runs());
            Assert.Equal("migrate", run.Kind);
            Assert.Contains(run.Status, new[] { RunStatus.Completed, RunStatus.CompletedWithRejections });
        }

        var compareFrom = clock.Elapsed;
        // The two emulators lock separately, so the two orgs are read at once.
        var orgs = await Task.WhenAll(OrgSnapshot.ReadAsync(_lab.Orgs[0], tables, catalog.SourceIdColumn), OrgSnapshot.ReadAsync(_lab.Orgs[1], tables, catalog.SourceIdColumn));
        var problems = new List<string>();
        foreach (var table in tables)
        {
            var (expected, actual) = (orgs[0].Rows(table), orgs[1].Rows(table));
            output.WriteLine($"{table.LogicalName}: {expected.Rows.Count} uninterrupted, {actual.Rows.Count} resumed");
            problems.AddRange(actual.Duplicates.Take(3).Select(k => $"{table.LogicalName} '{k}' twice in the resumed org ({actual.Duplicates.Count} duplicates)"));
            problems.AddRange(expected.Duplicates.Take(3).Select(k => $"{table.LogicalName} '{k}' twice in the uninterrupted org"));
            if (actual.MissingSourceId + expected.MissingSourceId > 0)
                problems.Add($"{table.LogicalName}: rows without a source id ({expected.MissingSourceId} uninterrupted, {actual.MissingSourceId} resumed)");
            var lost = expected.Rows.Keys.Where(k => !actual.Rows.ContainsKey(k)).ToList();
            var extra = actual.Rows.Keys.Where(k => !expected.Rows.ContainsKey(k)).ToList();
            var changed = expected.Rows.Where(r => actual.Rows.TryGetValue(r.Key, out var other) && other != r.Value).ToList();
            problems.AddRange(lost.Take(3).Select(k => $"{table.LogicalName} '{k}' lost ({lost.Count} in all)"));
            problems.AddRange(extra.Take(3).Select(k => $"{table.LogicalName} '{k}' only in the resumed org ({extra.Count} in all)"));
            problems.AddRange(changed.Take(3).Select(r => $"{table.LogicalName} '{r.Key}' differs ({changed.Count} in all):\n  uninterrupted {r.Value}\n  resumed       {actual.Rows[r.Key]}"));
        }
        output.WriteLine($"compared in {(clock.Elapsed - compareFrom).TotalSeconds:F1}s");
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    private MapdslRun Migrate(DataverseEmulator org, string journal)
    {
        var environment = new Dictionary<string, string>
        {
            [SalesmateOptions.AccessTokenVariable] = _lab.Salesmate.AccessKey,
            [SalesmateOptions.LinkNameVariable] = _lab.Salesmate.LinkName,
        };
        return MapdslRun.Start(environment, "migrate", "salesmate", "--source", _lab.Salesmate.BaseUri.ToString(), "--target", org.BaseUri.ToString(),
            "--journal", journal, "--batch-size", "200", "--verify", "off", "--fallback-owner", FallbackOwner, "--json");
    }

    // Every table a loaded pair writes; each must carry the source-id key, or "nothing duplicated" could not hold.
    private async Task<List<TargetTable>> TablesAsync(MapCatalog catalog)
    {
        var keyed = catalog.Manifest.Keys.Where(k => k.Columns.SequenceEqual([catalog.SourceIdColumn])).Select(k => k.Table).ToHashSet();
        var written = catalog.Pairs.Where(p => p.Kind != PairKind.DocumentationOnly).SelectMany(p => p.Targets).Distinct().Order(StringComparer.Ordinal).ToList();
        Assert.All(written, t => Assert.Contains(t, keyed));
        var tables = new List<TargetTable>();
        foreach (var table in written)
            tables.Add(await TargetTable.ReadAsync(_lab.Orgs[0], table));
        output.WriteLine($"tables: {string.Join(", ", tables.Select(t => t.EntitySet))}");
        return tables;
    }

    private static async Task<long> LandedAsync(DataverseEmulator org, IEnumerable<TargetTable> tables)
    {
        long landed = 0;
        foreach (var table in tables)
            landed += await org.CountAsync(table.LogicalName);
        return landed;
    }

    private static Dictionary<string, JsonElement> Pairs(string printed)
    {
        using var report = JsonDocument.Parse(printed);
        return report.RootElement.GetProperty("phases").EnumerateArray()
            .SelectMany(p => p.GetProperty("pairs").EnumerateArray())
            .ToDictionary(p => p.GetProperty("pair").GetString()!, p => p.Clone());
    }
}
