using System.Diagnostics;
using System.Globalization;
using MappingDsl.Catalog;
using MappingDsl.Cli.Adapters;
using MappingDsl.Cli.Hosting;
using MappingDsl.Dataverse;
using MappingDsl.Dataverse.Auth;
using MappingDsl.Emulators.Dataverse;
using MappingDsl.Emulators.Salesmate;
using MappingDsl.Engine;
using MappingDsl.Engine.Journal;
using MappingDsl.Engine.Reports;
using Xunit.Abstractions;

namespace MappingDsl.EndToEnd.Tests;

/// <summary>
/// Issue #10's fault lab: the same migration, delta (after source edits, inserts and deletes), reconcile and rollback
/// run against two orgs from one seed, one fault-free and one behind a faulty network and tight service-protection
/// limits. After every stage the two orgs are compared table by table (close records and activity parties included)
/// and the two runs' reports count for count: nothing lost, nothing duplicated, nothing reported differently.
/// </summary>
public sealed class FaultLabTests(ITestOutputHelper output) : IAsyncLifetime
{
    private const string FallbackOwner = "ava.patel@salesmate-emulator.test";

    /// <summary>
    /// The faulty org: 5 % of requests answered 503, 5 % reset after the org did the work (the client never learns the
    /// outcome), up to 20 ms extra latency, every second <c>$batch</c> failing halfway, and the service-protection
    /// limits scaled to a 1 s window (50 requests, 0.6 s of execution, one at a time) so throttling comes in storms with
    /// sub-second <c>Retry-After</c>.
    /// </summary>
    internal static DataverseEmulatorOptions Faulty => TargetEndpoint.EmulatorOptions() with
    {
        Faults = new FaultOptions(Seed: 10, ServerErrorRate: 0.05, DropRate: 0.05, ExtraLatency: TimeSpan.FromMilliseconds(20), FailEveryNthBatch: 2),
        Limits = new ServiceProtectionLimits { Window = TimeSpan.FromSeconds(1), MaxRequests = 50, MaxExecutionTime = TimeSpan.FromMilliseconds(600), MaxConcurrent = 1 },
        LatencyPerRecord = TimeSpan.FromMilliseconds(4),
    };

    private Lab _lab = null!;

    public async Task InitializeAsync() =>
        _lab = await Lab.StartAsync(new SalesmateEmulatorOptions { Records = 60, Seed = 31 }, TargetEndpoint.EmulatorOptions(), Faulty);

    public async Task DisposeAsync() => await _lab.DisposeAsync();

    [Fact]
    public async Task Migrate_delta_reconcile_and_rollback_through_faults_leave_the_org_the_fault_free_run_leaves()
    {
        var clock = Stopwatch.StartNew();
        var catalog = Lab.Catalog;
        await using var endpoint = SourceEndpoint.ForEmulator(_lab.Salesmate, owned: false);
        var source = new EditedSource(endpoint.Source);
        var tables = await TablesAsync(catalog);
        var closes = await TargetTable.ReadAsync(_lab.Org, "opportunityclose");
        var before = await SnapshotAsync(tables, closes);
        var options = new MigrationOptions { BatchSize = 50, FallbackOwner = FallbackOwner };
        using var clean = new Run(_lab.Orgs[0], catalog, source, Path.Combine(_lab.Folder, "clean.db"));
        using var faulty = new Run(_lab.Orgs[1], catalog, source, Path.Combine(_lab.Folder, "faulty.db"));
        var figures = new List<string>();

        async Task StageAsync(string stage, Func<Run, Task<string>> run)
        {
            var started = clock.Elapsed;
            var expected = await run(clean);
            var middle = clock.Elapsed;
            var actual = await run(faulty);
            figures.Add(string.Create(CultureInfo.InvariantCulture,
                $"| {stage} | {(middle - started).TotalSeconds:F1} | {(clock.Elapsed - middle).TotalSeconds:F1} | {Faults(_lab.Orgs[1].Faults)} |"));
            Assert.True(expected == actual, $"{stage}: the reports differ\n  fault-free {expected}\n  faulty     {actual}");
            var orgs = await SnapshotAsync(tables, closes);
            var problems = OrgSnapshot.Differences(orgs[0], orgs[1], tables, "faulty", closes);
            Assert.True(problems.Count == 0, $"after {stage}:\n" + string.Join("\n", problems));
        }

        await StageAsync("migrate", async r => Counts(await r.Engine.MigrateAsync(options, CancellationToken.None)));
        var migrated = await SnapshotAsync(tables, closes);
        // What the comparison stands on: the fault-free org holds the migration, closed deals with their close records.
        Assert.True(migrated[0].UnkeyedRows(closes).Count > 0, "no deal was closed, so close records were never compared");
        Assert.True(migrated[0].Rows(tables.Single(t => t.LogicalName == "opportunity")).Rows.Count > 0);

        // The customer keeps working in Salesmate: companies and deals deleted, added and renamed, activities and deals touched.
        var at = DateTimeOffset.UtcNow.AddMinutes(1);
        var changed = await source.DeleteAsync("company", every: 6, count: 2)
            + await source.DeleteAsync("deal", every: 5, count: 3)
            + await source.InsertAsync("company", every: 4, count: 3, firstId: 900_001, at)
            + await source.InsertAsync("deal", every: 3, count: 4, firstId: 900_101, at)
            + await source.EditAsync("company", "name", every: 5, count: 3, at)
            + await source.EditAsync("deal", "title", every: 4, count: 3, at)
            + _lab.Salesmate.Dataset.Touch("activity", 0.2, at)
            + _lab.Salesmate.Dataset.Touch("deal", 0.2, at);
        output.WriteLine($"{changed} source records deleted, added, edited or touched");
        await StageAsync("delta", async r => Counts(await r.Engine.DeltaAsync(options, CancellationToken.None)));
        await StageAsync("reconcile", async r => Counts(await r.Engine.ReconcileAsync(null, VerifySpec.All, CancellationToken.None)));
        await StageAsync("rollback", async r =>
        {
            var delta = await MigrationEngine.RollbackAsync(r.Journal, r.Target, null, CancellationToken.None);
            var migration = await MigrationEngine.RollbackAsync(r.Journal, r.Target, null, CancellationToken.None);
            Assert.Empty(delta.Failures);
            Assert.Empty(migration.Failures);
            return $"delta: {delta.Deleted} deleted, {delta.Restored} restored, {delta.AlreadyGone} gone; migration: {migration.Deleted} deleted, {migration.Restored} restored, {migration.AlreadyGone} gone";
        });
        var after = await SnapshotAsync(tables, closes);
        Assert.Empty(OrgSnapshot.Differences(before[1], after[1], tables, "rolled-back", closes));

        var faults = _lab.Orgs[1].Faults;
        var text = string.Join('\n', [
            "| stage | fault-free s | faulty s | faults so far (429 / 503 / reset / batch halfway / slowed) |",
            "|---|---:|---:|---|",
            .. figures,
            string.Create(CultureInfo.InvariantCulture, $"whole test {clock.Elapsed.TotalSeconds:F1} s"),
        ]);
        output.WriteLine(text);
        // Every kind of fault happened, and none in the fault-free org: the comparison above was between the two.
        Assert.True(faults is { Throttled: > 0, ServerErrors: > 0, Drops: > 0, BatchFailures: > 0, Slowed: > 0 }, Faults(faults));
        Assert.Equal(new FaultCounts(0, 0, 0, 0, 0), _lab.Orgs[0].Faults);
    }

