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
    private static int _loaded;

    public static void LoadAll()
    {
        if (Interlocked.Exchange(ref _loaded, 1) == 1)
            return;
        foreach (var file in Directory.EnumerateFiles(AppContext.BaseDirectory, "MappingDsl.Maps.*.dll"))
        {
            var assembly = Assembly.Load(AssemblyName.GetAssemblyName(file));
            RuntimeHelpers.RunModuleConstructor(assembly.ManifestModule.ModuleHandle);
        }
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
