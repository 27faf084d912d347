using MappingDsl.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace MappingDsl.Generators.Tests.Packs;

public sealed class MapPackOutputTests
{
    [Fact]
    public void Complete_pack_generates_the_baseline_and_compiles_clean()
    {
        var run = PackRunner.RunComplete();

        DiagnosticAssert.None(run.Result.Diagnostics);
        Assert.Empty(run.GeneratorDiagnostics);
        var hint = run.Result.GeneratedSources.PackFile().HintName;
        Assert.Equal("Test.Salesmate.SalesmatePack.g.cs", hint);
        Baseline.Match("Packs", "SalesmatePack.g.cs", run.Source(hint));
        Assert.Empty(run.Output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning));
    }

    [Fact]
    public void Every_pair_that_writes_records_gets_a_direct_write_twin_the_catalog_uses()
    {
        var run = PackRunner.RunComplete();

        // The inventory pair (SmartFlow) writes rows, not records: it keeps the entity path only.
        Assert.Equal(
            ["Test.Salesmate.SalesmatePack.Company.Direct.g.cs", "Test.Salesmate.SalesmatePack.Contact.Direct.g.cs", "Test.Salesmate.SalesmatePack.Deal.Direct.g.cs"],
            run.Result.GeneratedSources.Select(s => s.HintName).Where(h => h.EndsWith(".Direct.g.cs", StringComparison.Ordinal)).Order(StringComparer.Ordinal));
        Baseline.Match("Packs", "SalesmatePack.Contact.Direct.g.cs", run.Source("Test.Salesmate.SalesmatePack.Contact.Direct.g.cs"));
        var pack = run.Source("Test.Salesmate.SalesmatePack.g.cs");
        Assert.Contains("new ContactTransform.Direct(),", pack, StringComparison.Ordinal);
        Assert.Contains("new SmartFlowTransform(),", pack, StringComparison.Ordinal);
    }
}
