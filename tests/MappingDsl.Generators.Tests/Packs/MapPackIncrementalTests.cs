using MappingDsl.Generators.Packs;
using MappingDsl.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace MappingDsl.Generators.Tests.Packs;

public sealed class MapPackIncrementalTests
{
    private static readonly string[] ModelSteps = [PackTrackingNames.Parse, PackTrackingNames.Validate, PackTrackingNames.Model, PackTrackingNames.EmitModel, PackTrackingNames.Emit];

    private static void AssertEmissionCached(GeneratorRunResult result)
    {
        Assert.All(Reasons(result, PackTrackingNames.EmitModel), r => Assert.True(r is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, $"{PackTrackingNames.EmitModel}: {r}"));
        Assert.All(Reasons(result, PackTrackingNames.Emit), r => Assert.Equal(IncrementalStepRunReason.Cached, r));
        Assert.All(result.TrackedOutputSteps.SelectMany(kv => kv.Value).SelectMany(s => s.Outputs),
            o => Assert.Equal(IncrementalStepRunReason.Cached, o.Reason));
    }

    [Fact]
    public void A_pair_moved_down_one_line_re_runs_no_emission_step()
    {
        var compilation = PackRunner.Compile(PackSources.Entities, PackSources.Records, PackSources.Pack);
        var first = PackRunner.Run(compilation, PackSources.Discovery);
        var packTree = compilation.SyntaxTrees.Single(t => t.FilePath == "Input2.cs");
        var shifted = PackSources.Pack.Replace("[Pair(\"Deal\"", "\n[Pair(\"Deal\"", StringComparison.Ordinal);
        Assert.NotEqual(PackSources.Pack, shifted);

        var driver = first.Driver.RunGenerators(compilation.ReplaceSyntaxTree(
            packTree, CSharpSyntaxTree.ParseText(shifted, GeneratorHarness.ParseOptions, path: "Input2.cs")));
        var result = driver.GetRunResult().Results.Single();

        // The parse and validation see the new positions (diagnostics would move); emission does not re-run.
        Assert.Contains(IncrementalStepRunReason.Modified, Reasons(result, PackTrackingNames.Model));
        AssertEmissionCached(result);
    }

    [Fact]
    public void A_discovery_snapshot_edit_that_changes_no_option_re_runs_no_emission_step()
    {
        const string Path = "/pack/discovery/salesmate.discovery.json";
        var compilation = PackRunner.Compile(PackSources.Entities, PackSources.Records, PackSources.Pack);
        var snapshot = GeneratorHarness.Text(Path, PackSources.Discovery);
        var first = GeneratorHarness.Run(new MapPackGenerator(), compilation, [snapshot]);
        var edited = PackSources.Discovery.Replace("\"values\":{", "\"values\":{\"company.industry\":[\"Retail\"],", StringComparison.Ordinal);
        Assert.NotEqual(PackSources.Discovery, edited);

        var driver = first.Driver.ReplaceAdditionalText(snapshot, GeneratorHarness.Text(Path, edited)).RunGenerators(compilation);
        var result = driver.GetRunResult().Results.Single();

        // The new snapshot reaches validation, which finds the same model: nothing downstream re-runs.
        Assert.Contains(IncrementalStepRunReason.Modified, Reasons(result, PackTrackingNames.Discovery));
        Assert.DoesNotContain(IncrementalStepRunReason.Cached, Reasons(result, PackTrackingNames.Validate));
        AssertEmissionCached(result);
    }


    private static IEnumerable<IncrementalStepRunReason> Reasons(GeneratorRunResult result, string step) =>
        result.TrackedSteps[step].SelectMany(s => s.Outputs).Select(o => o.Reason);

