using System.Collections.Concurrent;

namespace MappingDsl.Catalog;

/// <summary>
/// Every compiled pack in the loaded assemblies. Generated catalogs register themselves from a module initializer,
/// so a new pack joins the CLI and the demo by being referenced, not by editing either.
/// </summary>
public static class MapPackRegistry
{
    private static readonly ConcurrentDictionary<string, Func<MapCatalog>> Packs = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Registers a pack; called by generated code.</summary>
    /// <param name="name">The pack's name.</param>
    /// <param name="catalog">Builds the catalog on first use.</param>
    public static void Register(string name, Func<MapCatalog> catalog) => Packs[name] = catalog;

    /// <summary>The names of the registered packs, sorted.</summary>
    public static IReadOnlyList<string> Names => [.. Packs.Keys.Order(StringComparer.Ordinal)];

    /// <summary>The file of the assembly whose generated code registered the pack (where the pack came from).</summary>
    /// <param name="name">The pack's name.</param>
    /// <returns>The assembly's path, or <see langword="null"/> for an unknown pack or an assembly loaded from bytes.</returns>
    public static string? Origin(string name) =>
        Packs.TryGetValue(name, out var catalog) && catalog.Method.Module.Assembly.Location is { Length: > 0 } location
            ? location
            : null;

    /// <summary>The catalog of a registered pack.</summary>
    /// <param name="name">The pack's name.</param>
    public static MapCatalog Get(string name) =>
        Packs.TryGetValue(name, out var catalog)
            ? catalog()
            : throw new KeyNotFoundException($"No map pack named '{name}'. Known: {string.Join(", ", Names)}.");
}
