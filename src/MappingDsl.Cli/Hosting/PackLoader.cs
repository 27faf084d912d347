using System.Reflection;
using System.Runtime.CompilerServices;
using MappingDsl.Catalog;

namespace MappingDsl.Cli.Hosting;

/// <summary>
/// Makes every map pack beside the executable register itself: each <c>MappingDsl.Maps.*.dll</c> is loaded and its
/// module initializer run, so a new pack joins the CLI and the demo by being referenced, not by editing either.
/// </summary>
internal static class PackLoader
{
    // Lazy so a second caller waits for the first load to finish rather than seeing a half-filled registry.
    private static readonly Lazy<int> Loaded = new(LoadOnce, LazyThreadSafetyMode.ExecutionAndPublication);

    public static void LoadAll() => _ = Loaded.Value;

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

    public static MapCatalog Get(string name)
    {
        LoadAll();
        try
        {
            return MapPackRegistry.Get(name);
        }
        catch (KeyNotFoundException exception)
        {
            throw new UsageException(exception.Message);
        }
    }
}
