using System.Text.Json;

namespace MappingDsl.Emulators.Dataverse.Tests.Conformance;

// GET <entityset>?fetchXml=<url-encoded> (webapi/use-fetchxml-web-api): the response is an OData collection, "data
// returned from FetchXML will not return properties with null values", simple paging uses the fetch element's page
// and count. Conditions (fetchxml/reference/condition, fetchxml/filter-rows): the value attribute for one operand,
// value elements for in; filter type and|or nests. Wildcards (wildcard-characters): % any run, _ one character,
// [..] a set, a wildcard in brackets is a literal. Error codes and texts are UNCONFIRMED (FetchXmlErrors).
public sealed class FetchXmlConformanceTests
{
    private static async Task<RawClient> SeededAsync()
    {
        var c = await RawClient.StartAsync();
        await c.CreateAsync("contacts", """{"lastname":"Alpha","firstname":"Ann","emailaddress1":"ann@a.example","numberofchildren":1,"donotemail":true,"lastonholdtime":"2024-01-10T08:00:00Z"}""");
        await c.CreateAsync("contacts", """{"lastname":"Beta","firstname":"Ben","emailaddress1":"ben@b.example","numberofchildren":3,"donotemail":false,"lastonholdtime":"2024-03-01T00:00:00Z"}""");
        await c.CreateAsync("contacts", """{"lastname":"Gamma","emailaddress1":"50%_off@c.example","numberofchildren":5}""");
        await c.CreateAsync("contacts", """{"lastname":"Delta"}""");
        return c;
    }

    private static async Task<List<string>> LastNamesAsync(RawClient c, string filter)
    {
        var fetch = $"<fetch><entity name='contact'><attribute name='lastname'/><order attribute='lastname'/>{filter}</entity></fetch>";
        var result = await c.JsonAsync(HttpMethod.Get, "contacts?fetchXml=" + Uri.EscapeDataString(fetch));
        return [.. result.GetProperty("value").EnumerateArray().Select(r => r.GetProperty("lastname").GetString()!)];
    }

    [Fact]
    public async Task The_documented_request_returns_the_selected_columns_and_leaves_out_nulls()
    {
        await using var c = await RawClient.StartAsync();
        await c.CreateAsync("accounts", """{"name":"Fourth Coffee","accountnumber":"1234"}""");
        await c.CreateAsync("accounts", """{"name":"Litware"}""");
        // The page's own example, URL-encoded as it shows it.
        const string encoded = "%3Cfetch%20mapping%3D%27logical%27%3E%3Centity%20name%3D%27account%27%3E%3Cattribute%20name%3D%27accountid%27%2F%3E%3Cattribute%20name%3D%27name%27%2F%3E%3Cattribute%20name%3D%27accountnumber%27%2F%3E%3C%2Fentity%3E%3C%2Ffetch%3E";

        var result = await c.JsonAsync(HttpMethod.Get, "accounts?fetchXml=" + encoded);

        Assert.EndsWith("$metadata#accounts(accountid,name,accountnumber)", result.GetProperty("@odata.context").GetString());
        var rows = result.GetProperty("value").EnumerateArray().ToList();
        Assert.Equal(2, rows.Count);
        var litware = rows.Single(r => r.GetProperty("name").GetString() == "Litware");
        Assert.False(litware.TryGetProperty("accountnumber", out _));
        Assert.True(Guid.TryParse(litware.GetProperty("accountid").GetString(), out _));
        Assert.Equal("1234", rows.Single(r => r.GetProperty("name").GetString() == "Fourth Coffee").GetProperty("accountnumber").GetString());
    }