    private static string Faults(FaultCounts f) => $"{f.Throttled} / {f.ServerErrors} / {f.Drops} / {f.BatchFailures} / {f.Slowed}";

    // A run's report in the terms two runs must agree on: status and, per pair, every count and the verification.
    private static string Counts(RunReport report) => string.Join("; ", [
        $"{report.Status}",
        .. report.Phases.SelectMany(p => p.Pairs).Select(p =>
            $"{p.Pair}: source {p.Source}, loaded {p.Loaded}, rejected {p.Rejected}, skipped {p.Skipped}, inventoried {p.Inventoried}, duplicates {p.Duplicates}, in target {p.InTarget}, expected {p.Expected}, reasons [{string.Join(", ", p.Reasons.Select(r => $"{r.Reason} ×{r.Count}"))}]"),
        .. report.Phases.SelectMany(p => p.Verification).Select(v => $"{v.Pair}: verified {v.Checked}/{v.Matched}"),
    ]);

    private async Task<OrgSnapshot[]> SnapshotAsync(List<TargetTable> tables, TargetTable closes) =>
        await Task.WhenAll(_lab.Orgs.Select(org => OrgSnapshot.ReadAsync(org, tables, Lab.Catalog.SourceIdColumn, closes)));

    // Every table a loaded pair writes (all keyed by the source id).
    private async Task<List<TargetTable>> TablesAsync(MapCatalog catalog)
    {
        var tables = new List<TargetTable>();
        foreach (var table in catalog.Pairs.Where(p => p.Kind != PairKind.DocumentationOnly).SelectMany(p => p.Targets).Distinct().Order(StringComparer.Ordinal))
            tables.Add(await TargetTable.ReadAsync(_lab.Org, table));
        return tables;
    }

    // One org's engine and journal. Its client retries on the lab's scaled-down clock: backoff from 20 ms, at most 1 s.
    private sealed class Run : IDisposable
    {
        private readonly HttpClient _http = new() { Timeout = TimeSpan.FromSeconds(30) };

        public Run(DataverseEmulator org, MapCatalog catalog, IMigrationSource source, string journal)
        {
            var client = new DataverseClient(_http, new DataverseClientOptions
            {
                Organization = org.BaseUri,
                RetryBaseDelay = TimeSpan.FromMilliseconds(20),
                RetryMaxDelay = TimeSpan.FromSeconds(1),
            }, new StaticTokenProvider("fault-lab"));
            Target = new DataverseMigrationTarget(client);
            Journal = MigrationJournal.Open(journal);
            Engine = new MigrationEngine(catalog, source, Target, Journal);
        }

        public IMigrationTarget Target { get; }

        public MigrationJournal Journal { get; }

        public MigrationEngine Engine { get; }

        public void Dispose()
        {
            Journal.Dispose();
            _http.Dispose();
        }
    }
}
