using System.Net;
using MappingDsl.Dataverse.Query;
using static MappingDsl.Dataverse.Tests.Harness;

namespace MappingDsl.Dataverse.Tests;

public sealed class RecordOperationTests
{
    [Fact]
    public async Task Create_then_retrieve_returns_the_written_columns()
    {
        await using var h = await StartAsync();
        var id = await h.Client.CreateAsync("accounts", Json("""{"name":"Contoso","telephone1":"555"}"""));
        var record = await h.Client.RetrieveAsync("accounts", id, ["name", "telephone1"]);
        Assert.NotNull(record);
        Assert.Equal("Contoso", record.Value.GetProperty("name").GetString());
        Assert.Equal(id, record.Value.GetProperty("accountid").GetGuid());
    }

    [Fact]
    public async Task Update_changes_a_column_and_update_of_a_missing_record_is_404()
    {
        await using var h = await StartAsync();
        var id = await h.Client.CreateAsync("accounts", Json("""{"name":"Old"}"""));
        await h.Client.UpdateAsync("accounts", id, Json("""{"name":"New"}"""));
        Assert.Equal("New", (await h.Client.RetrieveAsync("accounts", id))!.Value.GetProperty("name").GetString());
        var ex = await Assert.ThrowsAsync<DataverseException>(() => h.Client.UpdateAsync("accounts", Guid.NewGuid(), Json("""{"name":"x"}""")));
        Assert.Equal(HttpStatusCode.NotFound, ex.Status);
        Assert.Equal("0x80040217", ex.Code);
    }

    [Fact]
    public async Task Upsert_by_alternate_key_creates_once_then_updates_the_same_record()
    {
        await using var h = await StartAsync();
        await h.AddSourceIdAsync(Account);
        var first = await h.Client.UpsertAsync(Account, SourceId, "A-1", Json("""{"name":"One"}"""));
        var second = await h.Client.UpsertAsync(Account, SourceId, "A-1", Json("""{"name":"Uno"}"""));
        Assert.Equal(first, second);
        Assert.Equal("Uno", (await h.Client.RetrieveAsync("accounts", first))!.Value.GetProperty("name").GetString());
        Assert.Equal("A-1", (await h.Client.RetrieveAsync("accounts", first))!.Value.GetProperty(SourceId).GetString());
        var created = await Assert.ThrowsAsync<DataverseException>(() => h.Client.UpsertAsync(Account, SourceId, "A-1", Json("{}"), UpsertMode.CreateOnly));
        Assert.Equal(HttpStatusCode.PreconditionFailed, created.Status);
        Assert.Equal("0x80040237", created.Code);
        var updated = await Assert.ThrowsAsync<DataverseException>(() => h.Client.UpsertAsync(Account, SourceId, "nope", Json("{}"), UpsertMode.UpdateOnly));
        Assert.Equal(HttpStatusCode.NotFound, updated.Status);
    }

    [Fact]
    public async Task Key_values_with_quotes_and_spaces_round_trip()
    {
        await using var h = await StartAsync();
        await h.AddSourceIdAsync(Account);
        var id = await h.Client.UpsertAsync(Account, SourceId, "O'Brien and Sons 7", Json("""{"name":"Quote"}"""));
        var again = await h.Client.UpsertAsync(Account, SourceId, "O'Brien and Sons 7", Json("""{"name":"Quote 2"}"""));
        Assert.Equal(id, again);
    }

    [Fact]
    public async Task Key_values_with_characters_that_break_key_addressing_are_refused_by_the_org()
    {
        // define-alternate-keys-entity: / < > * % & : \ ? + in a key value break addressing by key.
        await using var h = await StartAsync();
        await h.AddSourceIdAsync(Account);
        var ex = await Assert.ThrowsAsync<DataverseException>(() => h.Client.UpsertAsync(Account, SourceId, "O'Brien & Sons", Json("""{"name":"Amp"}""")));
        Assert.Equal(400, (int)ex.Status);
    }

    [Fact]
    public async Task Delete_removes_the_record()
    {
        await using var h = await StartAsync();
        var id = await h.Client.CreateAsync("accounts", Json("""{"name":"Gone"}"""));
        await h.Client.DeleteAsync("accounts", id);
        Assert.Null(await h.Client.RetrieveAsync("accounts", id));
    }

