using System.Text.Json;

namespace MappingDsl.Emulators.Dataverse.Tests.Conformance;

// $orderby on metadata collections: metadata is queried "using the same techniques described in Query data using the
// Web API" (query-metadata-web-api), which orders with $orderby asc/desc (query-data-web-api); the page lists no
// variation for it (that an org honours it there is UNCONFIRMED, docs/dataverse.md). Alternate keys: "Alternate keys
// use database indexes to enforce uniqueness", built by a background job whose EntityKeyIndexStatus is Pending, In
// Progress, Active or Failed (define-alternate-keys-entity, "Monitor index creation"), so existing rows that collide
// fail the index and existing rows that do not are found by the key once it is Active. Concurrency: an org serves
// requests in parallel ("Most scenarios will be fastest sending single requests with a high degree of parallelism",
// api-limits, reference §1.3) and a key is unique however the requests interleave.
public sealed class OrderKeyIndexAndConcurrencyConformanceTests
{
    private static List<string> Names(JsonElement page, string property) =>
        [.. page.GetProperty("value").EnumerateArray().Select(i => i.GetProperty(property).GetString()!)];

    [Fact]
    public async Task Orderby_sorts_every_metadata_collection_ascending_or_descending()
    {
        await using var c = await RawClient.StartAsync(new DataverseEmulatorOptions { KeyActivationDelay = TimeSpan.Zero });
        foreach (var (schema, column) in new[] { ("new_b_key", "accountnumber"), ("new_a_key", "telephone1"), ("new_c_key", "fax") })
        {
            using var key = await c.SendAsync(HttpMethod.Post, "EntityDefinitions(LogicalName='account')/Keys", $$"""{"SchemaName":"{{schema}}","KeyAttributes":["{{column}}"]}""");
            Assert.Equal(204, (int)key.StatusCode);
        }

        var tables = Names(await c.JsonAsync(HttpMethod.Get, "EntityDefinitions?$select=LogicalName&$orderby=LogicalName desc"), "LogicalName");
        var columns = Names(await c.JsonAsync(HttpMethod.Get, "EntityDefinitions(LogicalName='task')/Attributes?$select=LogicalName&$orderby=LogicalName"), "LogicalName");
        var relationships = Names(await c.JsonAsync(HttpMethod.Get, "EntityDefinitions(LogicalName='task')/ManyToOneRelationships?$select=SchemaName&$orderby=SchemaName desc"), "SchemaName");
        var keys = Names(await c.JsonAsync(HttpMethod.Get, "EntityDefinitions(LogicalName='account')/Keys?$select=SchemaName&$orderby=SchemaName"), "SchemaName");
        var required = await c.JsonAsync(HttpMethod.Get, "EntityDefinitions(LogicalName='account')/Attributes?$select=LogicalName,RequiredLevel&$orderby=RequiredLevel/Value desc,LogicalName");

        Assert.True(tables.Count > 10 && columns.Count > 10 && relationships.Count > 2, $"{tables.Count} tables, {columns.Count} columns, {relationships.Count} relationships");
        Assert.Equal(tables.OrderDescending(StringComparer.OrdinalIgnoreCase), tables);
        Assert.Equal(columns.Order(StringComparer.OrdinalIgnoreCase), columns);
        Assert.Equal(relationships.OrderDescending(StringComparer.OrdinalIgnoreCase), relationships);
        Assert.Equal(["new_a_key", "new_b_key", "new_c_key"], keys);
        var levels = required.GetProperty("value").EnumerateArray()
            .Select(a => (Level: a.GetProperty("RequiredLevel").GetProperty("Value").GetString()!, Name: a.GetProperty("LogicalName").GetString()!)).ToList();
        Assert.True(levels.Select(l => l.Level).Distinct().Count() > 1, "every account column has the same required level");
        Assert.Equal(levels.OrderByDescending(l => l.Level, StringComparer.OrdinalIgnoreCase).ThenBy(l => l.Name, StringComparer.OrdinalIgnoreCase), levels);
    }

