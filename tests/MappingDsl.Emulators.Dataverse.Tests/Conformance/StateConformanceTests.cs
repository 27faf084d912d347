namespace MappingDsl.Emulators.Dataverse.Tests.Conformance;

// State and status rules (dataverse-web-api.md §4.4: task and opportunity status options and the state each belongs
// to; WinOpportunity / LoseOpportunity close an open opportunity).
public sealed class StateConformanceTests
{
    [Fact]
    public async Task A_status_that_belongs_to_another_state_is_refused()
    {
        await using var c = await RawClient.StartAsync();
        var id = await c.CreateAsync("tasks", """{"subject":"S"}""");
        // 5 Completed belongs to state 1 Completed, not to 2 Canceled.
        var (status, _, _) = await c.ErrorAsync(HttpMethod.Patch, $"tasks({id})", """{"statecode":2,"statuscode":5}""");
        Assert.Equal(400, status);
        using var ok = await c.SendAsync(HttpMethod.Patch, $"tasks({id})", """{"statecode":1,"statuscode":5}""");
        Assert.Equal(204, (int)ok.StatusCode);
    }

    [Fact]
    public async Task A_completed_activity_is_read_only_until_reopened()
    {
        await using var c = await RawClient.StartAsync();
        var id = await c.CreateAsync("tasks", """{"subject":"S"}""");
        using var closed = await c.SendAsync(HttpMethod.Patch, $"tasks({id})", """{"statecode":1,"statuscode":5}""");
        Assert.Equal(204, (int)closed.StatusCode);

        var (status, _, _) = await c.ErrorAsync(HttpMethod.Patch, $"tasks({id})", """{"subject":"changed"}""");

        Assert.Equal(400, status);
        using var reopened = await c.SendAsync(HttpMethod.Patch, $"tasks({id})", """{"statecode":0,"statuscode":2}""");
        Assert.Equal(204, (int)reopened.StatusCode);
    }

    [Fact]
    public async Task A_won_opportunity_is_read_only_and_cannot_be_won_or_lost_again()
    {
        await using var c = await RawClient.StartAsync();
        var account = await c.CreateAsync("accounts", """{"name":"A"}""");
        var id = await c.CreateAsync("opportunities", $$"""{"name":"Deal","customerid_account@odata.bind":"/accounts({{account}})"}""");
        var close = $$$"""{"Status":3,"OpportunityClose":{"subject":"Won","opportunityid@odata.bind":"/opportunities({{{id}}})"}}""";
        using var won = await c.SendAsync(HttpMethod.Post, "WinOpportunity", close);
        Assert.Equal(204, (int)won.StatusCode);

        var update = await c.ErrorAsync(HttpMethod.Patch, $"opportunities({id})", """{"name":"Changed"}""");
        var again = await c.ErrorAsync(HttpMethod.Post, "WinOpportunity", close);
        var lose = await c.ErrorAsync(HttpMethod.Post, "LoseOpportunity", close.Replace("\"Status\":3", "\"Status\":4", StringComparison.Ordinal));

        Assert.Equal(400, update.Status);
        Assert.Equal(400, again.Status);
        Assert.Equal(400, lose.Status);
        Assert.Equal(1, c.Emulator.Count("opportunityclose"));
    }
}
