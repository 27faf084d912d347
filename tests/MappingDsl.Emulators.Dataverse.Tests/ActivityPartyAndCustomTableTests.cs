namespace MappingDsl.Emulators.Dataverse.Tests;

public sealed class ActivityPartyAndCustomTableTests
{
    [Fact]
    public async Task Activity_parties_are_deep_inserted_with_their_records_and_addresses()
    {
        await using var c = await RawClient.StartAsync();
        var contact = await c.CreateAsync("contacts", """{"lastname":"Doe"}""");

        var id = await c.CreateAsync("appointments", $$"""
            {"subject":"Kick-off","scheduledstart":"2025-03-20T15:00:00Z","scheduledend":"2025-03-20T16:00:00Z",
             "appointment_activity_parties":[
               {"partyid_contact@odata.bind":"/contacts({{contact}})","participationtypemask":5},
               {"addressused":"guest@example.com","participationtypemask":6}]}
            """);

        var record = await c.JsonAsync(HttpMethod.Get, $"appointments({id})?$expand=appointment_activity_parties");
        var parties = record.GetProperty("appointment_activity_parties").EnumerateArray().ToArray();
        Assert.Equal(2, parties.Length);
        Assert.Equal(contact.ToString(), parties[0].GetProperty("_partyid_value").GetString());
        Assert.Equal(5, parties[0].GetProperty("participationtypemask").GetInt32());
        Assert.Equal("guest@example.com", parties[1].GetProperty("addressused").GetString());
    }

    [Fact]
    public async Task A_party_bound_to_a_missing_record_or_without_any_party_is_refused()
    {
        await using var c = await RawClient.StartAsync();

        var missing = await c.ErrorAsync(HttpMethod.Post, "tasks",
            $$"""{"subject":"x","task_activity_parties":[{"partyid_contact@odata.bind":"/contacts({{Guid.NewGuid()}})","participationtypemask":5}]}""");
        var empty = await c.ErrorAsync(HttpMethod.Post, "tasks", """{"subject":"x","task_activity_parties":[{"participationtypemask":5}]}""");
        var notActivity = await c.ErrorAsync(HttpMethod.Post, "contacts", """{"lastname":"x","contact_activity_parties":[]}""");

        Assert.Equal(404, missing.Status);
        Assert.Equal(400, empty.Status);
        Assert.Equal(400, notActivity.Status);
    }

    [Fact]
    public async Task A_custom_table_accepts_an_original_created_on()
    {
        await using var c = await RawClient.StartAsync();
        using var table = await c.SendAsync(HttpMethod.Post, "EntityDefinitions", """
            {"SchemaName":"new_Thread","OwnershipType":"UserOwned",
             "Attributes":[{"@odata.type":"Microsoft.Dynamics.CRM.StringAttributeMetadata","SchemaName":"new_Name","AttributeType":"String","MaxLength":100,"IsPrimaryName":true}]}
            """);
        Assert.Equal(204, (int)table.StatusCode);

        var id = await c.CreateAsync("new_threads", """{"new_name":"t","overriddencreatedon":"2024-01-05T10:00:00Z"}""");

        var record = await c.JsonAsync(HttpMethod.Get, $"new_threads({id})");
        // The platform moves the original date into createdon; overriddencreatedon then records when it was migrated.
        Assert.StartsWith("2024-01-05T10:00:00", record.GetProperty("createdon").GetString(), StringComparison.Ordinal);
    }
}