    [Fact]
    public async Task Query_filters_orders_and_follows_next_links()
    {
        await using var h = await StartAsync();
        for (var i = 0; i < 25; i++) await h.Client.CreateAsync("accounts", Json($$"""{"name":"Acc {{i:00}}","numberofemployees":{{i}}}"""));
        var all = await h.Client.QueryAsync("accounts", new ODataQuery { Select = ["name"], PageSize = 10 }).ToListAsync();
        Assert.Equal(25, all.Count);
        var filtered = await h.Client.QueryAsync("accounts", new ODataQuery
        {
            Filter = "numberofemployees ge 10 and (startswith(name,'Acc 1') or name eq 'Acc 24')",
            OrderBy = "numberofemployees desc",
            PageSize = 3,
        }).Select(r => r.GetProperty("name").GetString()).ToListAsync();
        Assert.Equal(["Acc 24", "Acc 19", "Acc 18", "Acc 17", "Acc 16", "Acc 15", "Acc 14", "Acc 13", "Acc 12", "Acc 11", "Acc 10"], filtered);
        var top = await h.Client.QueryAsync("accounts", new ODataQuery { Filter = "name in ('Acc 01','Acc 02','Acc 03')", Top = 2 }).ToListAsync();
        Assert.Equal(2, top.Count);
    }

    [Fact]
    public async Task Lookups_come_back_as_underscore_value_properties()
    {
        await using var h = await StartAsync();
        var account = await h.Client.CreateAsync("accounts", Json("""{"name":"Parent"}"""));
        var contact = await h.Client.CreateAsync("contacts", Json($$"""{"lastname":"Kid","parentcustomerid_account@odata.bind":"/accounts({{account}})"}"""));
        var record = await h.Client.RetrieveAsync("contacts", contact, ["lastname", "_parentcustomerid_value"]);
        Assert.Equal(account, record!.Value.GetProperty("_parentcustomerid_value").GetGuid());
        var found = await h.Client.QueryAsync("contacts", new ODataQuery { Filter = $"_parentcustomerid_value eq {account}" }).ToListAsync();
        Assert.Single(found);
    }

    [Fact]
    public async Task SetState_and_opportunity_close_actions_change_state()
    {
        await using var h = await StartAsync();
        var task = await h.Client.CreateAsync("tasks", Json("""{"subject":"Call back"}"""));
        await h.Client.SetStateAsync("tasks", task, 1, 5);
        var closed = await h.Client.RetrieveAsync("tasks", task, ["statecode", "statuscode"]);
        Assert.Equal(1, closed!.Value.GetProperty("statecode").GetInt32());
        Assert.Equal(5, closed.Value.GetProperty("statuscode").GetInt32());
        var won = await h.Client.CreateAsync("opportunities", Json("""{"name":"Big deal"}"""));
        var lost = await h.Client.CreateAsync("opportunities", Json("""{"name":"Small deal"}"""));
        await h.Client.WinOpportunityAsync(won);
        await h.Client.LoseOpportunityAsync(lost, 5);
        Assert.Equal(3, (await h.Client.RetrieveAsync("opportunities", won))!.Value.GetProperty("statuscode").GetInt32());
        Assert.Equal(2, (await h.Client.RetrieveAsync("opportunities", lost))!.Value.GetProperty("statecode").GetInt32());
    }

    [Fact]
    public async Task SetStates_closes_tasks_and_opportunities_in_one_batch_and_names_each_refusal()
    {
        await using var h = await StartAsync();
        var task = await h.Client.CreateAsync("tasks", Json("""{"subject":"Call back"}"""));
        var won = await h.Client.CreateAsync("opportunities", Json("""{"name":"Big deal"}"""));
        var lost = await h.Client.CreateAsync("opportunities", Json("""{"name":"Small deal"}"""));
        var missing = Guid.NewGuid();

        var errors = await h.Client.SetStatesAsync([
            new StateChange("tasks", task, 1, 5),
            new StateChange("tasks", missing, 1, 5),
            new StateChange("opportunities", won, 1, null),
            new StateChange("opportunities", lost, 2, 5),
        ]);

        Assert.Null(errors[0]);
        Assert.NotNull(errors[1]);
        Assert.Null(errors[2]);
        Assert.Null(errors[3]);
        Assert.Equal(5, (await h.Client.RetrieveAsync("tasks", task))!.Value.GetProperty("statuscode").GetInt32());
        Assert.Equal(3, (await h.Client.RetrieveAsync("opportunities", won))!.Value.GetProperty("statuscode").GetInt32());
        Assert.Equal(5, (await h.Client.RetrieveAsync("opportunities", lost))!.Value.GetProperty("statuscode").GetInt32());
    }
}
