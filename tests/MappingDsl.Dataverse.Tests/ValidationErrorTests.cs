using System.Net;
using MappingDsl.Emulators.Dataverse;
using static MappingDsl.Dataverse.Tests.Harness;

namespace MappingDsl.Dataverse.Tests;

public sealed class ValidationErrorTests
{
    private static async Task<DataverseException> CreateFails(Harness h, string set, string body) =>
        await Assert.ThrowsAsync<DataverseException>(() => h.Client.CreateAsync(set, Json(body)));

    [Fact]
    public async Task Unknown_column_is_refused_with_invalid_property()
    {
        await using var h = await StartAsync();
        var ex = await CreateFails(h, "accounts", """{"Name":"x"}""");
        Assert.Equal(HttpStatusCode.BadRequest, ex.Status);
        Assert.Equal("0x0", ex.Code);
        Assert.Contains("Invalid property 'Name' was found in entity 'Microsoft.Dynamics.CRM.account'", ex.ErrorMessage);
    }

    [Fact]
    public async Task Wrong_navigation_property_is_0x80048d19()
    {
        await using var h = await StartAsync();
        var account = await h.Client.CreateAsync("accounts", Json("""{"name":"A"}"""));
        var ex = await CreateFails(h, "contacts", $$"""{"lastname":"x","parentcustomerid@odata.bind":"/accounts({{account}})"}""");
        Assert.Equal("0x80048d19", ex.Code);
        Assert.Contains("An undeclared property 'parentcustomerid'", ex.ErrorMessage);
    }

    [Fact]
    public async Task Text_over_max_length_is_0x80044331()
    {
        await using var h = await StartAsync();
        var ex = await CreateFails(h, "tasks", $$"""{"subject":"{{new string('s', 201)}}"}""");
        Assert.Equal("0x80044331", ex.Code);
        Assert.Equal("A validation error occurred.  The length of the 'subject' attribute of the 'task' entity exceeded the maximum allowed length of '200'.", ex.ErrorMessage);
    }

    [Fact]
    public async Task Lookup_to_a_missing_record_is_0x80040217()
    {
        await using var h = await StartAsync();
        var missing = Guid.NewGuid();
        var ex = await CreateFails(h, "contacts", $$"""{"lastname":"x","parentcustomerid_account@odata.bind":"/accounts({{missing}})"}""");
        Assert.Equal("0x80040217", ex.Code);
        Assert.Contains(missing.ToString(), ex.ErrorMessage);
    }

    [Fact]
    public async Task Missing_system_required_column_is_refused()
    {
        await using var h = await StartAsync();
        var ex = await CreateFails(h, "businessunits", """{"description":"no name"}""");
        Assert.Equal(HttpStatusCode.BadRequest, ex.Status);
        Assert.Contains("'name'", ex.ErrorMessage);
    }

    [Fact]
    public async Task Statecode_on_create_is_refused_when_configured_and_ignored_otherwise()
    {
        await using (var strict = await StartAsync())
        {
            var ex = await CreateFails(strict, "tasks", """{"subject":"t","statecode":1}""");
            Assert.Contains("statecode", ex.ErrorMessage);
        }
        await using var lenient = await StartAsync(new DataverseEmulatorOptions { RejectStateCodeOnCreate = false });
        var id = await lenient.Client.CreateAsync("tasks", Json("""{"subject":"t","statecode":1}"""));
        Assert.Equal(0, (await lenient.Client.RetrieveAsync("tasks", id))!.Value.GetProperty("statecode").GetInt32());
    }

    [Fact]
    public async Task Owner_that_is_a_disabled_user_is_refused()
    {
        var disabled = Guid.NewGuid();
        var active = Guid.NewGuid();
        await using var h = await StartAsync(new DataverseEmulatorOptions
        {
            Users = [new SeedUser(disabled, "gone@contoso.com", "Gone", IsDisabled: true), new SeedUser(active, "here@contoso.com", "Here")],
        });
        var ex = await CreateFails(h, "accounts", $$"""{"name":"x","ownerid@odata.bind":"/systemusers({{disabled}})"}""");
        Assert.Contains("is disabled", ex.ErrorMessage);
        var id = await h.Client.CreateAsync("accounts", Json($$"""{"name":"x","ownerid@odata.bind":"/systemusers({{active}})"}"""));
        Assert.Equal(active, (await h.Client.RetrieveAsync("accounts", id))!.Value.GetProperty("_ownerid_value").GetGuid());
    }

    [Fact]
    public async Task Duplicate_alternate_key_on_create_is_0x80040237()
    {
        await using var h = await StartAsync();
        await h.AddSourceIdAsync(Account);
        await h.Client.CreateAsync("accounts", Json("""{"name":"a","new_sourceid":"K1"}"""));
        var ex = await CreateFails(h, "accounts", """{"name":"b","new_sourceid":"K1"}""");
        Assert.Equal(HttpStatusCode.PreconditionFailed, ex.Status);
        Assert.Equal("0x80040237", ex.Code);
    }

    [Fact]
    public async Task Unknown_entity_set_is_404_resource_not_found()
    {
        await using var h = await StartAsync();
        var ex = await CreateFails(h, "Account", """{"name":"x"}""");
        Assert.Equal("0x8006088a", ex.Code);
    }
}
