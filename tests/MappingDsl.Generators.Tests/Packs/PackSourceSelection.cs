using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace MappingDsl.Generators.Tests.Packs;

/// <summary>Picks the pack's own generated file among the pairs' direct-write twins (<c>{Pack}.{Pair}.Direct.g.cs</c>).</summary>
internal static class PackSourceSelection
{
    public static GeneratedSourceResult PackFile(this ImmutableArray<GeneratedSourceResult> sources) =>
        Assert.Single(sources, s => !s.HintName.EndsWith(".Direct.g.cs", StringComparison.Ordinal));
}
