using System.Text.Json;

namespace MappingDsl.Emulators.Dataverse.Tests.Conformance;

// Paging (learn.microsoft.com/power-apps/developer/data-platform/webapi/query/page-results): "Use the Prefer:
// odata.maxpagesize request header to control the number of records returned … you can specify a max page size up to
// 5,000"; the example response carries "Preference-Applied: odata.maxpagesize=2" and an @odata.nextLink to the next page.
// $expand (…/webapi/query/join-tables and retrieve-entity-using-web-api): a single-valued navigation property expands
// to the related record's selected columns; collection-valued navigation properties are returned through $expand only.
public sealed class PagingAndExpandConformanceTests
{
    [Fact]
    public async Task Next_links_walk_every_matching_row_once_at_the_preferred_page_size()
    {
        await using var c = await RawClient.StartAsync();
        for (var i = 0; i < 5; i++) await c.CreateAsync("accounts", $$"""{"name":"a{{i}}"}""");

        var sizes = new List<int>();
        var names = new List<string>();
        var applied = new List<string>();
        string? url = "accounts?$select=name";
        while (url is not null)
        {
            using var response = await c.SendAsync(HttpMethod.Get, url, null, ("Prefer", "odata.maxpagesize=2"));
            applied.Add(string.Join(",", response.Headers.TryGetValues("Preference-Applied", out var values) ? values : []));
            var page = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
            var rows = page.GetProperty("value").EnumerateArray().ToList();
            sizes.Add(rows.Count);
            names.AddRange(rows.Select(r => r.GetProperty("name").GetString()!));
            url = page.TryGetProperty("@odata.nextLink", out var next) ? next.GetString() : null;
        }

        Assert.Equal([2, 2, 1], sizes);
        Assert.Equal(["a0", "a1", "a2", "a3", "a4"], names.Order(StringComparer.Ordinal));
        Assert.All(applied, a => Assert.Equal("odata.maxpagesize=2", a));
    }

    [Fact]
    public async Task A_filtered_walk_returns_every_matching_row_once_even_when_a_row_is_deleted_between_pages()
    {
        await using var c = await RawClient.StartAsync();
        var ids = new List<Guid>();
        for (var i = 0; i < 9; i++) ids.Add(await c.CreateAsync("accounts", $$"""{"name":"a{{i}}","accountnumber":"{{(i % 3 == 2 ? "" : "n" + i)}}"}"""));

        var sizes = new List<int>();
        var names = new List<string>();
        string? url = "accounts?$select=name&$filter=startswith(accountnumber,'n')";
        while (url is not null)
        {
            var page = await c.JsonAsync(HttpMethod.Get, url, null, ("Prefer", "odata.maxpagesize=2"));
            var rows = page.GetProperty("value").EnumerateArray().ToList();
            sizes.Add(rows.Count);
            names.AddRange(rows.Select(r => r.GetProperty("name").GetString()!));
            // The first page's rows are gone before the second page is read: the rows after them must all still come.
            if (sizes.Count == 1)
            {
                foreach (var id in ids.Take(2))
                {
                    using var deleted = await c.SendAsync(HttpMethod.Delete, $"accounts({id})");
                    Assert.Equal(204, (int)deleted.StatusCode);
                }
            }
            url = page.TryGetProperty("@odata.nextLink", out var next) ? next.GetString() : null;
        }

        Assert.Equal([2, 2, 2], sizes);
        Assert.Equal(["a0", "a1", "a3", "a4", "a6", "a7"], names);
    }

    [Fact]
    public async Task A_single_valued_navigation_property_expands_to_the_related_record_or_null()
    {
        await using var c = await RawClient.StartAsync();
        var account = await c.CreateAsync("accounts", """{"name":"Parent"}""");
        var contact = await c.CreateAsync("contacts", $$"""{"lastname":"Doe","parentcustomerid_account@odata.bind":"/accounts({{account}})"}""");

        var one = await c.JsonAsync(HttpMethod.Get, $"contacts({contact})?$select=lastname&$expand=parentcustomerid_account($select=name),parentcustomerid_contact($select=fullname)");
        var many = await c.JsonAsync(HttpMethod.Get, "contacts?$select=lastname&$expand=parentcustomerid_account($select=name)");

        var parent = one.GetProperty("parentcustomerid_account");
        Assert.Equal("Parent", parent.GetProperty("name").GetString());
        Assert.Equal(account, parent.GetProperty("accountid").GetGuid());
        Assert.Equal(JsonValueKind.Null, one.GetProperty("parentcustomerid_contact").ValueKind);
        Assert.Equal("Parent", Assert.Single(many.GetProperty("value").EnumerateArray()).GetProperty("parentcustomerid_account").GetProperty("name").GetString());
    }

    [Fact]
    public async Task Expanding_a_name_that_is_no_navigation_property_is_refused()
    {
        await using var c = await RawClient.StartAsync();

        var (status, _, message) = await c.ErrorAsync(HttpMethod.Get, "contacts?$expand=parentcustomerid");

        Assert.Equal(400, status);
        Assert.StartsWith("Could not find a property named 'parentcustomerid'", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Activity_parties_are_returned_only_when_expanded()
    {
        await using var c = await RawClient.StartAsync();
        var contact = await c.CreateAsync("contacts", """{"lastname":"Doe"}""");
        var id = await c.CreateAsync("tasks", $$"""{"subject":"Call","task_activity_parties":[{"partyid_contact@odata.bind":"/contacts({{contact}})","participationtypemask":5}]}""");

        var plain = await c.JsonAsync(HttpMethod.Get, $"tasks({id})");
        var expanded = await c.JsonAsync(HttpMethod.Get, $"tasks({id})?$select=subject&$expand=task_activity_parties($select=participationtypemask,_partyid_value)");

        Assert.False(plain.TryGetProperty("task_activity_parties", out _));
        var party = Assert.Single(expanded.GetProperty("task_activity_parties").EnumerateArray());
        Assert.Equal(contact, party.GetProperty("_partyid_value").GetGuid());
        Assert.Equal(5, party.GetProperty("participationtypemask").GetInt32());
    }
}
