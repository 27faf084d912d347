using MappingDsl.Dataverse.Auth;
using MappingDsl.Dataverse.Loading;
using MappingDsl.Dataverse.Query;
using MappingDsl.Dataverse.Throughput;
using MappingDsl.Emulators.Dataverse;
using static MappingDsl.Dataverse.Tests.Harness;

namespace MappingDsl.Dataverse.Tests;

/// <summary>Issue #16, build item 3: one load spread over several application users, each with its own limits.</summary>
public sealed class MultiUserLoaderTests
{
    private static readonly string[] Three = ["user-a", "user-b", "user-c"];

    [Fact]
    public async Task Three_users_under_scaled_limits_land_every_record_exactly_once_and_each_carries_a_share()
    {
        // Four requests per one-second window per user: a user alone would need several windows for 3 000 records.
        var limits = new ServiceProtectionLimits { Window = TimeSpan.FromSeconds(1), MaxRequests = 4, MaxExecutionTime = TimeSpan.FromSeconds(4) };
        await using var h = await StartAsync(new DataverseEmulatorOptions { Limits = limits });
        await h.AddSourceIdAsync(Account);
        using var http = new HttpClient();
        var throttles = 0;
        var clients = Three.Select(token => Client(http, h.Emulator, token)).ToList();
        clients.ForEach(c => c.Throttled += _ => Interlocked.Increment(ref throttles));
        var records = Enumerable.Range(0, 3000).Select(Records.Account).ToList();

        var results = await new MultiUserLoader(clients, () => new AdaptiveThroughput()).UpsertAsync(new BulkLoadOptions(Account, SourceId), Records.Stream(records));

        Assert.Equal(3000, results.Count(r => r.Succeeded));
        Assert.Equal(3000, results.Select(r => r.SourceKey).Distinct().Count());
        var stored = new List<string>();
        await foreach (var row in h.Client.QueryAsync("accounts", new ODataQuery { Select = [SourceId], PageSize = 5000 }))
            stored.Add(row.GetProperty(SourceId).GetString()!);
        Assert.Equal(records.Select(r => r.SourceKey).Order(StringComparer.Ordinal), stored.Order(StringComparer.Ordinal));
        // Each user wrote a share, and the shares add up to the records: none was sent by two users.
        var callers = h.Emulator.Callers;
        Assert.All(Three, token => Assert.True(callers.GetValueOrDefault(token)?.Written > 0, $"{token} wrote nothing: {string.Join(", ", callers)}"));
        Assert.Equal(3000, Three.Sum(token => callers.GetValueOrDefault(token)?.Written ?? 0));
        Assert.True(throttles > 0, "the limits never throttled, so the test did not load under them");
    }

    [Fact]
    public async Task A_user_waiting_out_a_retry_after_does_not_stop_the_others()
    {
        // A 30 s window: user-a, its requests spent beforehand, is told to wait about 30 s; the test ends long before.
        var limits = new ServiceProtectionLimits { Window = TimeSpan.FromSeconds(30), MaxRequests = 8, MaxExecutionTime = TimeSpan.FromSeconds(60) };
        await using var h = await StartAsync(new DataverseEmulatorOptions { Limits = limits });
        await h.AddSourceIdAsync(Account);
        using var http = new HttpClient();
        var earlier = Client(http, h.Emulator, "user-a");
        for (var i = 0; i < limits.MaxRequests; i++)
            (await earlier.GetJsonAsync("WhoAmI")).Dispose();
        var clients = Three.Select(token => Client(http, h.Emulator, token)).ToList();
        using var stop = new CancellationTokenSource();

        var load = new MultiUserLoader(clients, () => new AdaptiveThroughput())
            .UpsertAsync(new BulkLoadOptions(Account, SourceId), Records.Stream(Enumerable.Range(0, 1200).Select(Records.Account)), stop.Token);
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (await h.Emulator.CountAsync("account") < 1200 && DateTime.UtcNow < deadline && !load.IsCompleted)
            await Task.Delay(50);

        var callers = h.Emulator.Callers;
        Assert.Equal(1200, await h.Emulator.CountAsync("account"));
        Assert.True(callers["user-a"].Throttled > 0, "user-a was never throttled");
        Assert.Equal(0, callers["user-a"].Written);
        Assert.Equal(1200, callers["user-b"].Written + callers["user-c"].Written);
        // user-a still waits out its Retry-After (the load cannot end before it does); stopping the load ends it.
        Assert.False(load.IsCompleted);
        await stop.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => load);
    }

    [Fact]
    public async Task The_emulator_counts_a_jwt_by_its_application_user_not_by_its_text()
    {
        await using var h = await StartAsync(new DataverseEmulatorOptions { Limits = new ServiceProtectionLimits() });
        using var http = new HttpClient();
        // Two tokens of one application user (a refreshed token differs in every part but its claims) and one of another.
        foreach (var token in new[] { Jwt("11111111-0000-0000-0000-000000000001", "first"), Jwt("11111111-0000-0000-0000-000000000001", "refreshed"), Jwt("22222222-0000-0000-0000-000000000002", "other") })
            (await Client(http, h.Emulator, token).GetJsonAsync("WhoAmI")).Dispose();

        var callers = h.Emulator.Callers;
        Assert.Equal(2, callers["oid:11111111-0000-0000-0000-000000000001"].Requests);
        Assert.Equal(1, callers["oid:22222222-0000-0000-0000-000000000002"].Requests);
    }

    private static DataverseClient Client(HttpClient http, DataverseEmulator emulator, string token) =>
        new(http, new DataverseClientOptions { Organization = emulator.BaseUri, RetryBaseDelay = TimeSpan.FromMilliseconds(5), RetryMaxDelay = TimeSpan.FromMilliseconds(200) },
            new StaticTokenProvider(token));

    private static string Jwt(string oid, string signature) =>
        Base64Url("""{"alg":"RS256","typ":"JWT"}""") + "." + Base64Url($$"""{"aud":"https://org.crm.dynamics.com","oid":"{{oid}}","nonce":"{{signature}}"}""") + "." + Base64Url(signature);

    private static string Base64Url(string text) => System.Buffers.Text.Base64Url.EncodeToString(System.Text.Encoding.UTF8.GetBytes(text));
}
