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
        var hint = Assert.Single(run.Result.GeneratedSources).HintName;
        Assert.Equal("Test.Salesmate.SalesmatePack.g.cs", hint);
        Baseline.Match("Packs", "SalesmatePack.g.cs", run.Source(hint));
        Assert.Empty(run.Output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning));
    }
}
