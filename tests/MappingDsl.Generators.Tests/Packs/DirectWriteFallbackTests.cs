using MappingDsl.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace MappingDsl.Generators.Tests.Packs;

/// <summary>Shapes the direct-write twin cannot reproduce exactly keep the transform through the pair method.</summary>
public sealed class DirectWriteFallbackTests
{
    [Fact]
    public void A_split_written_as_a_switch_keeps_the_entity_path_and_the_other_pairs_keep_their_twins()
    {
        var pack = PackSources.Pack
            .Replace("s.LifecycleStage is \"subscriber\" or \"lead\" or \"mql\"", "s.LifecycleStage switch { \"subscriber\" or \"lead\" or \"mql\" =>", StringComparison.Ordinal)
            .Replace("? new Lead {", "new Lead {", StringComparison.Ordinal)
            .Replace(": new Contact {", ", _ => new Contact {", StringComparison.Ordinal)
            .Replace("OwnerId = m.Owner(s.OwnerEmail) };", "OwnerId = m.Owner(s.OwnerEmail) } };", StringComparison.Ordinal);

        var run = PackRunner.Run(PackRunner.Compile(PackSources.Entities, PackSources.Records, pack), PackSources.Discovery);

        DiagnosticAssert.None(run.Result.Diagnostics);
        Assert.Empty(run.CompilationErrors);
        var twins = run.Result.GeneratedSources.Select(s => s.HintName).Where(h => h.EndsWith(".Direct.g.cs", StringComparison.Ordinal));
        Assert.Equal(["Test.Salesmate.SalesmatePack.Company.Direct.g.cs", "Test.Salesmate.SalesmatePack.Deal.Direct.g.cs"], twins.Order(StringComparer.Ordinal));
        Assert.Contains("new ContactTransform(),", run.Source("Test.Salesmate.SalesmatePack.g.cs"), StringComparison.Ordinal);
    }
}
