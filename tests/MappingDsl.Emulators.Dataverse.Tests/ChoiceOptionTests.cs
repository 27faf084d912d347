using System.Text.Json;

namespace MappingDsl.Emulators.Dataverse.Tests;

// Choice options are navigation properties of the derived attribute types: a real org leaves them out of
// $expand=Attributes and serves them only through a cast. The emulator must do the same, or a client that forgets the
// cast passes every test and fails against an org.
public sealed class ChoiceOptionTests
{
    private const string Account = "EntityDefinitions(LogicalName='account')";
    private const string Picklists = Account + "/Attributes/Microsoft.Dynamics.CRM.PicklistAttributeMetadata";

    [Fact]
    public async Task Expanded_attributes_and_attribute_reads_carry_no_options()
    {
        await using var c = await RawClient.StartAsync();

        var table = await c.JsonAsync(HttpMethod.Get, Account + "?$expand=Attributes");
        var list = await c.JsonAsync(HttpMethod.Get, Account + "/Attributes");
        var one = await c.JsonAsync(HttpMethod.Get, Account + "/Attributes(LogicalName='accountcategorycode')");

        var attributes = table.GetProperty("Attributes").EnumerateArray().ToList();
        Assert.Contains(attributes, a => a.GetProperty("AttributeType").GetString() == "Picklist");
        Assert.All(attributes.Concat(list.GetProperty("value").EnumerateArray()).Append(one), a =>
        {
            Assert.False(a.TryGetProperty("OptionSet", out _), a.GetProperty("LogicalName").GetString());
            Assert.False(a.TryGetProperty("GlobalOptionSet", out _), a.GetProperty("LogicalName").GetString());
        });
        Assert.Equal("Picklist", one.GetProperty("AttributeType").GetString());
    }

    [Fact]
    public async Task The_cast_returns_only_that_types_attributes_with_the_selected_properties_and_expanded_options()
    {
        await using var c = await RawClient.StartAsync();
        var table = await c.JsonAsync(HttpMethod.Get, Account + "?$expand=Attributes");
        var picklistNames = table.GetProperty("Attributes").EnumerateArray()
            .Where(a => a.GetProperty("@odata.type").GetString() == "#Microsoft.Dynamics.CRM.PicklistAttributeMetadata")
            .Select(a => a.GetProperty("LogicalName").GetString()).Order(StringComparer.Ordinal).ToList();

        var cast = await c.JsonAsync(HttpMethod.Get, Picklists + "?$select=LogicalName&$expand=OptionSet,GlobalOptionSet");

        var values = cast.GetProperty("value").EnumerateArray().ToList();
        Assert.Equal(picklistNames, values.Select(v => v.GetProperty("LogicalName").GetString()).Order(StringComparer.Ordinal));
        // MetadataId always comes with a $select, but the embedded snapshot's standard columns have none to send.
        Assert.All(values, v => Assert.Equal(["GlobalOptionSet", "LogicalName", "OptionSet"], v.EnumerateObject().Select(p => p.Name).Where(n => n != "MetadataId").Order(StringComparer.Ordinal)));
        var category = values.Single(v => v.GetProperty("LogicalName").GetString() == "accountcategorycode");
        Assert.Equal([1, 2], OptionValues(category.GetProperty("OptionSet")));
        Assert.Equal(JsonValueKind.Null, category.GetProperty("GlobalOptionSet").ValueKind);
    }

    [Fact]
    public async Task Without_expand_the_cast_serves_the_structural_properties_only()
    {
        await using var c = await RawClient.StartAsync();

        var cast = await c.JsonAsync(HttpMethod.Get, Picklists);

        var category = cast.GetProperty("value").EnumerateArray().Single(v => v.GetProperty("LogicalName").GetString() == "accountcategorycode");
        Assert.Equal("AccountCategoryCode", category.GetProperty("SchemaName").GetString());
        Assert.False(category.TryGetProperty("OptionSet", out _));
    }

