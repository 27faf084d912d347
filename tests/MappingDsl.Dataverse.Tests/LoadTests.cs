using MappingDsl.Dataverse.Loading;
using MappingDsl.Dataverse.Query;
using MappingDsl.Dataverse.Throughput;
using MappingDsl.Emulators.Dataverse;
using static MappingDsl.Dataverse.Tests.Harness;

namespace MappingDsl.Dataverse.Tests;

public sealed class LoadTests
{
    [Fact]
    public async Task Twenty_thousand_contacts_with_lookups_load_under_scaled_limits_with_none_lost_or_duplicated()
    {
        await using var h = await StartAsync(new DataverseEmulatorOptions { Limits = ServiceProtectionLimits.Scaled(0.01) });
        await h.AddSourceIdAsync(Account);
        await h.AddSourceIdAsync(Contact);
        var loader = new BulkLoader(h.Client, new AdaptiveThroughput());
        var accounts = await loader.UpsertAsync(new BulkLoadOptions(Account, SourceId), Records.Stream(Enumerable.Range(0, 1000).Select(Records.Account)));
        Assert.All(accounts, a => Assert.True(a.Succeeded));
        var accountIds = accounts.OrderBy(a => int.Parse(a.SourceKey[1..])).Select(a => a.Id!.Value).ToArray();

        const int count = 20_000;
        var contacts = await loader.UpsertAsync(new BulkLoadOptions(Contact, SourceId),
            Records.Stream(Enumerable.Range(0, count).Select(i => Records.Contact(i, accountIds[i % accountIds.Length]))));
        Assert.Equal(count, contacts.Count(c => c.Succeeded));

        var stored = await h.Client.QueryAsync("contacts", new ODataQuery { Select = [SourceId, "_parentcustomerid_value"], PageSize = 5000 }).ToListAsync();
        Assert.Equal(count, stored.Count);
        Assert.Equal(count, stored.Select(s => s.GetProperty(SourceId).GetString()).Distinct().Count());
        var parents = stored.ToDictionary(s => s.GetProperty(SourceId).GetString()!, s => s.GetProperty("_parentcustomerid_value").GetGuid());
        Assert.Equal(accountIds[12_345 % 1000], parents["C12345"]);
        var ids = stored.ToDictionary(s => s.GetProperty(SourceId).GetString()!, s => s.GetProperty("contactid").GetGuid());
        Assert.All(contacts, c => Assert.Equal(ids[c.SourceKey], c.Id));
    }
}
