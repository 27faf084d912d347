using Microsoft.CodeAnalysis;
using static MappingDsl.Generators.Tests.Packs.PackRunner;

namespace MappingDsl.Generators.Tests.Packs;

/// <summary>Configuration inventories run in phase 0; LoadLast pairs load after every other loading pair (MDSL028).</summary>
public sealed class PhaseOrderTests
{
    private static string Pairs(string configures, string flowShape = "InventoryRow SmartFlow(SmSmartFlowMembership s, MapContext m) => new() { [\"Flow\"] = s.FlowName }") => Pack($$"""
        [Pair("Company", Module = "company", LoadLast = true)]
        public static Account Company(SmCompany s, MapContext m) => new() { Name = s.Name ?? "x", OwnerId = m.Owner(s.OwnerEmail) };

        [Pair("Deal", Module = "deal")]
        public static Opportunity Deal(SmDeal s, MapContext m) => new() { Name = s.Title, OwnerId = m.Owner(s.OwnerEmail) };

        [Pair("Contact", Module = "contact")]
        public static Contact People(SmContact s, MapContext m) => new() { LastName = s.LastName ?? "x", OwnerId = m.Owner(s.OwnerEmail) };

        [Pair("Pipelines", Module = "smartflow"{{configures}})]
        public static {{flowShape}};
        """);

    [Fact]
    public void A_configuring_inventory_runs_in_phase_0_and_a_load_last_pair_after_the_others()
    {
        var run = RunPack(Pairs(", Configures = nameof(Deal)"));

        DiagnosticAssert.None(run.Result.Diagnostics);
        var generated = string.Concat(run.Result.GeneratedSources.Select(s => s.SourceText.ToString()));
        Assert.Contains("new global::MappingDsl.Catalog.PhaseInfo(0, new string[] { \"SmartFlow\" })", generated, StringComparison.Ordinal);
        Assert.Contains("new global::MappingDsl.Catalog.PhaseInfo(1, new string[] { \"Deal\", \"People\" })", generated, StringComparison.Ordinal);
        Assert.Contains("new global::MappingDsl.Catalog.PhaseInfo(2, new string[] { \"Company\" })", generated, StringComparison.Ordinal);
        Assert.Contains("{ Configures = new string[] { \"Deal\" } }", generated, StringComparison.Ordinal);
    }

    [Fact]
    public void MDSL028_configures_names_no_pair_or_sits_on_a_loading_pair()
    {
        var unknown = Pairs(", Configures = \"Opportunities\"");
        var loading = Pairs(", Configures = nameof(Deal)", "Account SmartFlow(SmSmartFlowMembership s, MapContext m) => new() { Name = s.FlowName ?? \"x\", OwnerId = m.Owner(s.ContactEmail) }");

        var first = Assert.Single(RunPack(unknown).Result.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
        var second = Assert.Single(RunPack(loading).Result.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);

        Assert.Equal(("MDSL028", "MDSL028"), (first.Id, second.Id));
        Assert.Contains("'Opportunities'", first.GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
        Assert.Contains("documentation-only", second.GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }
}
