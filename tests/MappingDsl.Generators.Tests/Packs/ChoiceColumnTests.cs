using System.Text;
using MappingDsl.Catalog;
using MappingDsl.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using static MappingDsl.Generators.Tests.Packs.DiagnosticAssert;

namespace MappingDsl.Generators.Tests.Packs;

/// <summary>
/// A multi-select choice column whose options come from a discovery list: provisioned and written with the values the
/// snapshot fixed while the list is under the column's limit, left out (MDSL017) at or over it, an error (MDSL016)
/// when the snapshot lacks the list.
/// </summary>
public sealed class ChoiceColumnTests
{
    private const string Entities = """
        using System.Collections.Generic;
        using MappingDsl;

        namespace Test.TagEntities;

        [CustomTable("sm_Tagged", "Tagged", "Tagged", PrimaryName = "sm_Name")]
        public sealed partial class Tagged
        {
            [CustomColumn(ColumnType.String, MaxLength = 100)] public string? sm_Name { get; set; }
            [CustomColumn(ColumnType.Memo, MaxLength = 4000)] public string? sm_Tags { get; set; }
            [CustomColumn(ColumnType.MultiSelectPicklist, Label = "Tag set", Choices = "tags", ChoicesBelow = 3)] public IReadOnlyList<string>? sm_TagSet { get; set; }
        }
        """;

    private const string Pack = """
        using System.Text.Json.Serialization;
        using MappingDsl;
        using Test.TagEntities;

        namespace Test.TagPack;

        public sealed record SmItem([SourceKey] int Id, string? Name, string? Tags);

        [JsonSerializable(typeof(SmItem))]
        public sealed partial class TagJson : JsonSerializerContext;

        [MapPack("salesmate", Publisher = "sm", Source = "Salesmate", JsonContext = typeof(TagJson))]
        public static partial class TagPack
        {
            [Pair("Item")]
            public static Tagged Items(SmItem s, MapContext m) => new()
            {
                sm_Name = s.Name,
                sm_Tags = s.Tags,
                sm_TagSet = s.Tags?.Split(','),
            };
        }
        """;

    // Values as an earlier discovery assigned them: not in label order, so the test sees they are taken, not recomputed.
    private const string TwoTags = """{"source":"salesmate","choices":{"tags":{"vip":100000001,"hot":100000000}}}""";

    private static GeneratorRun Run(string discovery) =>
        PackRunner.Run(PackRunner.Compile(PackSources.Entities, PackSources.Records, Entities, Pack), discovery);

    [Fact]
    public void Under_the_limit_the_column_is_provisioned_with_the_discovered_values_and_written_from_labels()
    {
        var run = Run(TwoTags);
        None(run.Result.Diagnostics);
        Assert.Empty(run.Output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning));
        var catalog = Load(run);

        var column = Assert.Single(ProvisioningManifest.Parse(catalog.ManifestJson).Columns, c => c.LogicalName == "sm_tagset");
        Assert.Equal(ColumnType.MultiSelectPicklist, column.Type);
        Assert.Equal([(100000000, "hot"), (100000001, "vip")], column.Options.Select(o => (o.Value, o.Label)).OrderBy(o => o.Value));

        using var writer = new RecordWriter(new MapContext(new InMemoryLookupResolver()));
        Assert.Equal(TransformStatus.Written, catalog.Transform("Items").Transform("""{"Id":1,"Name":"A","Tags":"vip,new,hot,vip"}"""u8, writer).Status);
        var record = Assert.Single(writer.Records);
        Assert.Equal("""{"sm_sourceid":"1","sm_name":"A","sm_tags":"vip,new,hot,vip","sm_tagset":"100000001,100000000"}""", Encoding.UTF8.GetString(record.Body.Span));
        // A tag that appeared after discovery is flagged, not lost: the text column still has it.
        Assert.Contains(record.Flags, f => f.Contains("'new'", StringComparison.Ordinal) && f.Contains("sm_tagset", StringComparison.Ordinal));
    }

    [Fact]
    public void At_the_limit_the_column_is_left_out_of_the_manifest_and_the_transform()
    {
        var run = Run("""{"source":"salesmate","choices":{"tags":{"hot":100000000,"vip":100000001,"cold":100000002}}}""");
        Exactly(run.Result.Diagnostics, new Expected("MDSL017", DiagnosticSeverity.Info, 20, 9, "'tags' has 3 values, at or above the column's limit of 3"));
        var catalog = Load(run);

        Assert.DoesNotContain(ProvisioningManifest.Parse(catalog.ManifestJson).Columns, c => c.LogicalName == "sm_tagset");
        using var writer = new RecordWriter(new MapContext(new InMemoryLookupResolver()));
        catalog.Transform("Items").Transform("""{"Id":1,"Name":"A","Tags":"vip"}"""u8, writer);
        Assert.Equal("""{"sm_sourceid":"1","sm_name":"A","sm_tags":"vip"}""", Encoding.UTF8.GetString(Assert.Single(writer.Records).Body.Span));
    }

    [Fact]
    public void A_list_the_snapshot_does_not_have_is_MDSL016_at_the_assignment()
    {
        var run = Run("""{"source":"salesmate","choices":{"labels":{"hot":100000000}}}""");
        Exactly(run.Result.Diagnostics, new Expected("MDSL016", DiagnosticSeverity.Error, 20, 9, "discovery list 'tags'"));
    }

    private static MapCatalog Load(GeneratorRun run)
    {
        var type = GeneratorHarness.Load(run.Output).GetType("Test.TagPack.TagPack", throwOnError: true)!;
        return (MapCatalog)type.GetProperty("Catalog")!.GetValue(null)!;
    }
}
