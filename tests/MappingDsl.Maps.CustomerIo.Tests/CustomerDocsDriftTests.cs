using MappingDsl.Docs;

namespace MappingDsl.Maps.CustomerIo.Tests;

/// <summary>The customer document checked in under docs/customers is exactly what the compiled pack renders, and it covers the scope.</summary>
public sealed class CustomerDocsDriftTests
{
    // The object rows of /work/shared/seeds/003_d94ab75c39546cb4.txt, as the scope names them.
    private static readonly string[] ScopeRows =
    [
        "Person (Profile)", "Company (Custom Object)", "Custom Event", "Trait (attribute)", "Segment", "Campaign / Journey",
        "Broadcast", "Custom Object (arbitrary type)", "Transactional Message", "Message Delivery Log",
    ];

    [Fact]
    public void Checked_in_mapping_document_matches_the_compiled_pack()
    {
        var path = Path.Combine(PackBuild.RepositoryRoot(), "docs", "customers", "customerio-mapping.md");
        var rendered = CustomerDocs.RenderMapping(CustomerIoPack.Catalog);
        if (Environment.GetEnvironmentVariable("UPDATE_BASELINES") == "1")
            File.WriteAllText(path, rendered);

        Assert.True(
            File.ReadAllText(path) == rendered,
            "docs/customers/customerio-mapping.md is out of date: run `dotnet run --project src/MappingDsl.Cli -- docs customerio --out docs/customers` or UPDATE_BASELINES=1 dotnet test.");
    }

    [Fact]
    public void The_document_lists_all_ten_scope_rows()
    {
        var document = CustomerDocs.RenderMapping(CustomerIoPack.Catalog);
        var objectTable = document[..document.IndexOf("## Load order", StringComparison.Ordinal)];

        foreach (var row in ScopeRows)
            Assert.Contains($"\n| {row} | ", objectTable, StringComparison.Ordinal);
        Assert.Contains("`cio_sourceid`", document, StringComparison.Ordinal);
    }
}
