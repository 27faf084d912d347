namespace MappingDsl.Emulators.Dataverse.Tests.Conformance;

// Binds are accepted exactly through the navigation properties the metadata declares.
// Sources: shared/reference/dataverse-metadata/README.md Known gaps 3 and 4 (an activity's owner binds through
// ownerid_<activity>; no document says the inherited plain name is accepted); dataverse-web-api.md §4.1 and §6.2
// (an undeclared navigation property in a payload is 400 0x80048d19, "An undeclared property ... which only has
// property annotations").
public sealed class BindNameConformanceTests
{
    private static readonly Guid User = Guid.Parse("b0000000-0000-0000-0000-0000000000aa");

    private static DataverseEmulatorOptions Options() => new() { Users = [new SeedUser(User, "ann@contoso.com", "Ann")] };

    [Fact]
    public async Task Task_owner_bound_through_plain_ownerid_is_refused_as_an_undeclared_navigation_property()
    {
        await using var c = await RawClient.StartAsync(Options());

        var (status, code, message) = await c.ErrorAsync(HttpMethod.Post, "tasks", $$"""{"subject":"Call back","ownerid@odata.bind":"/systemusers({{User}})"}""");

        Assert.Equal(400, status);
        Assert.Equal("0x80048d19", code);
        Assert.Contains("An undeclared property 'ownerid'", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Task_owner_bound_through_ownerid_task_is_stored_as_the_owner()
    {
        await using var c = await RawClient.StartAsync(Options());

        var id = await c.CreateAsync("tasks", $$"""{"subject":"Call back","ownerid_task@odata.bind":"/systemusers({{User}})"}""");

        var task = await c.JsonAsync(HttpMethod.Get, $"tasks({id})?$select=_ownerid_value");
        Assert.Equal(User, task.GetProperty("_ownerid_value").GetGuid());
    }

    [Theory]
    [InlineData("accounts", """{"name":"A"}""", "ownerid")]
    [InlineData("phonecalls", """{"subject":"S"}""", "ownerid_phonecall")]
    [InlineData("appointments", """{"subject":"S"}""", "ownerid_appointment")]
    [InlineData("emails", """{"subject":"S"}""", "ownerid_email")]
    public async Task Owner_binds_through_the_name_each_table_declares(string set, string body, string navigation)
    {
        await using var c = await RawClient.StartAsync(Options());
        var json = body[..^1] + $$""","{{navigation}}@odata.bind":"/systemusers({{User}})"}""";

        var id = await c.CreateAsync(set, json);

        var record = await c.JsonAsync(HttpMethod.Get, $"{set}({id})?$select=_ownerid_value");
        Assert.Equal(User, record.GetProperty("_ownerid_value").GetGuid());
    }

    [Fact]
    public async Task Activity_system_lookups_refuse_the_names_activitypointer_owns()
    {
        await using var c = await RawClient.StartAsync(Options());

        var (status, code, _) = await c.ErrorAsync(HttpMethod.Post, "phonecalls", """{"subject":"S","transactioncurrencyid@odata.bind":"/transactioncurrencies(00000000-0000-0000-0000-000000000001)"}""");

        Assert.Equal((400, "0x80048d19"), (status, code));
    }

    [Fact]
    public async Task The_owner_relationship_is_listed_with_its_navigation_property_as_an_org_lists_it()
    {
        await using var c = await RawClient.StartAsync();

        var task = await c.JsonAsync(HttpMethod.Get, "EntityDefinitions(LogicalName='task')?$select=LogicalName&$expand=ManyToOneRelationships");

        var owner = task.GetProperty("ManyToOneRelationships").EnumerateArray().Single(r => r.GetProperty("ReferencingAttribute").GetString() == "ownerid");
        Assert.Equal("owner", owner.GetProperty("ReferencedEntity").GetString());
        Assert.Equal("ownerid_task", owner.GetProperty("ReferencingEntityNavigationPropertyName").GetString());
    }
}
