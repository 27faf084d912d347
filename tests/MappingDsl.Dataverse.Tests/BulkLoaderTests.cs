using System.Text;
using MappingDsl.Dataverse.Loading;
using MappingDsl.Dataverse.Query;
using MappingDsl.Dataverse.Throughput;
using MappingDsl.Emulators.Dataverse;
using static MappingDsl.Dataverse.Tests.Harness;

namespace MappingDsl.Dataverse.Tests;

public sealed class BulkLoaderTests
{
    [Fact]
    public async Task Upsert_returns_the_dataverse_id_of_every_record_and_is_idempotent()
    {
        await using var h = await StartAsync();
        await h.AddSourceIdAsync(Account);
        var loader = new BulkLoader(h.Client, new AdaptiveThroughput());
        var records = Enumerable.Range(0, 350).Select(Records.Account).ToList();
        var first = await loader.UpsertAsync(new BulkLoadOptions(Account, SourceId), Records.Stream(records));
        var second = await loader.UpsertAsync(new BulkLoadOptions(Account, SourceId), Records.Stream(records));
        Assert.Equal(350, first.Count(r => r.Succeeded));
        Assert.Equal(first.ToDictionary(r => r.SourceKey, r => r.Id), second.ToDictionary(r => r.SourceKey, r => r.Id));
        Assert.Equal(350, h.Emulator.Count("account"));
        var stored = await h.Client.RetrieveAsync("accounts", first.Single(r => r.SourceKey == "A7").Id!.Value, ["new_sourceid"]);
        Assert.Equal("A7", stored!.Value.GetProperty("new_sourceid").GetString());
    }

    [Fact]
    public async Task A_bad_record_inside_a_bulk_request_costs_only_itself()
    {
        await using var h = await StartAsync();
        await h.AddSourceIdAsync(Account);
        var records = Enumerable.Range(0, 50).Select(Records.Account).ToList();
        records[17] = records[17] with { Body = Encoding.UTF8.GetBytes($$"""{"name":"{{new string('n', 200)}}","new_sourceid":"A17"}""") };
        var results = await new BulkLoader(h.Client, new FixedThroughput(50, 1)).UpsertAsync(new BulkLoadOptions(Account, SourceId), Records.Stream(records));
        var bad = Assert.Single(results, r => !r.Succeeded);
        Assert.Equal("A17", bad.SourceKey);
        Assert.Equal("0x80044331", bad.ErrorCode);
        Assert.Contains("'name'", bad.ErrorMessage);
        Assert.Equal(49, h.Emulator.Count("account"));
        Assert.All(results.Where(r => r.Succeeded), r => Assert.NotEqual(Guid.Empty, r.Id));
    }

    [Fact]
    public async Task Records_with_problems_are_reported_and_not_sent()
    {
        await using var h = await StartAsync();
        await h.AddSourceIdAsync(Account);
        var records = new[] { Records.Account(1), Records.Account(2) with { Problems = ["owner x@y.z not found"] } };
        var results = await new BulkLoader(h.Client, new AdaptiveThroughput()).UpsertAsync(new BulkLoadOptions(Account, SourceId), Records.Stream(records));
        var problem = Assert.Single(results, r => !r.Succeeded);
        Assert.Equal(BulkLoader.ProblemsCode, problem.ErrorCode);
        Assert.Equal(1, h.Emulator.Count("account"));
    }

    [Fact]
    public async Task Throttled_requests_are_retried_after_retry_after_and_nothing_is_lost()
    {
        var limits = new ServiceProtectionLimits { Window = TimeSpan.FromSeconds(1), MaxRequests = 8, MaxExecutionTime = TimeSpan.FromSeconds(10) };
        await using var h = await StartAsync(new DataverseEmulatorOptions { Limits = limits });
        await h.AddSourceIdAsync(Account);
        var throttles = new List<ThrottleEvent>();
        h.Client.Throttled += e => { lock (throttles) throttles.Add(e); };
        var results = await new BulkLoader(h.Client, new FixedThroughput(10, 4)).UpsertAsync(
            new BulkLoadOptions(Account, SourceId), Records.Stream(Enumerable.Range(0, 200).Select(Records.Account)));
        Assert.Equal(200, results.Count(r => r.Succeeded));
        Assert.Equal(200, h.Emulator.Count("account"));
        Assert.Contains(throttles, t => t.Kind == ThrottleKind.Requests && t.RetryAfter > TimeSpan.Zero);
    }

    [Fact]
    public async Task Concurrency_and_execution_time_limits_report_their_codes_and_are_honoured()
    {
        var limits = new ServiceProtectionLimits { Window = TimeSpan.FromSeconds(1), MaxRequests = 10_000, MaxExecutionTime = TimeSpan.FromMilliseconds(400), MaxConcurrent = 2 };
        await using var h = await StartAsync(new DataverseEmulatorOptions { Limits = limits, LatencyPerRequest = TimeSpan.FromMilliseconds(30) });
        await h.AddSourceIdAsync(Account);
        var kinds = new HashSet<ThrottleKind>();
        h.Client.Throttled += e => { lock (kinds) kinds.Add(e.Kind); };
        var results = await new BulkLoader(h.Client, new FixedThroughput(5, 6)).UpsertAsync(
            new BulkLoadOptions(Account, SourceId), Records.Stream(Enumerable.Range(0, 150).Select(Records.Account)));
        Assert.Equal(150, results.Count(r => r.Succeeded));
        Assert.Contains(ThrottleKind.Concurrency, kinds);
        Assert.Contains(ThrottleKind.ExecutionTime, kinds);
    }

    [Fact]
    public async Task Injected_server_errors_and_dropped_connections_are_recovered_without_duplicates()
    {
        await using var h = await StartAsync(new DataverseEmulatorOptions { Faults = new FaultOptions(Seed: 7, ServerErrorRate: 0.15, DropRate: 0.1) });
        await h.AddSourceIdAsync(Account);
        var results = await new BulkLoader(h.Client, new FixedThroughput(20, 4)).UpsertAsync(
            new BulkLoadOptions(Account, SourceId), Records.Stream(Enumerable.Range(0, 400).Select(Records.Account)));
        Assert.Equal(400, results.Count(r => r.Succeeded));
        Assert.Equal(400, h.Emulator.Count("account"));
        var keys = await h.Client.QueryAsync("accounts", new ODataQuery { Select = [SourceId] }).Select(r => r.GetProperty(SourceId).GetString()).ToListAsync();
        Assert.Equal(400, keys.Distinct().Count());
    }
}
