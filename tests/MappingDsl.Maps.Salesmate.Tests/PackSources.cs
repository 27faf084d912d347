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
    /// <param name="file">The file to change, relative to the pack folder.</param>
    /// <param name="edit">The change.</param>
    /// <param name="discoveryJson">A discovery snapshot to build against instead of the checked-in one.</param>
    public static IReadOnlyList<Diagnostic> Diagnostics(string? file = null, Func<string, string>? edit = null, string? discoveryJson = null) =>
        Diagnostics(file is not null && edit is not null ? new Dictionary<string, Func<string, string>> { [file] = edit } : [], discoveryJson);

    /// <summary>
    /// Runs the generator over the pack with files edited and, when given, <paramref name="discovery"/> (a snapshot's
    /// JSON) in place of the checked-in discovery snapshot; returns the MDSL diagnostics.
    /// </summary>
    public static IReadOnlyList<Diagnostic> Diagnostics(IReadOnlyDictionary<string, Func<string, string>> edits, string? discovery)
    {
        foreach (var file in edits.Keys)
            Assert.True(Files().ContainsKey(file), $"no pack file {file}");
        var files = Files().ToDictionary(kv => kv.Key, kv => edits.TryGetValue(kv.Key, out var edit) ? edit(kv.Value) : kv.Value);
        var trees = files.OrderBy(kv => kv.Key, StringComparer.Ordinal)
            .Select(kv => Microsoft.CodeAnalysis.CSharp.CSharpSyntaxTree.ParseText(kv.Value, GeneratorHarness.ParseOptions, path: kv.Key));
        var compilation = GeneratorHarness.Compile([], [MetadataReference.CreateFromFile(typeof(MappingDsl.Entities.Account).Assembly.Location)], "MappingDsl.Maps.Salesmate")
            .AddSyntaxTrees(trees);
        var snapshots = discovery is null
            ? Directory.EnumerateFiles(Path.Combine(PackDirectory(), "discovery"), "*.discovery.json")
                .Select(path => GeneratorHarness.Text(path, File.ReadAllText(path)))
            : [GeneratorHarness.Text("discovery/salesmate.discovery.json", discovery)];
        var run = GeneratorHarness.Run(new MapPackGenerator(), compilation, snapshots);
        // MDSL019 is accepted in the pack's project (NoWarn, see the csproj): Deals' lookups into the Contacts split.
        return [.. run.Result.Diagnostics.Where(d => d.Id.StartsWith("MDSL", StringComparison.Ordinal) && d.Id != "MDSL019")];
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