    [Fact]
    public async Task A_key_whose_existing_rows_collide_fails_and_one_without_collisions_finds_the_existing_rows()
    {
        await using var c = await RawClient.StartAsync(new DataverseEmulatorOptions { KeyActivationDelay = TimeSpan.FromMilliseconds(50) });
        // The same value for the default collation (case-insensitive), and distinct account numbers.
        var first = await c.CreateAsync("accounts", """{"name":"Contoso","accountnumber":"A-1"}""");
        await c.CreateAsync("accounts", """{"name":"contoso","accountnumber":"A-2"}""");

        using var byName = await c.SendAsync(HttpMethod.Post, "EntityDefinitions(LogicalName='account')/Keys", """{"SchemaName":"new_namekey","KeyAttributes":["name"]}""");
        using var byNumber = await c.SendAsync(HttpMethod.Post, "EntityDefinitions(LogicalName='account')/Keys", """{"SchemaName":"new_numberkey","KeyAttributes":["accountnumber"]}""");
        Assert.Equal((204, 204), ((int)byName.StatusCode, (int)byNumber.StatusCode));
        // The index job runs in the background: poll until neither key is Pending.
        var settled = await StatusesAsync(c);
        for (var i = 0; i < 100 && settled.ContainsValue("Pending"); i++)
        {
            await Task.Delay(20);
            settled = await StatusesAsync(c);
        }
        var found = await c.JsonAsync(HttpMethod.Get, "accounts(accountnumber='A-1')?$select=name");
        var refused = await c.ErrorAsync(HttpMethod.Get, "accounts(name='Contoso')?$select=name");

        Assert.Equal(("Failed", "Active"), (settled["new_namekey"], settled["new_numberkey"]));
        Assert.Equal(first.ToString(), found.GetProperty("accountid").GetString());
        Assert.Equal(400, refused.Status);
        Assert.Contains("Failed", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Concurrent_upserts_of_one_key_leave_exactly_one_row()
    {
        await using var c = await RawClient.StartAsync(new DataverseEmulatorOptions { KeyActivationDelay = TimeSpan.Zero });
        using (var key = await c.SendAsync(HttpMethod.Post, "EntityDefinitions(LogicalName='account')/Keys", """{"SchemaName":"new_numberkey","KeyAttributes":["accountnumber"]}"""))
            Assert.Equal(204, (int)key.StatusCode);

        var upserts = await Task.WhenAll(Enumerable.Range(0, 40).Select(i => c.SendAsync(HttpMethod.Patch, "accounts(accountnumber='SAME-1')", $$"""{"name":"writer {{i}}"}""")));

        Assert.All(upserts, r => Assert.Equal(204, (int)r.StatusCode));
        foreach (var response in upserts)
            response.Dispose();
        var rows = await c.JsonAsync(HttpMethod.Get, "accounts?$select=accountnumber,name");
        var row = Assert.Single(rows.GetProperty("value").EnumerateArray());
        Assert.Equal("SAME-1", row.GetProperty("accountnumber").GetString());
        Assert.StartsWith("writer ", row.GetProperty("name").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_read_is_answered_while_a_long_write_is_still_running()
    {
        await using var c = await RawClient.StartAsync();
        var existing = await c.CreateAsync("accounts", """{"name":"already here"}""");
        // The bulk is held open inside its write transaction, its rows inserted but not committed, until the reads
        // have been answered: no reliance on the write being slow, so machine load cannot reorder the two.
        var writing = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        c.Emulator.BeforeCommit = () =>
        {
            writing.TrySetResult();
            release.Task.Wait();
        };
        var rows = string.Join(",", Enumerable.Range(0, 3).Select(i => $$"""{"name":"n{{i}}","@odata.type":"Microsoft.Dynamics.CRM.account"}"""));
        var bulk = c.SendAsync(HttpMethod.Post, "accounts/Microsoft.Dynamics.CRM.CreateMultiple", $$"""{"Targets":[{{rows}}]}""");
        JsonElement read, count;
        try
        {
            await writing.Task.WaitAsync(Bound);
            // Only a bound on the failure: reads served by the held writer never answer, and would hang the test.
            read = await c.JsonAsync(HttpMethod.Get, $"accounts({existing})?$select=name").WaitAsync(Bound);
            count = await c.JsonAsync(HttpMethod.Get, "accounts?$select=name&$count=true").WaitAsync(Bound);
            Assert.False(bulk.IsCompleted, "the bulk write finished before it was released");
        }
        finally
        {
            release.TrySetResult();
        }
        using var written = await bulk;

        Assert.Equal("already here", read.GetProperty("name").GetString());
        // The read saw the last committed state: the bulk's rows are not there until it commits.
        Assert.Equal(1, count.GetProperty("@odata.count").GetInt32());
        Assert.Equal(200, (int)written.StatusCode);
        Assert.Equal(4, c.Emulator.Count("account"));
    }

    // How long a read may take while a write is held before the test calls it blocked: far beyond any read's time.
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(60);

    private static async Task<Dictionary<string, string>> StatusesAsync(RawClient c) =>
        (await c.JsonAsync(HttpMethod.Get, "EntityDefinitions(LogicalName='account')/Keys?$select=LogicalName,EntityKeyIndexStatus"))
            .GetProperty("value").EnumerateArray()
            .ToDictionary(k => k.GetProperty("LogicalName").GetString()!, k => k.GetProperty("EntityKeyIndexStatus").GetString()!);
}
