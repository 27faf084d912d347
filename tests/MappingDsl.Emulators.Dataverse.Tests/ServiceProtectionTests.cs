using System.Text.Json;

namespace MappingDsl.Emulators.Dataverse.Tests;

public sealed class ServiceProtectionTests
{
    [Fact]
    public async Task Request_limit_returns_429_with_retry_after_and_the_documented_code()
    {
        var limits = new ServiceProtectionLimits { Window = TimeSpan.FromSeconds(300), MaxRequests = 3 };
        await using var c = await RawClient.StartAsync(new DataverseEmulatorOptions { Limits = limits });
        for (var i = 0; i < 3; i++)
        {
            using var ok = await c.SendAsync(HttpMethod.Get, "WhoAmI");
            Assert.Equal(200, (int)ok.StatusCode);
        }
        using var refused = await c.SendAsync(HttpMethod.Get, "WhoAmI");
        Assert.Equal(429, (int)refused.StatusCode);
        var retryAfter = int.Parse(refused.Headers.GetValues("Retry-After").Single());
        Assert.InRange(retryAfter, 290, 300);
        var error = JsonDocument.Parse(await refused.Content.ReadAsStringAsync()).RootElement.GetProperty("error");
        Assert.Equal("0x80072322", error.GetProperty("code").GetString());
        Assert.Equal("Number of requests exceeded the limit of 3 over time window of 300 seconds.", error.GetProperty("message").GetString());
    }

    [Fact]
    public async Task Limits_are_per_user()
    {
        var limits = new ServiceProtectionLimits { MaxRequests = 1 };
        var options = new DataverseEmulatorOptions { Limits = limits };
        await using var first = await RawClient.StartAsync(options, user: "one");
        using var a = await first.SendAsync(HttpMethod.Get, "WhoAmI");
        using var again = await first.SendAsync(HttpMethod.Get, "WhoAmI");
        using var other = await first.SendAsync(HttpMethod.Get, "WhoAmI", null, ("Authorization", "Bearer two"));
        Assert.Equal(200, (int)a.StatusCode);
        Assert.Equal(429, (int)again.StatusCode);
        Assert.Equal(200, (int)other.StatusCode);
    }

    [Fact]
    public async Task Execution_time_limit_returns_0x80072321()
    {
        var limits = new ServiceProtectionLimits { Window = TimeSpan.FromSeconds(10), MaxExecutionTime = TimeSpan.FromMilliseconds(100) };
        await using var c = await RawClient.StartAsync(new DataverseEmulatorOptions { Limits = limits, LatencyPerRequest = TimeSpan.FromMilliseconds(60) });
        using var first = await c.SendAsync(HttpMethod.Get, "WhoAmI");
        using var second = await c.SendAsync(HttpMethod.Get, "WhoAmI");
        using var third = await c.SendAsync(HttpMethod.Get, "WhoAmI");
        Assert.Equal(429, (int)third.StatusCode);
        Assert.Contains("0x80072321", await third.Content.ReadAsStringAsync());
        Assert.True(double.Parse(third.Headers.GetValues("Retry-After").Single(), System.Globalization.CultureInfo.InvariantCulture) > 0);
    }

    [Fact]
    public async Task Concurrency_limit_returns_0x80072326_at_once()
    {
        var limits = new ServiceProtectionLimits { MaxConcurrent = 1 };
        await using var c = await RawClient.StartAsync(new DataverseEmulatorOptions { Limits = limits, LatencyPerRequest = TimeSpan.FromMilliseconds(300) });
        var slow = c.SendAsync(HttpMethod.Get, "WhoAmI");
        await Task.Delay(100);
        using var refused = await c.SendAsync(HttpMethod.Get, "WhoAmI");
        Assert.Equal(429, (int)refused.StatusCode);
        Assert.Contains("0x80072326", await refused.Content.ReadAsStringAsync());
        using var done = await slow;
        Assert.Equal(200, (int)done.StatusCode);
    }

    [Fact]
    public async Task Fault_injection_is_deterministic_for_a_seed()
    {
        async Task<string> Pattern()
        {
            await using var c = await RawClient.StartAsync(new DataverseEmulatorOptions { Faults = new FaultOptions(Seed: 42, ServerErrorRate: 0.3) });
            var statuses = new List<int>();
            for (var i = 0; i < 20; i++)
            {
                using var r = await c.SendAsync(HttpMethod.Get, "WhoAmI");
                statuses.Add((int)r.StatusCode);
            }
            return string.Join(',', statuses);
        }
        var first = await Pattern();
        Assert.Contains("503", first);
        Assert.Equal(first, await Pattern());
    }
}
