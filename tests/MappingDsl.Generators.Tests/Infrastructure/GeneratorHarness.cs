using System.Collections.Immutable;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace MappingDsl.Generators.Tests.Infrastructure;

/// <summary>Compiles sources in memory and runs a generator over them with step tracking on.</summary>
internal static class GeneratorHarness
{
    public static readonly CSharpParseOptions ParseOptions =
        new(LanguageVersion.Preview, DocumentationMode.Parse);

    // Every step the generators name: the constants of their *TrackingNames classes (read by reflection, since this
    // file is also compiled into pack test projects that cannot see the generators' internals).
    private static readonly HashSet<string> OwnSteps =
    [
        .. typeof(MappingDsl.Generators.Packs.MapPackGenerator).Assembly.GetTypes()
            .Where(t => t.Name.EndsWith("TrackingNames", StringComparison.Ordinal))
            .SelectMany(t => t.GetFields(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Static))
            .Where(f => f.IsLiteral)
            .Select(f => (string)f.GetRawConstantValue()!),
    ];

    private static readonly GeneratorDriverOptions Tracking =
        new(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true);

    /// <summary>A compilation of the sources against net10.0 and the DSL surface (plus extra references).</summary>
    public static CSharpCompilation Compile(IEnumerable<string> sources, IEnumerable<MetadataReference>? references = null, string assemblyName = "Tests") =>
        CSharpCompilation.Create(
            assemblyName,
            sources.Select((s, i) => CSharpSyntaxTree.ParseText(s, ParseOptions, path: $"Input{i}.cs")),
            [
                .. Basic.Reference.Assemblies.Net100.References.All,
                MetadataReference.CreateFromFile(typeof(MapPackAttribute).Assembly.Location),
                .. references ?? [],
            ],
            new CSharpCompilationOptions(
                OutputKind.DynamicallyLinkedLibrary,
                nullableContextOptions: NullableContextOptions.Enable));

    public static CSharpCompilation Compile(params string[] sources) => Compile((IEnumerable<string>)sources);

    /// <summary>Runs the generator; returns the driver (for incremental reruns), the output compilation and the run.</summary>
    public static GeneratorRun Run(
        IIncrementalGenerator generator,
        Compilation compilation,
        IEnumerable<AdditionalText>? additionalTexts = null,
        IReadOnlyDictionary<string, string>? globalOptions = null)
    {
        GeneratorDriver driver = CSharpGeneratorDriver.Create(
            [generator.AsSourceGenerator()],
            additionalTexts: additionalTexts ?? [],
            parseOptions: ParseOptions,
            optionsProvider: new DictionaryOptionsProvider(globalOptions ?? new Dictionary<string, string>()),
            driverOptions: Tracking);
        driver = driver.RunGeneratorsAndUpdateCompilation(compilation, out var output, out var generatorDiagnostics);
        AssertCachedOnRerun(driver, compilation);
        return new GeneratorRun(driver, output, driver.GetRunResult().Results.Single(), generatorDiagnostics);
    }

    /// <summary>
    /// Every run is repeated on a clone of its compilation (same syntax trees and files, new symbols): each tracked
    /// step must come back Cached or Unchanged and every output Cached, so a model that captures symbols, syntax or
    /// anything else compared by reference fails whichever test first builds it, not only the incrementality tests.
    /// </summary>
    private static void AssertCachedOnRerun(GeneratorDriver driver, Compilation compilation)
    {
        var rerun = driver.RunGenerators(compilation.Clone()).GetRunResult().Results.Single();
        // Roslyn's own input nodes ("Compilation" and the like) change with the clone by design; the generators' named
        // steps, and everything they feed, must not.
        foreach (var (step, runs) in rerun.TrackedSteps.Where(kv => OwnSteps.Contains(kv.Key)))
        {
            foreach (var output in runs.SelectMany(r => r.Outputs))
            {
                Assert.True(output.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged,
                    $"step '{step}' re-ran ({output.Reason}) on an unchanged compilation");
            }
        }
        foreach (var (kind, runs) in rerun.TrackedOutputSteps)
        {
            foreach (var output in runs.SelectMany(r => r.Outputs))
                Assert.True(output.Reason == IncrementalStepRunReason.Cached, $"output '{kind}' re-ran ({output.Reason}) on an unchanged compilation");
        }
    }

    /// <summary>An additional file held in memory.</summary>
    public static AdditionalText Text(string path, string content) => new InMemoryText(path, content);

    /// <summary>Emits a compilation to memory and loads it; fails the test with the errors if it does not build.</summary>
    public static System.Reflection.Assembly Load(Compilation compilation)
    {
        using var stream = new MemoryStream();
        var result = compilation.Emit(stream);
        Assert.True(result.Success, string.Join(Environment.NewLine, result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error)));
        var context = new System.Runtime.Loader.AssemblyLoadContext(compilation.AssemblyName, isCollectible: true);
        stream.Position = 0;
        return context.LoadFromStream(stream);
    }

    private sealed class InMemoryText(string path, string content) : AdditionalText
    {
        public override string Path { get; } = path;

        public override SourceText GetText(CancellationToken cancellationToken = default) =>
            SourceText.From(content, Encoding.UTF8);
    }

    private sealed class DictionaryOptionsProvider(IReadOnlyDictionary<string, string> global) : AnalyzerConfigOptionsProvider
    {
        public override AnalyzerConfigOptions GlobalOptions { get; } = new DictionaryOptions(global);

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => DictionaryOptions.Empty;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => DictionaryOptions.Empty;
    }

    private sealed class DictionaryOptions(IReadOnlyDictionary<string, string> values) : AnalyzerConfigOptions
    {
        public static readonly DictionaryOptions Empty = new(ImmutableDictionary<string, string>.Empty);

        public override bool TryGetValue(string key, out string value) =>
            values.TryGetValue(key, out value!);
    }
}

/// <summary>The result of one generator run.</summary>
internal sealed record GeneratorRun(
    GeneratorDriver Driver,
    Compilation Output,
    GeneratorRunResult Result,
    ImmutableArray<Diagnostic> GeneratorDiagnostics)
{
    /// <summary>The output compilation's errors (generated code that does not compile shows here).</summary>
    public IReadOnlyList<Diagnostic> CompilationErrors =>
        [.. Output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error)];

    /// <summary>The generated source of a hint name.</summary>
    public string Source(string hintName) =>
        Result.GeneratedSources.Single(s => s.HintName == hintName).SourceText.ToString();
}
