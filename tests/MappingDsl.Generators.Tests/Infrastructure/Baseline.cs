using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using DiffPlex.DiffBuilder;
using DiffPlex.DiffBuilder.Model;

namespace MappingDsl.Generators.Tests.Infrastructure;

/// <summary>
/// Golden files: <c>Baselines/{test}/{name}.txt</c> beside this project. A mismatch fails with a line diff;
/// <c>UPDATE_BASELINES=1 dotnet test</c> rewrites the files instead. The generators' version in
/// <c>[GeneratedCode]</c> is scrubbed to <c>&lt;version&gt;</c>, so a release changes no golden file.
/// </summary>
internal static partial class Baseline
{
    /// <summary>The version the generators stamp into <c>[GeneratedCode]</c>: their assembly version.</summary>
    public static string GeneratorVersion { get; } =
        typeof(MappingDsl.Generators.Packs.MapPackGenerator).Assembly.GetName().Version!.ToString(3);

    /// <summary>The folder holding the golden files.</summary>
    public static string Root([CallerFilePath] string caller = "") => Path.Combine(ProjectDirectory(caller), "Baselines");

    public static void Match(string test, string name, string actual, [CallerFilePath] string caller = "")
    {
        var directory = Path.Combine(Root(caller), test);
        var path = Path.Combine(directory, name + ".txt");
        actual = Normalize(actual);
        if (Environment.GetEnvironmentVariable("UPDATE_BASELINES") == "1")
        {
            Directory.CreateDirectory(directory);
            File.WriteAllText(path, actual);
            return;
        }
        Assert.True(File.Exists(path), $"No baseline {path}; run with UPDATE_BASELINES=1 to create it.");
        var expected = Normalize(File.ReadAllText(path));
        if (expected == actual)
            return;
        var diff = InlineDiffBuilder.Diff(expected, actual);
        var lines = diff.Lines
            .Where(l => l.Type != ChangeType.Unchanged)
            .Take(40)
            .Select(l => (l.Type == ChangeType.Inserted ? "+ " : "- ") + l.Text);
        Assert.Fail($"Generated text differs from {path}:{Environment.NewLine}{string.Join(Environment.NewLine, lines)}");
    }

    private static string Normalize(string text) =>
        GeneratedCodeVersion().Replace(text.Replace("\r\n", "\n"), "GeneratedCode(\"MappingDsl.Generators\", \"<version>\")");

    [GeneratedRegex("""GeneratedCode\("MappingDsl\.Generators", "[^"]*"\)""")]
    private static partial Regex GeneratedCodeVersion();

    /// <summary>The project folder (the test sources and the golden files live under it).</summary>
    public static string ProjectDirectory(string caller)
    {
        var directory = Path.GetDirectoryName(caller)!;
        while (!File.Exists(Path.Combine(directory, "MappingDsl.Generators.Tests.csproj")))
            directory = Path.GetDirectoryName(directory)!;
        return directory;
    }
}
