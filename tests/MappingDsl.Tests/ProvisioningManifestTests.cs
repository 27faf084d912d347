using MappingDsl.Catalog;

namespace MappingDsl.Tests;

public sealed class ProvisioningManifestTests
{
    [Fact]
    public void Manifest_round_trips_through_its_json_shape()
    {
        var manifest = new ProvisioningManifest(
            "salesmate",
            "sm",
            DataverseEdition.SalesProfessional,
            [new ManifestTable("sm_TeamInboxThread", "sm_teaminboxthread", "Team Inbox thread", "Team Inbox threads", "sm_Name", 200)],
            [new ManifestColumn("lead", "sm_SourceId", "sm_sourceid", ColumnType.String, "Source id", 100, 0, [], "", "")],
            [new ManifestChoice("sm_tags", "Tags", [new ManifestOption(100000000, "VIP")])],
            [new ManifestKey("lead", "sm_SourceIdKey", "sm_sourceidkey", ["sm_sourceid"])]);

        var json = manifest.ToJson();
        var parsed = ProvisioningManifest.Parse(json);

        Assert.Contains("\"edition\": \"SalesProfessional\"", json, StringComparison.Ordinal);
        Assert.Contains("\"type\": \"String\"", json, StringComparison.Ordinal);
        Assert.Equal(manifest.Pack, parsed.Pack);
        Assert.Equal(manifest.Tables, parsed.Tables);
        Assert.Equal("sm_sourceid", Assert.Single(parsed.Columns).LogicalName);
        Assert.Equal(["sm_sourceid"], Assert.Single(parsed.Keys).Columns);
        Assert.Equal(15, ProvisioningManifest.CustomTableLimit(parsed.Edition));
        Assert.Null(ProvisioningManifest.CustomTableLimit(DataverseEdition.SalesEnterprise));
    }
}
