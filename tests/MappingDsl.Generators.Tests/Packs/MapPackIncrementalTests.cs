using MappingDsl.Generators.Packs;
using MappingDsl.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace MappingDsl.Generators.Tests.Packs;

public sealed class MapPackIncrementalTests
{
    private static readonly string[] ModelSteps = [PackTrackingNames.Parse, PackTrackingNames.Validate, PackTrackingNames.Model, PackTrackingNames.Emit];

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
        Assert.Contains("s.Title + \\\" (deal)\\\"", result.GeneratedSources.Single().SourceText.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Pipeline_models_hold_no_Roslyn_objects()
    {
        var run = PackRunner.RunComplete();

        // ModelHygiene.AssertNoRoslynObjects walks every tracked step, including Roslyn's own
        // ForAttributeWithMetadataName internals (which hold syntax trees by design); walk this generator's steps only.
        var walk = typeof(ModelHygiene).GetMethod("Walk", System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static)!;
        var steps = typeof(PackTrackingNames).GetFields().Select(f => (string)f.GetValue(null)!).ToList();
        Assert.Equal(6, steps.Count);
        foreach (var name in steps)
        {
            var outputs = run.Result.TrackedSteps[name].SelectMany(s => s.Outputs).ToList();
            Assert.NotEmpty(outputs);
            foreach (var (value, _) in outputs)
            {
                try
                {
                    walk.Invoke(null, [value, name, new HashSet<object>(ReferenceEqualityComparer.Instance)]);
                }
                catch (System.Reflection.TargetInvocationException e) when (e.InnerException is not null)
                {
                    System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(e.InnerException);
                }
            }
        }
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
