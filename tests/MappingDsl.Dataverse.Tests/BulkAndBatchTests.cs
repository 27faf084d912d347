using MappingDsl.Dataverse.Batch;
using static MappingDsl.Dataverse.Tests.Harness;

namespace MappingDsl.Dataverse.Tests;

public sealed class BulkAndBatchTests
{
    [Fact]
    public async Task CreateMultiple_UpdateMultiple_and_UpsertMultiple_write_every_target()
    {
        await using var h = await StartAsync();
        await h.AddSourceIdAsync(Account);
        var ids = await h.Client.CreateMultipleAsync(Account, [Json("""{"name":"a"}"""), Json("""{"name":"b"}""")]);
        Assert.Equal(2, ids.Count);
        await h.Client.UpdateMultipleAsync(Account, [Json($$"""{"accountid":"{{ids[0]}}","name":"a2"}"""), Json($$"""{"accountid":"{{ids[1]}}","name":"b2"}""")]);
        Assert.Equal("b2", (await h.Client.RetrieveAsync("accounts", ids[1]))!.Value.GetProperty("name").GetString());
        await h.Client.UpsertMultipleAsync(Account,
        [
            new UpsertTarget("accounts(new_sourceid='S1')", Json("""{"name":"s1"}""")),
            new UpsertTarget(null, Json("""{"name":"s2","new_sourceid":"S2"}""")),
        ]);
        await h.Client.UpsertMultipleAsync(Account, [new UpsertTarget("accounts(new_sourceid='S1')", Json("""{"name":"s1 again"}"""))]);
        Assert.Equal(4, h.Emulator.Count("account"));
    }

    [Fact]
    public async Task A_bulk_request_with_one_bad_target_writes_nothing()
    {
        await using var h = await StartAsync();
        var ex = await Assert.ThrowsAsync<DataverseException>(() => h.Client.CreateMultipleAsync(new TableInfo("task", "tasks", "activityid"),
            [Json("""{"subject":"ok"}"""), Json($$"""{"subject":"{{new string('x', 300)}}"}""")]));
        Assert.Equal("0x80044331", ex.Code);
        Assert.Equal(0, h.Emulator.Count("task"));
    }

    [Fact]
    public async Task A_change_set_can_reference_an_earlier_part_by_content_id()
    {
        await using var h = await StartAsync();
        var results = await h.Client.ExecuteBatchAsync(
        [
            new BatchOperation(HttpMethod.Post, "accounts", Json("""{"name":"Parent"}""")),
            new BatchOperation(HttpMethod.Post, "contacts", Json("""{"lastname":"Child","parentcustomerid_account@odata.bind":"$1"}""")),
        ], BatchMode.ChangeSet);
        Assert.All(results, r => Assert.True(r.Succeeded));
        var contact = await h.Client.RetrieveAsync("contacts", results[1].EntityId!.Value);
        Assert.Equal(results[0].EntityId, contact!.Value.GetProperty("_parentcustomerid_value").GetGuid());
    }

    [Fact]
    public async Task A_failing_change_set_rolls_back_every_part()
    {
        await using var h = await StartAsync();
        var results = await h.Client.ExecuteBatchAsync(
        [
            new BatchOperation(HttpMethod.Post, "accounts", Json("""{"name":"ok"}""")),
            new BatchOperation(HttpMethod.Post, "accounts", Json("""{"nope":"bad"}""")),
        ], BatchMode.ChangeSet);
        Assert.All(results, r => Assert.False(r.Succeeded));
        Assert.Equal(0, h.Emulator.Count("account"));
    }

    [Fact]
    public async Task Continue_on_error_runs_every_part_and_reports_each_failure()
    {
        await using var h = await StartAsync();
        var results = await h.Client.ExecuteBatchAsync(
        [
            new BatchOperation(HttpMethod.Post, "accounts", Json("""{"name":"one"}""")),
            new BatchOperation(HttpMethod.Post, "tasks", Json($$"""{"subject":"{{new string('x', 201)}}"}""")),
            new BatchOperation(HttpMethod.Post, "accounts", Json("""{"name":"three"}""")),
            new BatchOperation(HttpMethod.Get, "accounts?$select=name"),
        ], BatchMode.ContinueOnError);
        Assert.True(results[0].Succeeded);
        Assert.Equal(400, results[1].Status);
        Assert.Equal("0x80044331", results[1].ErrorCode);
        Assert.True(results[2].Succeeded);
        Assert.Contains("three", results[3].Body);
        Assert.Equal(2, h.Emulator.Count("account"));
    }
}
