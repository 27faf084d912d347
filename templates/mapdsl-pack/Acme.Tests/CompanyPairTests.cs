using System.Text;
using System.Text.Json;
using Acme.Pack;
using MappingDsl;

namespace Acme.Tests;

public class CompanyPairTests
{
    [Fact]
    public void A_company_becomes_an_account_with_its_name_website_and_tier()
    {
        var json = """{"id":7,"name":"Northwind","website":"https://northwind.example","tier":"Gold","ownerEmail":"emulator@localhost"}""";
        var writer = new RecordWriter(new MapContext(new InMemoryLookupResolver()));

        var outcome = AcmePack.Catalog.Transform(nameof(AcmePack.Companies)).Transform(Encoding.UTF8.GetBytes(json), writer);

        Assert.Equal(TransformStatus.Written, outcome.Status);
        var body = JsonDocument.Parse(Assert.Single(writer.Records).Body).RootElement;
        Assert.Equal("Northwind", body.GetProperty("name").GetString());
        Assert.Equal("https://northwind.example", body.GetProperty("websiteurl").GetString());
        Assert.Equal("Gold", body.GetProperty("pubprefix_tier").GetString());
    }

    [Fact]
    public void Every_sample_company_transforms()
    {
        var sample = Path.Combine(AppContext.BaseDirectory, "..", "..", "..", "..", "sample", "company.jsonl");
        var lines = File.ReadAllLines(sample).Where(line => line.Length > 0).ToArray();
        Assert.NotEmpty(lines);
        foreach (var line in lines)
        {
            var writer = new RecordWriter(new MapContext(new InMemoryLookupResolver()));
            var outcome = AcmePack.Catalog.Transform(nameof(AcmePack.Companies)).Transform(Encoding.UTF8.GetBytes(line), writer);
            Assert.True(outcome.Status == TransformStatus.Written, outcome.Reason);
        }
    }
}
