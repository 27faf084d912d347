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
/// The kill campaign of docs/reliability.md: SIGKILL `mapdsl migrate` at random points of a ~100 000-record migration, run it again after each kill,
/// and the org ends identical to one an uninterrupted run filled: nothing lost, nothing duplicated.
/// </summary>
public sealed class CrashAtRandomPointsTests(ITestOutputHelper output) : IAsyncLifetime
{
    // Salesmate contacts; the other modules scale from it: 24 100 contacts make the pack load 100 015 records.
    private const int DefaultRecords = 24_100;
    private const string RecordsVariable = "MAPDSL_CRASH_RECORDS";
    private const string SeedVariable = "MAPDSL_CRASH_SEED";
    // The kill campaign (docs/reliability.md, "Kill campaign"): more kill points, and a Markdown file the figures go to.
    private const string KillsVariable = "MAPDSL_CRASH_KILLS";
    private const string ReportVariable = "MAPDSL_CRASH_REPORT";
    private const int DefaultKills = 3;
    private const string FallbackOwner = "ava.patel@salesmate-emulator.test";

    private readonly int _kills = Environment.GetEnvironmentVariable(KillsVariable) is { Length: > 0 } kills
        ? int.Parse(kills, CultureInfo.InvariantCulture)
        : DefaultKills;

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
        var figures = new List<string>();
        long resumedFrom = 0;
        foreach (var (from, to) in KillWindows(_kills))
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
            var landedAtKill = await LandedAsync(_lab.Orgs[1], tables);
            output.WriteLine($"killed at {clock.Elapsed.TotalSeconds:F1}s ({(clock.Elapsed - started).TotalSeconds:F1}s into the run): aimed at {killAt} records + {linger.TotalMilliseconds:F0} ms, {landedAtKill} landed");
            // The run killed here started from what the previous kill left ("resumed from").
            figures.Add(string.Create(CultureInfo.InvariantCulture,
                $"| {figures.Count + 1} | {killAt} + {linger.TotalMilliseconds:F0} ms | {resumedFrom} | {landedAtKill} | {(clock.Elapsed - started).TotalSeconds:F1} |"));
            resumedFrom = landedAtKill;
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
        foreach (var table in tables)
            output.WriteLine($"{table.LogicalName}: {orgs[0].Rows(table).Rows.Count} uninterrupted, {orgs[1].Rows(table).Rows.Count} resumed");
        var problems = OrgSnapshot.Differences(orgs[0], orgs[1], tables, "resumed");
        output.WriteLine($"compared in {(clock.Elapsed - compareFrom).TotalSeconds:F1}s");
        WriteFigures(seed, expectedTotal, figures, clock.Elapsed - resumedAt, problems.Count == 0, clock.Elapsed);
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    // Kill windows spread evenly over 3 %–93 % of the records the loaded pairs read, each window the first 81 % of its
    // slice (three kills: early, middle and late, as 3–29 %, 35–61 %, 67–93 %).
    private static IEnumerable<(double From, double To)> KillWindows(int count)
    {
        if (count < 1) throw new ArgumentOutOfRangeException(nameof(count), $"{KillsVariable} must be at least 1");
        var slice = 0.96 / count;
        for (var i = 0; i < count; i++)
            yield return (0.03 + (i * slice), 0.03 + (i * slice) + (slice * 0.8125));
    }

    // The campaign's figures, one row per kill and the final comparison, in the test output and, when asked, a file.
    private void WriteFigures(int seed, long expectedTotal, List<string> figures, TimeSpan lastRun, bool identical, TimeSpan total)
    {
        var text = string.Join('\n', [
            $"seed {seed}, {_records} Salesmate records per module, {expectedTotal} source records of loaded pairs, {_kills} kill points",
            "",
            "| kill | aimed at (records landed + linger) | resumed from (landed when the run started) | landed at the kill | seconds into the run |",
            "|---:|---|---:|---:|---:|",
            .. figures,
            "",
            string.Create(CultureInfo.InvariantCulture, $"last run (resumed to the end): {lastRun.TotalSeconds:F1} s; org identical to the uninterrupted run's: {(identical ? "yes" : "no")}; whole test {total.TotalSeconds:F1} s"),
        ]);
        output.WriteLine(text);
        if (Environment.GetEnvironmentVariable(ReportVariable) is { Length: > 0 } path)
            File.WriteAllText(path, text + "\n");
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
