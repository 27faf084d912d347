using System.Text;

namespace MappingDsl.Emulators.Dataverse.Tests;

public sealed class ProtocolTests
{
    [Fact]
    public async Task Create_returns_204_with_OData_EntityId_and_representation_returns_201()
    {
        await using var c = await RawClient.StartAsync();
        var id = await c.CreateAsync("accounts", """{"name":"A"}""");
        using var created = await c.SendAsync(HttpMethod.Post, "accounts?$select=name", """{"name":"B"}""", ("Prefer", "return=representation"));
        Assert.Equal(201, (int)created.StatusCode);
        Assert.Contains("\"name\":\"B\"", await created.Content.ReadAsStringAsync());
        var record = await c.JsonAsync(HttpMethod.Get, $"accounts({id})?$select=name");
        Assert.Equal("A", record.GetProperty("name").GetString());
    }

    [Fact]
    public async Task Metadata_reads_return_the_snapshot_in_web_api_shape()
    {
        await using var c = await RawClient.StartAsync();
        var contact = await c.JsonAsync(HttpMethod.Get, "EntityDefinitions(LogicalName='contact')?$expand=Attributes");
        Assert.Equal("contacts", contact.GetProperty("EntitySetName").GetString());
        var lastname = contact.GetProperty("Attributes").EnumerateArray().Single(a => a.GetProperty("LogicalName").GetString() == "lastname");
        Assert.Equal(50, lastname.GetProperty("MaxLength").GetInt32());
        var attributes = await c.JsonAsync(HttpMethod.Get, "EntityDefinitions(LogicalName='task')/Attributes");
        Assert.Contains(attributes.GetProperty("value").EnumerateArray(), a => a.GetProperty("LogicalName").GetString() == "subject");
    }

    [Fact]
    public async Task A_new_key_is_pending_until_its_delay_has_passed()
    {
        await using var c = await RawClient.StartAsync(new DataverseEmulatorOptions { KeyActivationDelay = TimeSpan.FromMilliseconds(400) });
        using var created = await c.SendAsync(HttpMethod.Post, "EntityDefinitions(LogicalName='account')/Keys", """{"SchemaName":"new_numberkey","KeyAttributes":["accountnumber"]}""");
        Assert.Equal(204, (int)created.StatusCode);
        var pending = await c.JsonAsync(HttpMethod.Get, "EntityDefinitions(LogicalName='account')/Keys");
        Assert.Equal("Pending", pending.GetProperty("value")[0].GetProperty("EntityKeyIndexStatus").GetString());
        var refused = await c.ErrorAsync(HttpMethod.Patch, "accounts(accountnumber='1')", """{"name":"x"}""");
        Assert.Equal(400, refused.Status);
        await Task.Delay(500);
        var active = await c.JsonAsync(HttpMethod.Get, "EntityDefinitions(LogicalName='account')/Keys");
        Assert.Equal("Active", active.GetProperty("value")[0].GetProperty("EntityKeyIndexStatus").GetString());
        using var upserted = await c.SendAsync(HttpMethod.Patch, "accounts(accountnumber='1')", """{"name":"x"}""");
        Assert.Equal(204, (int)upserted.StatusCode);
    }

    [Fact]
    public async Task Global_choice_and_InsertOptionValue_follow_the_documented_shapes()
    {
        await using var c = await RawClient.StartAsync();
        using var created = await c.SendAsync(HttpMethod.Post, "GlobalOptionSetDefinitions",
            """{"@odata.type":"Microsoft.Dynamics.CRM.OptionSetMetadata","Name":"new_colors","OptionSetType":"Picklist","Options":[{"Value":727000000,"Label":{"LocalizedLabels":[{"Label":"Red","LanguageCode":1033}]}}]}""");
        Assert.Equal(204, (int)created.StatusCode);
        var inserted = await c.JsonAsync(HttpMethod.Post, "InsertOptionValue", """{"OptionSetName":"new_colors","Label":{"LocalizedLabels":[{"Label":"Blue","LanguageCode":1033}]}}""");
        Assert.Equal(727000001, inserted.GetProperty("NewOptionValue").GetInt32());
        var set = await c.JsonAsync(HttpMethod.Get, "GlobalOptionSetDefinitions(Name='new_colors')");
        Assert.Equal(2, set.GetProperty("Options").GetArrayLength());
    }

