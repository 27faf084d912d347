using MappingDsl.Catalog;
using MappingDsl.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using static MappingDsl.Generators.Tests.Packs.PackRunner;

namespace MappingDsl.Generators.Tests.Packs;

/// <summary><c>[MapPack(InventoryCulture = …)]</c>: the culture <c>m.Cell</c> formats inventory numbers and dates in.</summary>
public sealed class InventoryCultureTests
{
    private static string Pack(string culture) => $$"""
        using System;
        using System.Text.Json.Serialization;
        using MappingDsl;

        namespace Test.Orders;

        public sealed record SmOrder([SourceKey] string Id, decimal? Total, DateTimeOffset? PlacedAt, int? Lines);

        [JsonSerializable(typeof(SmOrder))]
        public sealed partial class OrderJson : JsonSerializerContext;

        [MapPack("orders", Publisher = "sm", Source = "Orders", JsonContext = typeof(OrderJson){{culture}})]
        public static partial class OrderPack
        {
            [Pair("Order", Module = "orders", TargetDescription = "Inventory")]
            public static InventoryRow Orders(SmOrder s, MapContext m) => new()
            {
                ["Id"] = s.Id,
                ["Total"] = m.Cell(s.Total, "N2"),
                ["Placed"] = m.Cell(s.PlacedAt, "d"),
                ["Lines"] = m.Cell(s.Lines),
            };
        }
        """;

    private static IReadOnlyList<KeyValuePair<string, string?>> Cells(string culture, string json)
    {
        var run = PackRunner.Run(PackRunner.Compile(Pack(culture)));
        DiagnosticAssert.None(run.Result.Diagnostics);
        var type = GeneratorHarness.Load(run.Output).GetType("Test.Orders.OrderPack", throwOnError: true)!;
        var catalog = (MapCatalog)type.GetProperty("Catalog")!.GetValue(null)!;
        using var writer = new RecordWriter(new MapContext(new InMemoryLookupResolver()));

        catalog.Transform("Orders").Transform(System.Text.Encoding.UTF8.GetBytes(json), writer);

        return Assert.Single(writer.Inventory).Row.Cells;
    }

    private const string Order = """{"Id":"o1","Total":1234.5,"PlacedAt":"2026-12-03T10:00:00+00:00","Lines":1200}""";

    [Fact]
    public void Without_a_setting_cells_are_formatted_in_the_invariant_culture()
    {
        var cells = Cells("", Order);

        Assert.Equal(["o1", "1,234.50", "12/03/2026", "1200"], cells.Select(c => c.Value));
    }

    [Fact]
    public void The_pack_culture_formats_every_inventory_cell()
    {
        var cells = Cells(", InventoryCulture = \"de-DE\"", Order);

        Assert.Equal(["o1", "1.234,50", "03.12.2026", "1200"], cells.Select(c => c.Value));
    }

    [Fact]
    public void A_missing_value_is_an_empty_cell()
    {
        var cells = Cells(", InventoryCulture = \"de-DE\"", """{"Id":"o2"}""");

        Assert.Equal(["o2", null, null, null], cells.Select(c => c.Value));
    }

    [Fact]
    public void A_name_not_shaped_like_a_culture_is_MDSL061_at_the_pack_class()
    {
        var pack = Pack(", InventoryCulture = \"German (Germany)\"");

        var run = PackRunner.Run(PackRunner.Compile(pack));

        var at = At(pack, "OrderPack");
        DiagnosticAssert.Exactly(run.Result.Diagnostics,
            new DiagnosticAssert.Expected("MDSL061", DiagnosticSeverity.Error, at.Line, at.Column, "'German (Germany)'"));
    }
}