    [Fact]
    public async Task Conditions_compare_by_column_type_and_filters_nest()
    {
        await using var c = await SeededAsync();

        Assert.Equal(["Alpha"], await LastNamesAsync(c, "<filter><condition attribute='firstname' operator='eq' value='ANN'/></filter>"));
        Assert.Equal(["Beta", "Gamma"], await LastNamesAsync(c, "<filter><condition attribute='numberofchildren' operator='gt' value='1'/></filter>"));
        Assert.Equal(["Alpha", "Beta"], await LastNamesAsync(c, "<filter><condition attribute='numberofchildren' operator='le' value='3'/></filter>"));
        Assert.Equal(["Alpha"], await LastNamesAsync(c, "<filter><condition attribute='donotemail' operator='eq' value='1'/></filter>"));
        Assert.Equal(["Beta"], await LastNamesAsync(c, "<filter><condition attribute='lastonholdtime' operator='gt' value='2024-02-01T00:00:00Z'/></filter>"));
        Assert.Equal(["Alpha", "Gamma"], await LastNamesAsync(c, "<filter><condition attribute='numberofchildren' operator='in'><value>1</value><value>5</value></condition></filter>"));
        Assert.Equal(["Beta"], await LastNamesAsync(c, "<filter><condition attribute='numberofchildren' operator='not-in'><value>1</value><value>5</value></condition></filter>"));
        Assert.Equal(["Delta"], await LastNamesAsync(c, "<filter><condition attribute='emailaddress1' operator='null'/></filter>"));
        Assert.Equal(["Alpha", "Beta", "Gamma"], await LastNamesAsync(c, "<filter><condition attribute='emailaddress1' operator='not-null'/></filter>"));
        Assert.Equal(["Alpha", "Delta"], await LastNamesAsync(c,
            "<filter type='or'><condition attribute='lastname' operator='eq' value='Delta'/><filter type='and'><condition attribute='numberofchildren' operator='lt' value='3'/><condition attribute='donotemail' operator='eq' value='1'/></filter></filter>"));
    }

    [Fact]
    public async Task A_comparison_never_matches_a_row_without_a_value()
    {
        await using var c = await SeededAsync();

        // Delta has no first name and no e-mail: SQL comparisons with NULL are not true (UNCONFIRMED as documentation
        // text; the platform evaluates FetchXML conditions in SQL).
        Assert.Equal(["Alpha"], await LastNamesAsync(c, "<filter><condition attribute='firstname' operator='ne' value='Ben'/></filter>"));
        Assert.Equal(["Alpha", "Beta"], await LastNamesAsync(c, "<filter><condition attribute='emailaddress1' operator='not-like' value='%[%]%'/></filter>"));
    }

    [Fact]
    public async Task Like_treats_percent_underscore_and_sets_as_wildcards_and_bracketed_wildcards_as_literals()
    {
        await using var c = await SeededAsync();

        Assert.Equal(["Alpha"], await LastNamesAsync(c, "<filter><condition attribute='emailaddress1' operator='like' value='a__@%'/></filter>"));
        Assert.Equal(["Gamma"], await LastNamesAsync(c, "<filter><condition attribute='emailaddress1' operator='like' value='50[%][_]%'/></filter>"));
        Assert.Equal(["Alpha", "Beta"], await LastNamesAsync(c, "<filter><condition attribute='lastname' operator='like' value='[a-b]%'/></filter>"));
        Assert.Equal(["Gamma"], await LastNamesAsync(c, "<filter><condition attribute='lastname' operator='begins-with' value='gam'/></filter>"));
        Assert.Equal(["Beta", "Delta", "Gamma"], await LastNamesAsync(c, "<filter><condition attribute='lastname' operator='not-like' value='[^b-g]%'/></filter>"));
    }

    [Fact]
    public async Task Page_and_count_page_the_rows_and_morerecords_says_another_page_exists()
    {
        await using var c = await SeededAsync();
        var fetch = "<fetch page='1' count='3'><entity name='contact'><attribute name='lastname'/><order attribute='lastname' descending='true'/></entity></fetch>";

        var first = await c.JsonAsync(HttpMethod.Get, "contacts?fetchXml=" + Uri.EscapeDataString(fetch) + "&$count=true", null, ("Prefer", "odata.include-annotations=\"*\""));
        var second = await c.JsonAsync(HttpMethod.Get, "contacts?fetchXml=" + Uri.EscapeDataString(fetch.Replace("page='1'", "page='2'")), null, ("Prefer", "odata.include-annotations=\"*\""));

        Assert.Equal(["Gamma", "Delta", "Beta"], first.GetProperty("value").EnumerateArray().Select(r => r.GetProperty("lastname").GetString()));
        Assert.True(first.GetProperty("@Microsoft.Dynamics.CRM.morerecords").GetBoolean());
        Assert.Equal(4, first.GetProperty("@odata.count").GetInt32());
        Assert.False(second.TryGetProperty("@odata.count", out _));
        Assert.Equal(["Alpha"], second.GetProperty("value").EnumerateArray().Select(r => r.GetProperty("lastname").GetString()));
        Assert.False(second.TryGetProperty("@Microsoft.Dynamics.CRM.morerecords", out _));
    }

