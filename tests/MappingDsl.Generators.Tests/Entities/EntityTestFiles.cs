using System.Runtime.CompilerServices;
using MappingDsl.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace MappingDsl.Generators.Tests.Entities;

/// <summary>Metadata files for the entity generator's tests, read from the source tree.</summary>
internal static class EntityTestFiles
{
    /// <summary>The JSON files of <c>Entities/Data/{folder}/metadata</c>, as additional files, in path order.</summary>
    public static IReadOnlyList<AdditionalText> Data(string folder, [CallerFilePath] string caller = "") =>
        Load(Path.Combine(Path.GetDirectoryName(caller)!, "Data", folder, "metadata"));

    /// <summary>The checked-in snapshot, <c>maps/Standard/metadata</c>, found by walking up from this file.</summary>
    public static IReadOnlyList<AdditionalText> Snapshot([CallerFilePath] string caller = "")
    {
        var directory = Path.GetDirectoryName(caller);
        while (directory is not null)
        {
            var candidate = Path.Combine(directory, "maps", "Standard", "metadata");
            if (Directory.Exists(candidate))
                return Load(candidate);
            directory = Path.GetDirectoryName(directory);
        }
        throw new DirectoryNotFoundException($"No maps/Standard/metadata above {caller}.");
    }

    private static AdditionalText[] Load(string directory) =>
        [.. Directory.GetFiles(directory, "*.json")
            .Order(StringComparer.Ordinal)
            .Select(path => GeneratorHarness.Text(path, File.ReadAllText(path)))];
}
