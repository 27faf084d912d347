using System.Text;
using System.Text.Json;
using MappingDsl.Sources.Discovery;

namespace MappingDsl.Sources.Tests;

public class DiscoverySnapshotJsonTests
{
    private static DiscoverySnapshot Sample()
    {
        var snapshot = new DiscoverySnapshot { Source = "salesmate", TakenAt = new DateTimeOffset(2025, 3, 1, 12, 0, 0, TimeSpan.Zero) };
        snapshot.Objects["contact"] = new ObjectStats { Count = 42 };
        snapshot.Values["deal.stage"] = ["New", "Won"];
        snapshot.CustomFields.Add(new CustomFieldInfo { Module = "contact", Name = "selectCustomField1", Label = "Channel", Type = "Select", Options = ["Email", "SMS"] });
        snapshot.Tags.Distinct = 2;
        snapshot.Tags.Values = ["vip", "smb"];
        snapshot.Owners.Add(new OwnerInfo { Email = "ava@x.test", Name = "Ava", Active = true });
        return snapshot;
    }

    [Fact]
    public void Writes_the_documented_camel_case_shape()
    {
        using var document = JsonDocument.Parse(DiscoverySnapshotJson.ToUtf8(Sample()));
        var root = document.RootElement;

        Assert.Equal("salesmate", root.GetProperty("source").GetString());
        Assert.Equal(42, root.GetProperty("objects").GetProperty("contact").GetProperty("count").GetInt64());
        Assert.Equal("Won", root.GetProperty("values").GetProperty("deal.stage")[1].GetString());
        var field = root.GetProperty("customFields")[0];
        Assert.Equal(["module", "name", "label", "type", "options", "recordModules", "filled", "fillRate"], field.EnumerateObject().Select(p => p.Name));
        Assert.Equal(2, root.GetProperty("tags").GetProperty("distinct").GetInt32());
        Assert.Equal(["email", "name", "active"], root.GetProperty("owners")[0].EnumerateObject().Select(p => p.Name));
    }

    [Fact]
    public async Task Round_trips_through_a_file()
    {
        var path = Path.Combine(Path.GetTempPath(), "mdsl-" + Guid.NewGuid().ToString("N"), "salesmate.discovery.json");
        try
        {
            await DiscoverySnapshotJson.WriteFileAsync(Sample(), path, CancellationToken.None);
            var read = await DiscoverySnapshotJson.ReadFileAsync(path, CancellationToken.None);

            Assert.Equal(Sample().TakenAt, read.TakenAt);
            Assert.Equal(42, read.Objects["contact"].Count);
            Assert.Equal(["Email", "SMS"], read.CustomFields[0].Options);
            Assert.Equal(["vip", "smb"], read.Tags.Values);
            Assert.True(read.Owners[0].Active);
        }
        finally
        {
            Directory.Delete(Path.GetDirectoryName(path)!, recursive: true);
        }
    }

    [Fact]
    public void Bad_snapshot_json_is_an_invalid_data_error()
    {
        var error = Assert.Throws<InvalidDataException>(() => DiscoverySnapshotJson.Parse(Encoding.UTF8.GetBytes("{\"source\":")));

        Assert.Contains("not valid", error.Message, StringComparison.Ordinal);
    }
}