    [Fact]
    public void Unrelated_syntax_tree_leaves_every_step_cached()
    {
        var compilation = PackRunner.Compile(PackSources.Entities, PackSources.Records, PackSources.Pack);
        var first = PackRunner.Run(compilation, PackSources.Discovery);

        var driver = first.Driver.RunGenerators(compilation.AddSyntaxTrees(
            CSharpSyntaxTree.ParseText("namespace Other; public sealed class Unrelated { }", GeneratorHarness.ParseOptions, path: "Unrelated.cs")));
        var result = driver.GetRunResult().Results.Single();

        foreach (var step in ModelSteps)
            Assert.All(Reasons(result, step), r => Assert.True(r is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, $"{step}: {r}"));
        Assert.All(result.TrackedOutputSteps.SelectMany(kv => kv.Value).SelectMany(s => s.Outputs),
            o => Assert.Equal(IncrementalStepRunReason.Cached, o.Reason));
    }

    [Fact]
    public void Editing_the_pack_modifies_the_model_and_the_output()
    {
        var compilation = PackRunner.Compile(PackSources.Entities, PackSources.Records, PackSources.Pack);
        var first = PackRunner.Run(compilation, PackSources.Discovery);
        var packTree = compilation.SyntaxTrees.Single(t => t.FilePath == "Input2.cs");
        var edited = PackSources.Pack.Replace("Name = s.Title,", "Name = s.Title + \" (deal)\",");

        var driver = first.Driver.RunGenerators(compilation.ReplaceSyntaxTree(
            packTree, CSharpSyntaxTree.ParseText(edited, GeneratorHarness.ParseOptions, path: "Input2.cs")));
        var result = driver.GetRunResult().Results.Single();

        foreach (var step in new[] { PackTrackingNames.Parse, PackTrackingNames.Validate, PackTrackingNames.Emit })
            Assert.Contains(IncrementalStepRunReason.Modified, Reasons(result, step));
        Assert.Contains("s.Title + \\\" (deal)\\\"", result.GeneratedSources.PackFile().SourceText.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Editing_a_pair_in_another_partial_file_of_the_pack_regenerates()
    {
        const string Declaration = """
            using MappingDsl;
            namespace Test.Salesmate;
            [MapPack("salesmate", Publisher = "sm", JsonContext = typeof(SalesmateJson), UnmappedSourceMembers = Strictness.Ignore)]
            public static partial class SplitPack;
            """;
        const string Pairs = """
            using MappingDsl;
            using Test.Entities;
            namespace Test.Salesmate;
            public static partial class SplitPack
            {
                [Pair("Company")]
                public static Account Company(SmCompany s, MapContext m) => new() { Name = s.Name, OwnerId = m.Owner(s.OwnerEmail) };
            }
            """;
        var compilation = PackRunner.Compile(PackSources.Entities, PackSources.Records, Declaration, Pairs);
        var first = PackRunner.Run(compilation);
        Assert.Contains("s.Name", first.Result.GeneratedSources.PackFile().SourceText.ToString(), StringComparison.Ordinal);
        var pairsTree = compilation.SyntaxTrees.Single(t => t.FilePath == "Input3.cs");

        var driver = first.Driver.RunGenerators(compilation.ReplaceSyntaxTree(
            pairsTree, CSharpSyntaxTree.ParseText(Pairs.Replace("Name = s.Name", "Name = s.Website"), GeneratorHarness.ParseOptions, path: "Input3.cs")));
        var result = driver.GetRunResult().Results.Single();

        Assert.Contains(IncrementalStepRunReason.Modified, Reasons(result, PackTrackingNames.Parse));
        Assert.Contains("s.Website", result.GeneratedSources.PackFile().SourceText.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Pipeline_models_hold_no_Roslyn_objects()
    {
        var run = PackRunner.RunComplete();

        var steps = ModelHygiene.StepNames(typeof(PackTrackingNames));

        Assert.Equal(7, steps.Count);
        Assert.All(steps, name => Assert.NotEmpty(run.Result.TrackedSteps[name].SelectMany(s => s.Outputs)));
        ModelHygiene.AssertNoRoslynObjects(run.Result, steps);
    }

    [Fact]
    public void Fresh_compilations_of_the_same_source_give_equal_models()
    {
        object Model() => PackRunner.RunComplete().Result.TrackedSteps[PackTrackingNames.Validate].Single().Outputs.Single().Value;

        var first = Model();
        var second = Model();

        Assert.Equal(first, second);
        Assert.Equal(first.GetHashCode(), second.GetHashCode());
    }
}
