using System.Text;
using MappingDsl.Catalog;
using MappingDsl.Generators.Tests.Infrastructure;

namespace MappingDsl.Generators.Tests.Packs;

/// <summary>
/// Custom tables that declare their identity columns once, in a base class, and a <c>[SharedColumns]</c> method typed
/// on that base class setting them: the inherited primary name keeps its length and the inherited columns are created.
/// </summary>
public sealed class InheritedColumnsTests
{
    private const string Entities = """
        using MappingDsl;

        namespace Test.Entities;

        public abstract class ObjectColumns
        {
            [CustomColumn(ColumnType.String, MaxLength = 250, Label = "Name")] public string? sm_Name { get; set; }
            [CustomColumn(ColumnType.String, MaxLength = 50, Label = "Object id")] public string? sm_ObjectId { get; set; }
        }

        [CustomTable("sm_Project", "Project", "Projects", PrimaryName = "sm_Name")]
        public sealed partial class Project : ObjectColumns
        {
            [CustomColumn(ColumnType.Integer, Label = "Budget")] public int? sm_Budget { get; set; }
        }

        [CustomTable("sm_Milestone", "Milestone", "Milestones", PrimaryName = "sm_Name")]
        public sealed partial class Milestone : ObjectColumns
        {
            [CustomColumn(ColumnType.Boolean, Label = "Done")] public bool? sm_Done { get; set; }
        }
        """;

    private const string Pack = """
        using System.Text.Json.Serialization;
        using MappingDsl;
        using Test.Entities;

        namespace Test.Objects;

        public sealed record SmObject([SourceKey] string Id, string? Name, int? Budget, bool? Done);

        [JsonSerializable(typeof(SmObject))]
        public sealed partial class ObjectJson : JsonSerializerContext;

        [MapPack("objects", Publisher = "sm", Source = "Objects", JsonContext = typeof(ObjectJson), UnmappedSourceMembers = Strictness.Ignore)]
        public static partial class ObjectPack
        {
            [Pair("Project")]
            public static Project Projects(SmObject s, MapContext m) => Identity(new Project { sm_Budget = s.Budget }, s);

            [Pair("Milestone")]
            public static Milestone Milestones(SmObject s, MapContext m) => Identity(new Milestone { sm_Done = s.Done }, s);

            [SharedColumns]
            public static T Identity<T>(T t, SmObject s) where T : ObjectColumns
            {
                t.sm_Name = Lossy.Truncate(s.Name ?? s.Id, 250, "Names are limited to 250 characters");
                t.sm_ObjectId = s.Id;
                return t;
            }
        }
        """;

    private static readonly Lazy<(GeneratorRun Run, MapCatalog Catalog)> Compiled = new(() =>
    {
        var run = PackRunner.Run(PackRunner.Compile(Entities, Pack));
        var type = GeneratorHarness.Load(run.Output).GetType("Test.Objects.ObjectPack", throwOnError: true)!;
        return (run, (MapCatalog)type.GetProperty("Catalog")!.GetValue(null)!);
    });

    [Fact]
    public void Tables_sharing_a_base_class_compile_without_diagnostics()
    {
        DiagnosticAssert.None(Compiled.Value.Run.Result.Diagnostics);
        Assert.Empty(Compiled.Value.Run.CompilationErrors);
    }

    [Fact]
    public void An_inherited_primary_name_keeps_its_declared_length()
    {
        var manifest = ProvisioningManifest.Parse(Compiled.Value.Catalog.ManifestJson);

        Assert.Equal(
            [new ManifestTable("sm_Milestone", "sm_milestone", "Milestone", "Milestones", "sm_Name", 250), new ManifestTable("sm_Project", "sm_project", "Project", "Projects", "sm_Name", 250)],
            manifest.Tables.OrderBy(t => t.LogicalName));
    }

    [Fact]
    public void Inherited_columns_are_created_on_each_table_and_written()
    {
        var manifest = ProvisioningManifest.Parse(Compiled.Value.Catalog.ManifestJson);
        using var writer = new RecordWriter(new MapContext(new InMemoryLookupResolver()));

        Compiled.Value.Catalog.Transform("Milestones").Transform("""{"Id":"m1","Name":"Launch","Done":true}"""u8, writer);

        Assert.Contains(manifest.Columns, c => c.Table == "sm_project" && c.LogicalName == "sm_objectid" && c.Label == "Object id");
        Assert.Contains(manifest.Columns, c => c.Table == "sm_milestone" && c.LogicalName == "sm_objectid");
        Assert.Equal(
            """{"sm_sourceid":"m1","sm_done":true,"sm_name":"Launch","sm_objectid":"m1"}""",
            Encoding.UTF8.GetString(Assert.Single(writer.Records).Body.Span));
    }
}
