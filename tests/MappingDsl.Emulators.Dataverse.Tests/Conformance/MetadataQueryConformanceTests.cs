using System.Text.Json;

namespace MappingDsl.Emulators.Dataverse.Tests.Conformance;

// Metadata collections (learn.microsoft.com/power-apps/developer/data-platform/webapi/query-metadata-web-api):
// "You can use any of the EntityMetadata properties with $select … and you can use $filter on any properties which use
// primitive or enumeration values"; "The MetadataId property value is always returned"; enum literals carry their type
// (Microsoft.Dynamics.CRM.AttributeRequiredLevel'ApplicationRequired'), complex types are filtered through a path
// (RequiredLevel/Value); "The ManyToManyRelationships, ManyToOneRelationships, and OneToManyRelationships
// collection-valued navigation properties can be queried just like the Attributes collection-valued navigation property".
public sealed class MetadataQueryConformanceTests
{
    private static IEnumerable<string> Properties(JsonElement item) =>
        item.EnumerateObject().Select(p => p.Name).Where(n => !n.StartsWith('@')).Order(StringComparer.Ordinal);

    [Fact]
    public async Task Filter_on_attributes_returns_only_the_matching_columns_and_select_limits_their_properties()
    {
        await using var c = await RawClient.StartAsync();

        var page = await c.JsonAsync(HttpMethod.Get, "EntityDefinitions(LogicalName='task')/Attributes?$select=LogicalName&$filter=LogicalName eq 'subject'");

        var only = Assert.Single(page.GetProperty("value").EnumerateArray());
        Assert.Equal("subject", only.GetProperty("LogicalName").GetString());
        Assert.Equal(["LogicalName", "MetadataId"], Properties(only));
    }

    [Fact]
    public async Task Filter_reads_enumeration_values_inside_complex_properties()
    {
        await using var c = await RawClient.StartAsync();
        var all = (await c.JsonAsync(HttpMethod.Get, "EntityDefinitions(LogicalName='account')/Attributes")).GetProperty("value").EnumerateArray().ToList();
        var required = all.Where(a => a.GetProperty("RequiredLevel").GetProperty("Value").GetString() == "SystemRequired")
            .Select(a => a.GetProperty("SchemaName").GetString()).Order(StringComparer.Ordinal).ToList();

        var page = await c.JsonAsync(HttpMethod.Get,
            "EntityDefinitions(LogicalName='account')/Attributes?$select=SchemaName&$filter=RequiredLevel/Value eq Microsoft.Dynamics.CRM.AttributeRequiredLevel'SystemRequired'");

        var found = page.GetProperty("value").EnumerateArray().Select(a => a.GetProperty("SchemaName").GetString()).Order(StringComparer.Ordinal).ToList();
        Assert.NotEmpty(found);
        Assert.True(found.Count < all.Count);
        Assert.Equal(required, found);
    }

    [Fact]
    public async Task Select_on_a_table_definition_returns_the_named_properties_and_MetadataId()
    {
        await using var c = await RawClient.StartAsync();

        var account = await c.JsonAsync(HttpMethod.Get, "EntityDefinitions(LogicalName='account')?$select=EntitySetName,IsActivity");
        var tables = await c.JsonAsync(HttpMethod.Get, "EntityDefinitions?$select=LogicalName&$filter=EntitySetName eq 'tasks'");

        Assert.Equal(["EntitySetName", "IsActivity", "MetadataId"], Properties(account));
        var task = Assert.Single(tables.GetProperty("value").EnumerateArray());
        Assert.Equal("task", task.GetProperty("LogicalName").GetString());
    }

    [Fact]
    public async Task Many_to_one_relationships_are_queried_like_attributes()
    {
        await using var c = await RawClient.StartAsync();

        var page = await c.JsonAsync(HttpMethod.Get,
            "EntityDefinitions(LogicalName='contact')/ManyToOneRelationships?$select=ReferencingEntityNavigationPropertyName&$filter=ReferencingAttribute eq 'parentcustomerid'");

        var names = page.GetProperty("value").EnumerateArray().Select(r => r.GetProperty("ReferencingEntityNavigationPropertyName").GetString()).Order(StringComparer.Ordinal);
        Assert.Equal(["parentcustomerid_account", "parentcustomerid_contact"], names);
        Assert.All(page.GetProperty("value").EnumerateArray(), r => Assert.Equal(["MetadataId", "ReferencingEntityNavigationPropertyName"], Properties(r)));
    }

    [Fact]
    public async Task Keys_are_filtered_like_attributes()
    {
        await using var c = await RawClient.StartAsync(new DataverseEmulatorOptions { KeyActivationDelay = TimeSpan.Zero });
        foreach (var (schema, column) in new[] { ("new_numberkey", "accountnumber"), ("new_namekey", "name") })
        {
            using var key = await c.SendAsync(HttpMethod.Post, "EntityDefinitions(LogicalName='account')/Keys", $$"""{"SchemaName":"{{schema}}","KeyAttributes":["{{column}}"]}""");
            Assert.Equal(204, (int)key.StatusCode);
        }

        var page = await c.JsonAsync(HttpMethod.Get, "EntityDefinitions(LogicalName='account')/Keys?$select=LogicalName,EntityKeyIndexStatus&$filter=LogicalName eq 'new_namekey'");

        var only = Assert.Single(page.GetProperty("value").EnumerateArray());
        Assert.Equal(["EntityKeyIndexStatus", "LogicalName", "MetadataId"], Properties(only));
    }
}
