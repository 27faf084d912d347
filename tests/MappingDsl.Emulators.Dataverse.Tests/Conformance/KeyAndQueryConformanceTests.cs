using System.Net.Http.Headers;

namespace MappingDsl.Emulators.Dataverse.Tests.Conformance;

// Alternate keys (define-alternate-keys-entity, dataverse-web-api.md §3.1), authentication (401 for authentication
// errors, §6.1), paging and counting (webapi/query/count-rows: "@odata.count … up to 5,000 … that matches the filter
// criteria irrespective of the page size requested"; pages hold at most 5 000 rows), cascades (§6.1: 405
// CannotDeleteDueToAssociation; the relationships' CascadeConfiguration.Delete).
public sealed class KeyAndQueryConformanceTests
{
    private static DataverseEmulatorOptions WithAccountNumberKey() => new()
    {
        KeyActivationDelay = TimeSpan.Zero,
    };

    private static async Task AddKeyAsync(RawClient c)
    {
        using var key = await c.SendAsync(HttpMethod.Post, "EntityDefinitions(LogicalName='account')/Keys", """{"SchemaName":"new_numberkey","KeyAttributes":["accountnumber"]}""");
        Assert.Equal(204, (int)key.StatusCode);
    }

    [Fact]
    public async Task Key_values_are_compared_case_and_accent_insensitively()
    {
        await using var c = await RawClient.StartAsync(WithAccountNumberKey());
        await AddKeyAsync(c);
        await c.CreateAsync("accounts", """{"name":"A","accountnumber":"CAFÉ-1"}""");

        var duplicate = await c.ErrorAsync(HttpMethod.Post, "accounts", """{"name":"B","accountnumber":"cafe-1"}""");
        using var upsert = await c.SendAsync(HttpMethod.Patch, "accounts(accountnumber='Cafe-1')", """{"name":"C"}""");

        Assert.Equal((412, "0x80040237"), (duplicate.Status, duplicate.Code));
        Assert.Equal(204, (int)upsert.StatusCode);
        Assert.Equal(1, c.Emulator.Count("account"));
    }

    [Fact]
    public async Task Key_values_with_characters_that_break_addressing_are_refused()
    {
        await using var c = await RawClient.StartAsync(WithAccountNumberKey());
        await AddKeyAsync(c);

        var (status, _, _) = await c.ErrorAsync(HttpMethod.Patch, "accounts(accountnumber='a%2Bb')", """{"name":"C"}""");

        Assert.Equal(400, status);
        Assert.Equal(0, c.Emulator.Count("account"));
    }

    [Fact]
    public async Task A_request_without_a_bearer_token_is_401_and_any_token_is_accepted()
    {
        await using var c = await RawClient.StartAsync();
        using var anonymous = new HttpClient { BaseAddress = c.Emulator.ServiceRoot };
        using var refused = await anonymous.GetAsync("accounts");
        anonymous.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "anything");
        using var accepted = await anonymous.GetAsync("accounts");

