namespace MappingDsl.Emulators.Dataverse.Tests;

// A pulled snapshot takes lookups' navigation property names from ManyToOneRelationships, so a lookup created through
// RelationshipDefinitions must show up there, as it does in an org.
public sealed class ManyToOneRelationshipTests
{
    [Fact]
    public async Task A_created_lookup_is_listed_among_the_referencing_tables_many_to_one_relationships()
    {
        await using var c = await RawClient.StartAsync();
        using (var created = await c.SendAsync(HttpMethod.Post, "RelationshipDefinitions",
            """{"@odata.type":"Microsoft.Dynamics.CRM.OneToManyRelationshipMetadata","SchemaName":"new_Referrer_contact_account","ReferencedEntity":"contact","ReferencedAttribute":"contactid","ReferencingEntity":"account","Lookup":{"@odata.type":"Microsoft.Dynamics.CRM.LookupAttributeMetadata","SchemaName":"new_Referrer"}}"""))
            Assert.Equal(204, (int)created.StatusCode);

        var account = await c.JsonAsync(HttpMethod.Get, "EntityDefinitions(LogicalName='account')?$select=LogicalName&$expand=ManyToOneRelationships");

        var relationship = Assert.Single(account.GetProperty("ManyToOneRelationships").EnumerateArray(), r => r.GetProperty("ReferencingAttribute").GetString() == "new_referrer");
        Assert.Equal("new_Referrer_contact_account", relationship.GetProperty("SchemaName").GetString());
        Assert.Equal("contact", relationship.GetProperty("ReferencedEntity").GetString());
        Assert.Equal("contactid", relationship.GetProperty("ReferencedAttribute").GetString());
        Assert.Equal("new_Referrer", relationship.GetProperty("ReferencingEntityNavigationPropertyName").GetString());
        Assert.False(account.TryGetProperty("EntitySetName", out _));
    }

    [Fact]
    public async Task A_table_without_relationships_expands_an_empty_list()
    {
        await using var c = await RawClient.StartAsync();
        using (var created = await c.SendAsync(HttpMethod.Post, "EntityDefinitions",
            """{"@odata.type":"Microsoft.Dynamics.CRM.EntityMetadata","SchemaName":"new_Thing","OwnershipType":"UserOwned","Attributes":[{"@odata.type":"Microsoft.Dynamics.CRM.StringAttributeMetadata","SchemaName":"new_Name","AttributeType":"String","MaxLength":100,"IsPrimaryName":true}]}"""))
            Assert.Equal(204, (int)created.StatusCode);

        var thing = await c.JsonAsync(HttpMethod.Get, "EntityDefinitions(LogicalName='new_thing')?$expand=ManyToOneRelationships");

        Assert.Equal(0, thing.GetProperty("ManyToOneRelationships").GetArrayLength());
    }
}
