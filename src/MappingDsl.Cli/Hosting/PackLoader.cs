using System.Reflection;
using System.Runtime.CompilerServices;
using System.Runtime.Loader;
using MappingDsl.Catalog;

namespace MappingDsl.Cli.Hosting;

/// <summary>
/// Makes map packs register themselves: every <c>MappingDsl.Maps.*.dll</c> beside the executable (the packs shipped
/// with mapdsl), the engineer's pack named by <c>--pack</c> (a project folder, a <c>.csproj</c>, built first, or a
/// built <c>.dll</c>), and otherwise the pack project in the current folder when a command asks for a pack it does
/// not know. Loading an assembly runs its module initializer, which registers its catalog.
/// </summary>
internal static class PackLoader
{
    // Lazy so a second caller waits for the first load to finish rather than seeing a half-filled registry.
    private static readonly Lazy<int> Loaded = new(LoadOnce, LazyThreadSafetyMode.ExecutionAndPublication);
    private static readonly Lock Gate = new();
    private static readonly HashSet<string> ProbeDirectories = new(StringComparer.Ordinal);
    private static readonly Dictionary<string, string> LoadedFiles = new(StringComparer.Ordinal);
    private static bool _resolverInstalled;

    public static void LoadAll() => _ = Loaded.Value;

    /// <summary>Loads the pack at <paramref name="path"/> (folder, project or assembly), building a project first.</summary>
    /// <param name="path">What <c>--pack</c> named.</param>
    /// <param name="log">Where build progress goes (never stdout, which may be JSON).</param>
    /// <param name="cancellationToken">Stops a build.</param>
    public static async Task LoadFromAsync(string path, TextWriter log, CancellationToken cancellationToken)
    {
        LoadAll();
        var full = Path.GetFullPath(path);
        if (File.Exists(full) && full.EndsWith(".dll", StringComparison.OrdinalIgnoreCase))
        {
            LoadAssembly(full);
            return;
        }
        var project = File.Exists(full) && full.EndsWith(".csproj", StringComparison.OrdinalIgnoreCase)
            ? full
            : Directory.Exists(full)
                ? PackProject.Find(full) ?? throw new UsageException($"--pack: no pack project in '{path}' (a .csproj here or in a subfolder, not *.Schema or *.Tests)")
                : throw new UsageException($"--pack: '{path}' is not a folder, a .csproj or a .dll");
        LoadAssembly(await PackProject.BuildAsync(project, log, cancellationToken).ConfigureAwait(false));
    }

    /// <summary>The catalog of the named pack; looks in the current folder when no loaded pack has the name.</summary>
    public static MapCatalog Get(string name) => GetAsync(name, TextWriter.Null, CancellationToken.None).GetAwaiter().GetResult();

    /// <summary>The catalog of the named pack; builds the current folder's pack (logging to <paramref name="log"/>) when no loaded pack has the name.</summary>
    public static async Task<MapCatalog> GetAsync(string name, TextWriter log, CancellationToken cancellationToken)
    {
        LoadAll();
        if (!MapPackRegistry.Names.Contains(name, StringComparer.OrdinalIgnoreCase))
            await LoadCurrentFolderAsync(log, cancellationToken).ConfigureAwait(false);
        try
        {
            return MapPackRegistry.Get(name);
        }
        catch (KeyNotFoundException exception)
        {
            throw new UsageException(exception.Message + " Build your own with --pack <folder|.csproj|.dll>.");
        }
    }

    /// <summary>Loads the pack project of the current folder, if it has one; returns whether it did.</summary>
    public static async Task<bool> LoadCurrentFolderAsync(TextWriter log, CancellationToken cancellationToken)
    {
        if (PackProject.Find(Directory.GetCurrentDirectory()) is not { } project)
            return false;
        LoadAssembly(await PackProject.BuildAsync(project, log, cancellationToken).ConfigureAwait(false));
        return true;
    }

    /// <summary>Where the pack came from, for <c>mapdsl maps</c>: shipped with mapdsl, or the file it was loaded from.</summary>
    public static string Origin(string name) =>
        MapPackRegistry.Origin(name) is not { } file ? "(unknown)"
        : string.Equals(Path.GetDirectoryName(file), Path.TrimEndingDirectorySeparator(AppContext.BaseDirectory), StringComparison.Ordinal)
            ? "shipped with mapdsl"
            : file;

    private static int LoadOnce()
    {
        var count = 0;
        foreach (var file in Directory.EnumerateFiles(AppContext.BaseDirectory, "MappingDsl.Maps.*.dll"))
        {
            var assembly = Assembly.Load(AssemblyName.GetAssemblyName(file));
            RuntimeHelpers.RunModuleConstructor(assembly.ManifestModule.ModuleHandle);
            count++;
        }
        return count;
    }

    private static void LoadAssembly(string file)
    {
        lock (Gate)
        {
            // Loading the same file twice (a second command in one process) would be a no-op at best.
            if (LoadedFiles.ContainsKey(file))
                return;
            var directory = Path.GetDirectoryName(file)!;
            ProbeDirectories.Add(directory);
            if (!_resolverInstalled)
            {
                // The pack's own dependencies (its schema assembly …) come from its output folder; MappingDsl itself
                // and everything mapdsl ships bind to mapdsl's copies, so the pack registers in this registry.
                AssemblyLoadContext.Default.Resolving += Resolve;
                _resolverInstalled = true;
            }
            var assembly = AssemblyLoadContext.Default.LoadFromAssemblyPath(file);
            RuntimeHelpers.RunModuleConstructor(assembly.ManifestModule.ModuleHandle);
            LoadedFiles[file] = assembly.FullName ?? file;
        }
    }

    private static Assembly? Resolve(AssemblyLoadContext context, AssemblyName name)
    {
        string[] directories;
        lock (Gate)
            directories = [.. ProbeDirectories];
        foreach (var directory in directories)
        {
            var candidate = Path.Combine(directory, name.Name + ".dll");
            if (File.Exists(candidate))
                return context.LoadFromAssemblyPath(candidate);
        }
        return null;
    }
}
