namespace MappingDsl.Emulators.Dataverse.Tests.Conformance;

// Each test: a request and the answer the documentation gives (sources in docs/dataverse.md, "Value rules").
public sealed class ValueRuleConformanceTests
{
    private static async Task<System.Text.Json.JsonElement> Created(RawClient c, string set, string body, string select)
    {
        var id = await c.CreateAsync(set, body);
        return await c.JsonAsync(HttpMethod.Get, $"{set}({id})?$select={select}");
    }

    // The Web API deserialises a payload against the column's EDM type: a string is not an Edm.Int32 (0x80048d19).
    [Fact]
    public async Task A_string_in_a_whole_number_column_is_a_payload_error()
    {
        await using var c = await RawClient.StartAsync();
        var (status, code, message) = await c.ErrorAsync(HttpMethod.Post, "accounts", """{"name":"A","numberofemployees":"12"}""");
        Assert.Equal((400, "0x80048d19"), (status, code));
        Assert.Contains("Edm.Int32", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_number_in_a_text_column_is_a_payload_error()
    {
        await using var c = await RawClient.StartAsync();
        var (status, code, _) = await c.ErrorAsync(HttpMethod.Post, "accounts", """{"name":42}""");
        Assert.Equal((400, "0x80048d19"), (status, code));
    }

    // A choice column takes only the values of its option set (PicklistAttributeMetadata.OptionSet.Options).
    [Fact]
    public async Task A_choice_value_the_column_does_not_have_is_refused()
    {
        await using var c = await RawClient.StartAsync();
        var (status, _, message) = await c.ErrorAsync(HttpMethod.Post, "accounts", """{"name":"A","accountcategorycode":99}""");
        Assert.Equal(400, status);
        Assert.Contains("accountcategorycode", message, StringComparison.Ordinal);
        var ok = await Created(c, "accounts", """{"name":"B","accountcategorycode":2}""", "accountcategorycode");
        Assert.Equal(2, ok.GetProperty("accountcategorycode").GetInt32());
    }

    // IntegerAttributeMetadata.MinValue/MaxValue bound the column (contact.numberofchildren: 0 … 1 000 000 000).
    [Fact]
    public async Task A_number_outside_MinValue_and_MaxValue_is_refused()
    {
        await using var c = await RawClient.StartAsync();
        var (status, _, message) = await c.ErrorAsync(HttpMethod.Post, "contacts", """{"lastname":"L","numberofchildren":-1}""");
        Assert.Equal(400, status);
        Assert.Contains("outside the valid range", message, StringComparison.Ordinal);
    }

    // Money and decimal values keep the column's Precision (contact.creditlimit: 2 decimals).
    [Fact]
    public async Task Money_is_rounded_to_the_column_precision()
    {
        await using var c = await RawClient.StartAsync();
        var row = await Created(c, "contacts", """{"lastname":"L","creditlimit":10.125}""", "creditlimit");
        Assert.Equal(10.13m, row.GetProperty("creditlimit").GetDecimal());
    }

    // "Dataverse stores all date and time values in UTC" (UserLocal behaviour), to the second.
    [Fact]
    public async Task A_user_local_date_and_time_is_stored_in_UTC_to_the_second()
    {
        await using var c = await RawClient.StartAsync();
        var row = await Created(c, "tasks", """{"subject":"S","scheduledend":"2024-03-01T10:15:30.789+02:00"}""", "scheduledend");
        Assert.Equal("2024-03-01T08:15:30Z", row.GetProperty("scheduledend").GetString());
    }

    // DateOnly behaviour stores no time part: the value is an Edm.Date.
    [Fact]
    public async Task A_date_only_column_takes_a_date_and_refuses_a_date_and_time()
    {
        await using var c = await RawClient.StartAsync();
        var row = await Created(c, "contacts", """{"lastname":"L","birthdate":"1990-05-17"}""", "birthdate");
        Assert.Equal("1990-05-17", row.GetProperty("birthdate").GetString());
        var (status, code, _) = await c.ErrorAsync(HttpMethod.Post, "contacts", """{"lastname":"L","birthdate":"1990-05-17T10:00:00Z"}""");
        Assert.Equal((400, "0x80048d19"), (status, code));
    }

    // "All date and time columns in Dataverse support values as early as 1/1/1753 12:00 AM."
    [Fact]
    public async Task A_date_before_1753_is_refused()
    {
        await using var c = await RawClient.StartAsync();
        var (status, _, _) = await c.ErrorAsync(HttpMethod.Post, "tasks", """{"subject":"S","scheduledend":"1700-01-01T00:00:00Z"}""");
        Assert.Equal(400, status);
    }

    // overriddencreatedon: createdon takes the value sent; overriddencreatedon holds when the record was migrated
    // (reference §4.3; community-reported, UNCONFIRMED in official docs).
    [Fact]
    public async Task Overridden_created_on_becomes_created_on()
    {
        await using var c = await RawClient.StartAsync();
        var row = await Created(c, "accounts", """{"name":"A","overriddencreatedon":"2019-06-01T12:00:00Z"}""", "createdon,overriddencreatedon");
        Assert.Equal("2019-06-01T12:00:00Z", row.GetProperty("createdon").GetString());
        Assert.NotEqual("2019-06-01T12:00:00Z", row.GetProperty("overriddencreatedon").GetString());
    }
}