    [Fact]
    public async Task Select_of_an_unknown_property_or_a_lookup_by_its_name_is_refused()
    {
        await using var c = await RawClient.StartAsync();
        var unknown = await c.ErrorAsync(HttpMethod.Get, "accounts?$select=Name");
        Assert.Equal((400, "0x0"), (unknown.Status, unknown.Code));
        Assert.Contains("Could not find a property named 'Name'", unknown.Message);
        var lookup = await c.ErrorAsync(HttpMethod.Get, "contacts?$select=parentcustomerid");
        Assert.Equal(400, lookup.Status);
    }

    [Fact]
    public async Task Filter_supports_comparisons_logic_functions_and_in()
    {
        await using var c = await RawClient.StartAsync();
        foreach (var (name, n) in new[] { ("Alpha", 1), ("Beta", 5), ("Gamma", 10), ("O'Neil", 20) })
            await c.CreateAsync("accounts", $$"""{"name":"{{name.Replace("'", "\\u0027")}}","numberofemployees":{{n}}}""");
        async Task<int> Count(string filter) =>
            (await c.JsonAsync(HttpMethod.Get, "accounts?$count=true&$filter=" + Uri.EscapeDataString(filter))).GetProperty("@odata.count").GetInt32();
        Assert.Equal(2, await Count("numberofemployees gt 1 and numberofemployees le 10"));
        Assert.Equal(2, await Count("numberofemployees lt 5 or name eq 'Gamma'"));
        Assert.Equal(3, await Count("numberofemployees ne 5"));
        Assert.Equal(1, await Count("name eq 'O''Neil'"));
        Assert.Equal(1, await Count("endswith(name,'mma')"));
        Assert.Equal(2, await Count("contains(name,'a') and not startswith(name,'a')"));
        Assert.Equal(2, await Count("name in ('alpha','Beta','Zeta')"));
        Assert.Equal(2, await Count("Microsoft.Dynamics.CRM.In(PropertyName='name',PropertyValues=['Alpha','Gamma'])"));
    }

    [Fact]
    public async Task Batch_with_bare_line_feeds_is_refused_as_unreadable()
    {
        await using var c = await RawClient.StartAsync();
        var body = "--b\nContent-Type: application/http\n\nGET accounts HTTP/1.1\n\n--b--\n";
        var request = new StringContent(body, Encoding.UTF8);
        request.Headers.ContentType = System.Net.Http.Headers.MediaTypeHeaderValue.Parse("multipart/mixed; boundary=b");
        using var http = new HttpClient { BaseAddress = c.Emulator.ServiceRoot };
        http.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", "raw");
        using var response = await http.PostAsync("$batch", request);
        Assert.Equal(400, (int)response.StatusCode);
        Assert.Contains("0x80048d19", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Batch_without_continue_on_error_stops_at_the_first_failure()
    {
        await using var c = await RawClient.StartAsync();
        var body = string.Join("\r\n",
            "--batch_1", "Content-Type: application/http", "Content-Transfer-Encoding: binary", "",
            "POST accounts HTTP/1.1", "Content-Type: application/json; type=entry", "", """{"bad":1}""",
            "--batch_1", "Content-Type: application/http", "Content-Transfer-Encoding: binary", "",
            "POST accounts HTTP/1.1", "Content-Type: application/json; type=entry", "", """{"name":"never"}""",
            "--batch_1--", "");
        var content = new StringContent(body, Encoding.UTF8);
        content.Headers.ContentType = System.Net.Http.Headers.MediaTypeHeaderValue.Parse("multipart/mixed; boundary=batch_1");
        using var http = new HttpClient { BaseAddress = c.Emulator.ServiceRoot };
        http.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", "raw");
        using var response = await http.PostAsync("$batch", content);
        Assert.Equal(400, (int)response.StatusCode);
        Assert.Equal(0, c.Emulator.Count("account"));
    }
}
