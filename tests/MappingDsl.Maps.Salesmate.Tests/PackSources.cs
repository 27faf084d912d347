using System.Runtime.CompilerServices;
using MappingDsl.Generators.Packs;
using MappingDsl.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace MappingDsl.Maps.Salesmate.Tests;

/// <summary>
/// The Salesmate pack's real source files, compiled in memory with the map-pack generator, so a test can delete a
/// line and see what the build would say.
/// </summary>
internal static class PackSources
{
    /// <summary>The repository's root: the first folder above this file that holds <c>maps/Salesmate/Salesmate.Pack</c>.</summary>
    public static string RepositoryRoot([CallerFilePath] string caller = "")
    {
        var directory = Path.GetDirectoryName(caller)!;
        while (!Directory.Exists(Path.Combine(directory, "maps", "Salesmate", "Salesmate.Pack")))
            directory = Path.GetDirectoryName(directory)!;
        return directory;
    }

    public static string PackDirectory() => Path.Combine(RepositoryRoot(), "maps", "Salesmate", "Salesmate.Pack");

    public static IReadOnlyDictionary<string, string> Files()
    {
        var root = PackDirectory();
        return Directory.EnumerateFiles(root, "*.cs", SearchOption.AllDirectories)
            .Where(path => !path.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !path.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .ToDictionary(path => Path.GetRelativePath(root, path), File.ReadAllText);
    }

    /// <summary>Runs the generator over the pack, with one file's text changed; returns the MDSL diagnostics.</summary>
    public static IReadOnlyList<Diagnostic> Diagnostics(string? file = null, Func<string, string>? edit = null)
    {
        var files = Files().ToDictionary(kv => kv.Key, kv => file == kv.Key && edit is not null ? edit(kv.Value) : kv.Value);
        var trees = files.OrderBy(kv => kv.Key, StringComparer.Ordinal)
            .Select(kv => Microsoft.CodeAnalysis.CSharp.CSharpSyntaxTree.ParseText(kv.Value, GeneratorHarness.ParseOptions, path: kv.Key));
        var compilation = GeneratorHarness.Compile([], [MetadataReference.CreateFromFile(typeof(MappingDsl.Entities.Account).Assembly.Location)], "MappingDsl.Maps.Salesmate")
            .AddSyntaxTrees(trees);
        var discovery = Directory.EnumerateFiles(Path.Combine(PackDirectory(), "discovery"), "*.discovery.json")
            .Select(path => GeneratorHarness.Text(path, File.ReadAllText(path)));
        var run = GeneratorHarness.Run(new MapPackGenerator(), compilation, discovery);
        return [.. run.Result.Diagnostics.Where(d => d.Id.StartsWith("MDSL", StringComparison.Ordinal))];
    }

    /// <summary>The 1-based line of the first line containing the text.</summary>
    public static int LineOf(string file, string text)
    {
        var lines = Files()[file].Split('\n');
        var index = Array.FindIndex(lines, l => l.Contains(text, StringComparison.Ordinal));
        Assert.True(index >= 0, $"'{text}' not found in {file}");
        return index + 1;
    }

    /// <summary>The file's text without the first line containing the text.</summary>
    public static string WithoutLine(string source, string text)
    {
        var lines = source.Split('\n').ToList();
        var index = lines.FindIndex(l => l.Contains(text, StringComparison.Ordinal));
        Assert.True(index >= 0, $"'{text}' not found");
        lines.RemoveAt(index);
        return string.Join('\n', lines);
    }
}