        Assert.Equal(401, (int)refused.StatusCode);
        Assert.Equal(200, (int)accepted.StatusCode);
    }

    [Fact]
    public async Task Count_is_the_number_of_rows_matching_the_filter_whatever_the_page_size_and_pages_are_capped()
    {
        await using var c = await RawClient.StartAsync(new DataverseEmulatorOptions { DefaultPageSize = 5000 });
        for (var i = 0; i < 7; i++) await c.CreateAsync("accounts", $$"""{"name":"{{(i < 5 ? "match" : "other")}}"}""");

        var page = await c.JsonAsync(HttpMethod.Get, "accounts?$select=name&$filter=name eq 'match'&$count=true", null, ("Prefer", "odata.maxpagesize=2"));
        using var count = await c.SendAsync(HttpMethod.Get, "accounts/$count");

        Assert.Equal(5, page.GetProperty("@odata.count").GetInt32());
        Assert.Equal(2, page.GetProperty("value").GetArrayLength());
        Assert.Equal("7", await count.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_page_never_holds_more_than_5000_rows()
    {
        Assert.Equal(5000, Handlers.QueryHandler.MaxPageSize);
        await using var c = await RawClient.StartAsync();
        var rows = string.Join(",", Enumerable.Range(0, 5001).Select(i => $$"""{"name":"n{{i}}","@odata.type":"Microsoft.Dynamics.CRM.account"}"""));
        using var bulk = await c.SendAsync(HttpMethod.Post, "accounts/Microsoft.Dynamics.CRM.CreateMultiple", $$"""{"Targets":[{{rows}}]}""");
        Assert.Equal(200, (int)bulk.StatusCode);

        var page = await c.JsonAsync(HttpMethod.Get, "accounts?$select=name&$count=true", null, ("Prefer", "odata.maxpagesize=10000"));

        Assert.Equal(5000, page.GetProperty("value").GetArrayLength());
        Assert.Equal(5000, page.GetProperty("@odata.count").GetInt32());
        Assert.True(page.TryGetProperty("@odata.nextLink", out _));
    }

    [Fact]
    public async Task RemoveLink_clears_the_childrens_lookup_when_the_parent_is_deleted()
    {
        await using var c = await RawClient.StartAsync();
        var account = await c.CreateAsync("accounts", """{"name":"Parent"}""");
        // lead.parentaccountid → account: CascadeConfiguration.Delete = RemoveLink.
        var lead = await c.CreateAsync("leads", $$"""{"subject":"S","lastname":"L","parentaccountid@odata.bind":"/accounts({{account}})"}""");

        using var deleted = await c.SendAsync(HttpMethod.Delete, $"accounts({account})");

        Assert.Equal(204, (int)deleted.StatusCode);
        var row = await c.JsonAsync(HttpMethod.Get, $"leads({lead})");
        Assert.Equal(System.Text.Json.JsonValueKind.Null, row.GetProperty("_parentaccountid_value").ValueKind);
    }

    [Fact]
    public async Task Cascade_deletes_the_children_with_the_parent()
    {
        await using var c = await RawClient.StartAsync();
        var account = await c.CreateAsync("accounts", """{"name":"Parent"}""");
        var other = await c.CreateAsync("accounts", """{"name":"Other"}""");
        // task.regardingobjectid → account: CascadeConfiguration.Delete = Cascade (CascadeType: "Perform the action on
        // all referencing entity records associated with the referenced entity record").
        var task = await c.CreateAsync("tasks", $$"""{"subject":"S","regardingobjectid_account_task@odata.bind":"/accounts({{account}})"}""");
        var kept = await c.CreateAsync("tasks", $$"""{"subject":"K","regardingobjectid_account_task@odata.bind":"/accounts({{other}})"}""");

        using var deleted = await c.SendAsync(HttpMethod.Delete, $"accounts({account})");
        using var gone = await c.SendAsync(HttpMethod.Get, $"tasks({task})");
        using var still = await c.SendAsync(HttpMethod.Get, $"tasks({kept})");

        Assert.Equal(204, (int)deleted.StatusCode);
        Assert.Equal(404, (int)gone.StatusCode);
        Assert.Equal(200, (int)still.StatusCode);
    }

    [Fact]
    public async Task Restrict_refuses_the_delete_while_children_exist()
    {
        var user = Guid.Parse("b0000000-0000-0000-0000-0000000000bb");
        await using var c = await RawClient.StartAsync(new DataverseEmulatorOptions { Users = [new SeedUser(user, "bo@contoso.com", "Bo")] });
        // opportunity.msdyn_accountmanagerid → systemuser: CascadeConfiguration.Delete = Restrict.
        var opportunity = await c.CreateAsync("opportunities", $$"""{"name":"D","msdyn_accountmanagerid@odata.bind":"/systemusers({{user}})"}""");

        var (status, code, message) = await c.ErrorAsync(HttpMethod.Delete, $"systemusers({user})");

        // Web service error codes: CannotDeleteDueToAssociation, 0x80040227, "The object you tried to delete is
        // associated with another object and cannot be deleted."; 405 for it (compose-http-requests-handle-errors).
        Assert.Equal((405, "0x80040227"), (status, code));
        Assert.StartsWith("The object you tried to delete is associated with another object and cannot be deleted.", message, StringComparison.Ordinal);
        var row = await c.JsonAsync(HttpMethod.Get, $"opportunities({opportunity})?$select=_msdyn_accountmanagerid_value");
        Assert.Equal(user, row.GetProperty("_msdyn_accountmanagerid_value").GetGuid());
    }
}
