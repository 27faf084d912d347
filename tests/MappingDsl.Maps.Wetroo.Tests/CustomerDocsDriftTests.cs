using MappingDsl.Docs;

namespace MappingDsl.Maps.Wetroo.Tests;

/// <summary>The customer document checked in under docs/customers is exactly what the compiled pack renders, and it covers the scope.</summary>
public sealed class CustomerDocsDriftTests
{
    // The object rows of /work/shared/seeds/000_0d0fa7be8cb81ed1.txt, as the scope names them.
    private static readonly string[] ScopeRows = ["Contact", "Lead", "Deal", "Pipeline", "Pipeline Stages", "Custom Fields", "User / Owner", "Teams"];

    [Fact]
    public void Checked_in_mapping_document_matches_the_compiled_pack()
    {
        var path = Path.Combine(PackSources.RepositoryRoot(), "docs", "customers", "wetroo-mapping.md");
        var rendered = CustomerDocs.RenderMapping(WetrooPack.Catalog);
        if (Environment.GetEnvironmentVariable("UPDATE_BASELINES") == "1")
            File.WriteAllText(path, rendered);

        Assert.True(
            File.ReadAllText(path) == rendered,
            "docs/customers/wetroo-mapping.md is out of date: run `dotnet run --project src/MappingDsl.Cli -- docs wetroo --out docs/customers` or UPDATE_BASELINES=1 dotnet test.");
    }

    [Fact]
    public void The_document_lists_every_scope_row_the_playbook_inventory_and_the_whatsapp_limitation()
    {
        var document = CustomerDocs.RenderMapping(WetrooPack.Catalog);
        var objectTable = document[..document.IndexOf("## Load order", StringComparison.Ordinal)];

        foreach (var row in ScopeRows)
            Assert.Contains($"\n| {row} | ", objectTable, StringComparison.Ordinal);
        Assert.Contains("\n| Automation Playbook | ", objectTable, StringComparison.Ordinal);
        Assert.Contains("WhatsApp conversation history", document, StringComparison.Ordinal);
        Assert.Contains("`wt_sourceid`", document, StringComparison.Ordinal);
    }
}