    [Theory]
    [InlineData("<fetch><entity name='contact'><attribute name='lastname'/></entity>", 400, "0x80040201")]
    [InlineData("<fetch><entity><attribute name='lastname'/></entity></fetch>", 400, "0x80041102")]
    [InlineData("<fetch><entity name='contact'><filter><condition attribute='nosuchcolumn' operator='eq' value='x'/></filter></entity></fetch>", 400, "0x80041103")]
    [InlineData("<fetch><entity name='account'><attribute name='name'/></entity></fetch>", 400, "0x80040203")]
    [InlineData("<fetch><entity name='contact'><filter><condition attribute='numberofchildren' operator='eq' value='many'/></filter></entity></fetch>", 400, "0x80040203")]
    [InlineData("<fetch><entity name='contact'><filter type='xor'/></entity></fetch>", 400, "0x80040201")]
    public async Task Malformed_or_invalid_FetchXml_is_refused_with_400(string fetch, int status, string code)
    {
        await using var c = await RawClient.StartAsync();

        var error = await c.ErrorAsync(HttpMethod.Get, "contacts?fetchXml=" + Uri.EscapeDataString(fetch));

        Assert.Equal((status, code), (error.Status, error.Code));
    }

    [Fact]
    public async Task A_lookup_is_filtered_and_returned_by_its_value_property()
    {
        await using var c = await RawClient.StartAsync();
        var account = await c.CreateAsync("accounts", """{"name":"Parent"}""");
        await c.CreateAsync("contacts", $$"""{"lastname":"Child","parentcustomerid_account@odata.bind":"/accounts({{account}})"}""");
        await c.CreateAsync("contacts", """{"lastname":"Orphan"}""");
        var fetch = $"<fetch><entity name='contact'><attribute name='parentcustomerid'/><attribute name='lastname'/><filter><condition attribute='parentcustomerid' operator='eq' value='{account}'/></filter></entity></fetch>";

        var result = await c.JsonAsync(HttpMethod.Get, "contacts?fetchXml=" + Uri.EscapeDataString(fetch));

        var row = Assert.Single(result.GetProperty("value").EnumerateArray());
        Assert.Equal("Child", row.GetProperty("lastname").GetString());
        Assert.Equal(account.ToString(), row.GetProperty("_parentcustomerid_value").GetString());
    }

    [Fact]
    public async Task No_attribute_element_returns_every_non_null_column_as_all_attributes_does()
    {
        await using var c = await SeededAsync();
        const string filter = "<filter><condition attribute='lastname' operator='eq' value='Gamma'/></filter>";

        var none = await c.JsonAsync(HttpMethod.Get, "contacts?fetchXml=" + Uri.EscapeDataString($"<fetch><entity name='contact'>{filter}</entity></fetch>"));
        var all = await c.JsonAsync(HttpMethod.Get, "contacts?fetchXml=" + Uri.EscapeDataString($"<fetch><entity name='contact'><all-attributes/>{filter}</entity></fetch>"));

        var row = Assert.Single(none.GetProperty("value").EnumerateArray());
        Assert.Equal(5, row.GetProperty("numberofchildren").GetInt32());
        Assert.Equal("50%_off@c.example", row.GetProperty("emailaddress1").GetString());
        Assert.False(row.TryGetProperty("firstname", out _));
        Assert.Equal(row.GetRawText(), Assert.Single(all.GetProperty("value").EnumerateArray()).GetRawText());
    }
}
