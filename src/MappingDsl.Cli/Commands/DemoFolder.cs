using MappingDsl.Cli.Hosting;

namespace MappingDsl.Cli.Commands;

/// <summary>
/// A pack's folder under <c>mapdsl demo --out</c>. The demo rewrites it on every run, so it deletes only a folder it
/// created itself, known by a marker file; an existing folder without the marker (the user's own files, another
/// tool's output) is refused before anything runs, never deleted. An empty folder is taken as it is.
/// </summary>
internal static class DemoFolder
{
    /// <summary>The marker file's name.</summary>
    public const string Marker = ".mapdsl-demo";

    /// <summary>Refuses a folder the demo did not create (and that is not empty); changes nothing.</summary>
    /// <param name="folder">The pack's folder.</param>
    public static void EnsureOurs(string folder)
    {
        if (Directory.Exists(folder) && !File.Exists(Path.Combine(folder, Marker)) && Directory.EnumerateFileSystemEntries(folder).Any())
            throw new UsageException($"{folder} exists and was not created by mapdsl demo (no {Marker} file in it); choose another --out or remove it yourself");
    }

    /// <summary>Empties the folder (only when the demo created it) and marks it as the demo's.</summary>
    /// <param name="folder">The pack's folder.</param>
    public static void Recreate(string folder)
    {
        EnsureOurs(folder);
        if (Directory.Exists(folder))
            Directory.Delete(folder, recursive: true);
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, Marker), "Created by mapdsl demo, which deletes and rewrites this folder on its next run.\n");
    }
}
