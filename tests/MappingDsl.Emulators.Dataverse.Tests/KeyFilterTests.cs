namespace MappingDsl.Emulators.Dataverse.Tests;

/// <summary>A filter on a single-column alternate key reads its rows through the key index, a chunk of values a query.</summary>
public sealed class KeyFilterTests
{
    [Fact]
    public async Task An_In_filter_on_a_key_column_returns_every_held_value_across_chunks_and_none_of_the_missing()
    {
        await using var c = await RawClient.StartAsync(new DataverseEmulatorOptions { KeyActivationDelay = TimeSpan.Zero });
        using var key = await c.SendAsync(HttpMethod.Post, "EntityDefinitions(LogicalName='account')/Keys", """{"SchemaName":"new_numberkey","KeyAttributes":["accountnumber"]}""");
        Assert.Equal(204, (int)key.StatusCode);
        // More values than one lookup statement takes (100), so the rows come from two chunks, the second one short.
        var held = Enumerable.Range(0, 150).Select(i => "N" + i.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToList();
        foreach (var number in held)
            await c.CreateAsync("accounts", $$"""{"name":"A {{number}}","accountnumber":"{{number}}"}""");
        var asked = new[] { "Missing", "N999" }.Concat(held.Where((_, i) => i % 5 != 1)).ToList();
        var filter = $"Microsoft.Dynamics.CRM.In(PropertyName='accountnumber',PropertyValues=[{string.Join(',', asked.Select(v => $"'{v}'"))}])";
        var page = await c.JsonAsync(HttpMethod.Get, "accounts?$select=accountnumber&$filter=" + Uri.EscapeDataString(filter));
        var found = page.GetProperty("value").EnumerateArray().Select(r => r.GetProperty("accountnumber").GetString()).ToList();
        Assert.Equal(held.Where((_, i) => i % 5 != 1), found);
    }
}
