using System.Reflection;
using MappingDsl.Generators.Packs;
using MappingDsl.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace MappingDsl.Generators.Tests.Packs;

/// <summary>
/// Runs the map-pack generator the way a build does: System.Text.Json's own source generator (from the SDK's
/// reference pack) completes the pack's JsonSerializerContext first, then MapPackGenerator runs.
/// </summary>
internal static class PackRunner
{
    private static readonly Lazy<ISourceGenerator> JsonGenerator = new(LoadJsonGenerator);

    public static CSharpCompilation Compile(params string[] sources)
    {
        var compilation = GeneratorHarness.Compile(sources);
        GeneratorDriver driver = CSharpGeneratorDriver.Create([JsonGenerator.Value], parseOptions: GeneratorHarness.ParseOptions);
        driver.RunGeneratorsAndUpdateCompilation(compilation, out var output, out _);
        return (CSharpCompilation)output;
    }

    public static GeneratorRun Run(CSharpCompilation compilation, string? discovery = null) =>
        GeneratorHarness.Run(
            new MapPackGenerator(),
            compilation,
            discovery is null ? [] : [GeneratorHarness.Text("/pack/discovery/salesmate.discovery.json", discovery)]);

    public static GeneratorRun Run(params string[] sources) => Run(Compile(sources));

    public static GeneratorRun RunComplete(string? discovery = PackSources.Discovery) =>
        Run(Compile(PackSources.Entities, PackSources.Records, PackSources.Pack), discovery);

    /// <summary>A pack compiled with the standard entities and records plus any extra sources.</summary>
    public static GeneratorRun RunPack(string pack, string? discovery = null, params string[] extra) =>
        Run(Compile([PackSources.Entities, PackSources.Records, pack, .. extra]), discovery);

    /// <summary>A pack class around the given members (publisher "sm", unmapped members ignored unless set).</summary>
    public static string Pack(string members, string options = ", UnmappedSourceMembers = Strictness.Ignore", string context = "SalesmateJson") => $$"""
        using System;
        using MappingDsl;
        using Test.Entities;

        namespace Test.Salesmate;

        [MapPack("salesmate", Publisher = "sm", Source = "Salesmate", JsonContext = typeof({{context}}){{options}})]
        public static partial class P
        {
        {{members}}
        }
        """;

    /// <summary>1-based line and column of the first occurrence of a piece of text.</summary>
    public static (int Line, int Column) At(string source, string text, int occurrence = 1)
    {
        var index = -1;
        for (var i = 0; i < occurrence; i++)
            index = source.IndexOf(text, index + 1, StringComparison.Ordinal);
        Assert.True(index >= 0, $"'{text}' is not in the source");
        var before = source[..index];
        var line = before.Count(c => c == '\n') + 1;
        return (line, index - (before.LastIndexOf('\n') + 1) + 1);
    }

    private static ISourceGenerator LoadJsonGenerator()
    {
        var runtime = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
        var version = Path.GetFileName(runtime);
        var dotnet = Path.GetFullPath(Path.Combine(runtime, "..", "..", ".."));
        var path = Path.Combine(dotnet, "packs", "Microsoft.NETCore.App.Ref", version, "analyzers", "dotnet", "cs", "System.Text.Json.SourceGeneration.dll");
        Assert.True(File.Exists(path), $"System.Text.Json's source generator is not at {path}");
        var assembly = Assembly.LoadFrom(path);
        var type = assembly.GetTypes().Single(t => !t.IsAbstract && typeof(IIncrementalGenerator).IsAssignableFrom(t));
        return ((IIncrementalGenerator)Activator.CreateInstance(type)!).AsSourceGenerator();
    }
}
