using MappingDsl.Docs;

namespace MappingDsl.Maps.Salesmate.Tests;

/// <summary>The customer docs checked in under docs/customers are exactly what the compiled pack renders.</summary>
public sealed class CustomerDocsDriftTests
{
    [Fact]
    public void Checked_in_mapping_document_matches_the_compiled_pack()
    {
        var path = Path.Combine(PackSources.RepositoryRoot(), "docs", "customers", "salesmate-mapping.md");
        var rendered = CustomerDocs.RenderMapping(SalesmatePack.Catalog);
        if (Environment.GetEnvironmentVariable("UPDATE_BASELINES") == "1")
            File.WriteAllText(path, rendered);

        Assert.True(
            File.ReadAllText(path) == rendered,
            "docs/customers/salesmate-mapping.md is out of date: run `dotnet run --project src/MappingDsl.Cli -- docs salesmate --out docs/customers` or UPDATE_BASELINES=1 dotnet test.");
    }
}
