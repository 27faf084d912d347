using System.Runtime.CompilerServices;
using MappingDsl.Generators.Entities;
using MappingDsl.Generators.Packs;
using MappingDsl.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace MappingDsl.Maps.CustomerIo.Tests;

/// <summary>
/// The Customer.io schema and pack, built in memory the way MSBuild builds them — the schema's Custom/*.cs with the
/// standard metadata and a discovery snapshot through the entity generator, then the pack's sources against that
/// schema through the map-pack generator — so a test can swap the snapshot and see what the build produces.
/// </summary>
internal static class PackBuild
{
    public static string RepositoryRoot([CallerFilePath] string caller = "")
    {
        var directory = Path.GetDirectoryName(caller)!;
        while (!Directory.Exists(Path.Combine(directory, "maps", "CustomerIo", "CustomerIo.Pack")))
            directory = Path.GetDirectoryName(directory)!;
        return directory;
    }

    public static string PackDirectory() => Path.Combine(RepositoryRoot(), "maps", "CustomerIo", "CustomerIo.Pack");

    /// <summary>What one build produced.</summary>
    /// <param name="SchemaDiagnostics">The entity generator's MDSL diagnostics.</param>
    /// <param name="PackDiagnostics">The map-pack generator's MDSL diagnostics.</param>
    /// <param name="Schema">The schema compilation with its generated sources.</param>
    /// <param name="Pack">The generated pack source (transforms and manifest).</param>
    public sealed record Result(IReadOnlyList<Diagnostic> SchemaDiagnostics, IReadOnlyList<Diagnostic> PackDiagnostics, Compilation Schema, string Pack);

    /// <summary>Builds with <paramref name="snapshot"/>; <paramref name="editSchema"/> may change each schema file's text first.</summary>
    public static Result Build(string snapshot, Func<string, string>? editSchema = null)
    {
        var root = RepositoryRoot();
        var schemaSources = Directory.EnumerateFiles(Path.Combine(root, "maps", "CustomerIo", "CustomerIo.Schema", "Custom"), "*.cs").Order(StringComparer.Ordinal)
            .Select(File.ReadAllText).Select(text => editSchema?.Invoke(text) ?? text);
        var metadata = Directory.EnumerateFiles(Path.Combine(root, "maps", "Standard", "metadata"), "*.json")
            .Select(path => GeneratorHarness.Text("/schema/metadata/" + Path.GetFileName(path), File.ReadAllText(path)));
        var discovery = GeneratorHarness.Text("/pack/discovery/customerio.discovery.json", snapshot);
        var schema = GeneratorHarness.Run(new EntityGenerator(), GeneratorHarness.Compile(schemaSources, null, "MappingDsl.Maps.CustomerIo.Schema"), [.. metadata, discovery]);
        using var image = new MemoryStream();
        var emitted = schema.Output.Emit(image);
        Assert.True(emitted.Success, string.Join(Environment.NewLine, emitted.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error)));

        var trees = Directory.EnumerateFiles(PackDirectory(), "*.cs", SearchOption.AllDirectories)
            .Where(path => !path.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !path.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(path => CSharpSyntaxTree.ParseText(File.ReadAllText(path), GeneratorHarness.ParseOptions, path: path));
        var pack = GeneratorHarness.Compile([], [MetadataReference.CreateFromImage(image.ToArray())], "MappingDsl.Maps.CustomerIo").AddSyntaxTrees(trees);
        var run = GeneratorHarness.Run(new MapPackGenerator(), pack, [discovery]);
        return new Result(
            [.. schema.Result.Diagnostics.Where(d => d.Id.StartsWith("MDSL", StringComparison.Ordinal))],
            // MDSL019 is accepted on purpose (NoWarn in the pack's csproj): lookups to the split person use one column per branch.
            [.. run.Result.Diagnostics.Where(d => d.Id.StartsWith("MDSL", StringComparison.Ordinal) && d.Id != "MDSL019")],
            schema.Output,
            string.Concat(run.Result.GeneratedSources.Select(s => s.SourceText.ToString())));
    }
}
