using MappingDsl.Catalog;
using MappingDsl.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using static MappingDsl.Generators.Tests.Packs.PackRunner;

namespace MappingDsl.Generators.Tests.Packs;

/// <summary><c>[Pair(BatchSize = …)]</c> reaches the compiled catalog; values outside 1..5000 are MDSL062.</summary>
public sealed class PairBatchSizeTests
{
    private static string Pairs(string batchSize) => Pack($$"""
        [Pair("Company", Module = "company"{{batchSize}})]
        public static Account Company(SmCompany s, MapContext m) => new() { Name = s.Name ?? "x", OwnerId = m.Owner(s.OwnerEmail) };

        [Pair("Contact", Module = "contact")]
        public static Contact People(SmContact s, MapContext m) => new() { LastName = s.LastName ?? "x", OwnerId = m.Owner(s.OwnerEmail) };
        """);

    [Fact]
    public void The_batch_size_reaches_the_catalog_and_an_unset_one_stays_null()
    {
        var run = RunPack(Pairs(", BatchSize = 5000"));

        DiagnosticAssert.None(run.Result.Diagnostics);
        var pack = GeneratorHarness.Load(run.Output).GetType("Test.Salesmate.P", throwOnError: true)!;
        var catalog = (MapCatalog)pack.GetProperty("Catalog")!.GetValue(null)!;
        Assert.Equal(5000, catalog.Pairs.Single(p => p.Name == "Company").BatchSize);
        Assert.Null(catalog.Pairs.Single(p => p.Name == "People").BatchSize);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(10_000)]
    public void MDSL062_batch_size_outside_1_to_5000(int size)
    {
        var source = Pairs($", BatchSize = {size}");

        var error = Assert.Single(RunPack(source).Result.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);

        Assert.Equal("MDSL062", error.Id);
        Assert.Contains($"BatchSize {size} of pair 'Company'", error.GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }
}
