using MappingDsl.Generators.Entities;
using MappingDsl.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace MappingDsl.Generators.Tests.Entities;

public class EntityIncrementalityTests
{
    private static readonly string[] Steps =
    [
        EntityTrackingNames.MetadataFiles,
        EntityTrackingNames.ParsedTables,
        EntityTrackingNames.TableIndex,
        EntityTrackingNames.ResolvedTables,
        EntityTrackingNames.CustomTables,
    ];

    private const string CustomTable = """
        using MappingDsl;
        namespace Sm;
        [CustomTable("sm_Thread", "Thread", "Threads", PrimaryName = "sm_Name")]
        public partial class Thread;
        """;

    [Fact]
    public void Unrelated_syntax_tree_leaves_every_step_cached()
    {
        var compilation = GeneratorHarness.Compile(CustomTable);
        var first = GeneratorHarness.Run(new EntityGenerator(), compilation, EntityTestFiles.Data("golden"));

        var driver = first.Driver.RunGenerators(compilation.AddSyntaxTrees(
            CSharpSyntaxTree.ParseText("namespace Other; public class Unrelated { }", GeneratorHarness.ParseOptions)));
        var second = driver.GetRunResult().Results.Single();

        foreach (var name in Steps)
        {
            Assert.True(second.TrackedSteps.ContainsKey(name), $"Step {name} did not run.");
            Assert.All(second.TrackedSteps[name].SelectMany(s => s.Outputs), output =>
                Assert.True(output.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, $"{name}: {output.Reason}"));
        }
        Assert.All(second.TrackedOutputSteps.SelectMany(kv => kv.Value).SelectMany(s => s.Outputs), output =>
            Assert.Equal(IncrementalStepRunReason.Cached, output.Reason));
    }

    [Fact]
    public void Editing_one_metadata_file_reparses_only_that_file()
    {
        var files = EntityTestFiles.Data("golden");
        var first = GeneratorHarness.Run(new EntityGenerator(), GeneratorHarness.Compile(), files);
        var category = files.Single(f => f.Path.EndsWith("new_category.json", StringComparison.Ordinal));
        var edited = GeneratorHarness.Text(category.Path, category.GetText()!.ToString().Replace("\"MaxLength\": 50", "\"MaxLength\": 60", StringComparison.Ordinal));

        var driver = first.Driver.ReplaceAdditionalText(category, edited).RunGenerators(GeneratorHarness.Compile());
        var second = driver.GetRunResult().Results.Single();

        var parsed = second.TrackedSteps[EntityTrackingNames.ParsedTables].SelectMany(s => s.Outputs).Select(o => o.Reason).ToList();
        Assert.Equal(1, parsed.Count(r => r == IncrementalStepRunReason.Modified));
        Assert.Equal(files.Count - 1, parsed.Count(r => r is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged));
        // The index (entity sets) did not change, so the widget's resolved model is not rebuilt.
        Assert.All(second.TrackedSteps[EntityTrackingNames.TableIndex].SelectMany(s => s.Outputs), o =>
            Assert.Equal(IncrementalStepRunReason.Unchanged, o.Reason));
        Assert.Contains("MaxLength = 60", second.GeneratedSources.Single(s => s.HintName == "new_Category.g.cs").SourceText.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Pipeline_models_hold_no_Roslyn_objects()
    {
        // No C# sources here: ModelHygiene walks every tracked step, and Roslyn's own ForAttributeWithMetadataName
        // steps (compilationAndGroupedNodes_…) hold syntax trees by design. The custom-table model is checked below.
        var run = GeneratorHarness.Run(new EntityGenerator(), GeneratorHarness.Compile(), EntityTestFiles.Data("golden"));

        Assert.NotEmpty(run.Result.TrackedSteps[EntityTrackingNames.ResolvedTables]);
        ModelHygiene.AssertNoRoslynObjects(
            run.Result,
            ModelHygiene.StepNames(typeof(EntityTrackingNames)).Where(run.Result.TrackedSteps.ContainsKey));
    }

    [Fact]
    public void Custom_table_model_is_strings_only()
    {
        var run = GeneratorHarness.Run(new EntityGenerator(), GeneratorHarness.Compile(CustomTable));

        var model = Assert.IsType<CustomTablePartialModel>(Assert.Single(run.Result.TrackedSteps[EntityTrackingNames.CustomTables].SelectMany(s => s.Outputs)).Value);
        Assert.Equal(("Sm", "Thread", "sm_thread", "sm_name"), (model.Namespace, model.Declaration, model.LogicalName, model.PrimaryName));
        Assert.All(typeof(CustomTablePartialModel).GetProperties(), p =>
            Assert.True(p.PropertyType == typeof(string) || p.PropertyType == typeof(MappingDsl.Generators.Common.EquatableArray<string>) || p.Name == "EqualityContract", p.Name));
    }

    [Fact]
    public void Parsing_the_same_file_twice_gives_equal_models()
    {
        var file = EntityTestFiles.Data("golden").Single(f => f.Path.EndsWith("new_widget.json", StringComparison.Ordinal));
        var text = file.GetText()!.ToString();

        var a = TableParser.Parse(file.Path, text, CancellationToken.None);
        var b = TableParser.Parse(file.Path, text, CancellationToken.None);

        Assert.NotNull(a.Table);
        Assert.Equal(a, b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
    }
}
