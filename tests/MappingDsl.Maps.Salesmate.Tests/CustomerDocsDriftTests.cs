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

    [Fact]
    public void The_mapping_document_states_the_deviations_a_customer_signs_off()
    {
        var rendered = CustomerDocs.RenderMapping(SalesmatePack.Catalog);
        var deviations = rendered[rendered.IndexOf("## Deviations from the scope", StringComparison.Ordinal)..];

        // Any stage the split does not name (the seed's "Other" among them) becomes a lead: the split asks the
        // lifecycle matrix, whose fallback is the lead.
        Assert.Contains("| Contact | Split: records where `LifecycleRoute(s.LifecycleStage, m) is ContactRoute.Contact` become contact; every other record", deviations, StringComparison.Ordinal);
        Assert.Contains("| Lifecycle stage → lead or contact | A value outside the matrix becomes ContactRoute.Lead. |", deviations, StringComparison.Ordinal);
        Assert.Contains("becomes lead.", deviations, StringComparison.Ordinal);
        Assert.Contains("| Deal | opportunity.customerid points to a Companies or Contacts record", deviations, StringComparison.Ordinal);
        Assert.Contains("| Company | `LastModifiedAt` is not migrated", deviations, StringComparison.Ordinal);
        Assert.Contains("`losses.csv`", rendered, StringComparison.Ordinal);
        Assert.True(rendered.IndexOf("## Load order", StringComparison.Ordinal) < rendered.IndexOf("## Deviations from the scope", StringComparison.Ordinal));
    }
}