    [Fact]
    public async Task State_status_and_boolean_casts_expand_their_options_and_a_single_attribute_can_be_cast()
    {
        await using var c = await RawClient.StartAsync();

        var state = await c.JsonAsync(HttpMethod.Get, Account + "/Attributes/Microsoft.Dynamics.CRM.StateAttributeMetadata?$select=LogicalName&$expand=OptionSet");
        var status = await c.JsonAsync(HttpMethod.Get, Account + "/Attributes(LogicalName='statuscode')/Microsoft.Dynamics.CRM.StatusAttributeMetadata?$select=LogicalName&$expand=OptionSet");
        var boolean = await c.JsonAsync(HttpMethod.Get, Account + "/Attributes(LogicalName='donotemail')/Microsoft.Dynamics.CRM.BooleanAttributeMetadata?$select=LogicalName&$expand=OptionSet");

        var statecode = Assert.Single(state.GetProperty("value").EnumerateArray());
        Assert.Equal("statecode", statecode.GetProperty("LogicalName").GetString());
        Assert.Equal([0, 1], OptionValues(statecode.GetProperty("OptionSet")));
        Assert.Equal([1, 2], OptionValues(status.GetProperty("OptionSet")));
        Assert.Equal(1, boolean.GetProperty("OptionSet").GetProperty("TrueOption").GetProperty("Value").GetInt32());
        Assert.Equal(0, boolean.GetProperty("OptionSet").GetProperty("FalseOption").GetProperty("Value").GetInt32());
    }

    [Theory]
    [InlineData(Account + "/Attributes/Microsoft.Dynamics.CRM.BooleanAttributeMetadata?$expand=GlobalOptionSet", 400)]
    [InlineData(Account + "/Attributes/Microsoft.Dynamics.CRM.StringAttributeMetadata?$expand=OptionSet", 400)]
    [InlineData(Account + "/Attributes/Microsoft.Dynamics.CRM.NoSuchThing", 404)]
    [InlineData(Account + "/Attributes(LogicalName='name')/Microsoft.Dynamics.CRM.PicklistAttributeMetadata", 404)]
    public async Task A_cast_the_type_does_not_allow_is_refused(string url, int status)
    {
        await using var c = await RawClient.StartAsync();

        var error = await c.ErrorAsync(HttpMethod.Get, url);

        Assert.Equal(status, error.Status);
        Assert.NotEmpty(error.Message);
    }

    [Fact]
    public async Task A_column_bound_to_a_global_choice_serves_the_global_choice_with_options_inserted_later()
    {
        await using var c = await RawClient.StartAsync();
        using (var set = await c.SendAsync(HttpMethod.Post, "GlobalOptionSetDefinitions",
            """{"@odata.type":"Microsoft.Dynamics.CRM.OptionSetMetadata","Name":"new_colors","OptionSetType":"Picklist","IsGlobal":true,"Options":[{"Value":727000000,"Label":{"LocalizedLabels":[{"Label":"Red","LanguageCode":1033}]}}]}"""))
            Assert.Equal(204, (int)set.StatusCode);
        using (var column = await c.SendAsync(HttpMethod.Post, Account + "/Attributes",
            """{"@odata.type":"Microsoft.Dynamics.CRM.PicklistAttributeMetadata","SchemaName":"new_Color","GlobalOptionSet@odata.bind":"/GlobalOptionSetDefinitions(Name='new_colors')"}"""))
            Assert.Equal(204, (int)column.StatusCode);
        await c.JsonAsync(HttpMethod.Post, "InsertOptionValue", """{"OptionSetName":"new_colors","Value":727000001,"Label":{"LocalizedLabels":[{"Label":"Blue","LanguageCode":1033}]}}""");

        var color = await c.JsonAsync(HttpMethod.Get, Account + "/Attributes(LogicalName='new_color')/Microsoft.Dynamics.CRM.PicklistAttributeMetadata?$select=LogicalName&$expand=OptionSet,GlobalOptionSet");
        var plain = await c.JsonAsync(HttpMethod.Get, Account + "/Attributes(LogicalName='new_color')");

        Assert.True(Guid.TryParse(color.GetProperty("MetadataId").GetString(), out _));
        Assert.Equal("new_colors", color.GetProperty("GlobalOptionSet").GetProperty("Name").GetString());
        Assert.Equal([727000000, 727000001], OptionValues(color.GetProperty("GlobalOptionSet")));
        Assert.Equal([727000000, 727000001], OptionValues(color.GetProperty("OptionSet")));
        Assert.DoesNotContain(plain.EnumerateObject(), p => p.Name.StartsWith('_'));
    }

    private static List<int> OptionValues(JsonElement optionSet) =>
        [.. optionSet.GetProperty("Options").EnumerateArray().Select(o => o.GetProperty("Value").GetInt32())];
}
