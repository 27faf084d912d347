namespace MappingDsl.Entities;

/// <summary>
/// The metadata snapshot the entity types were generated from, embedded in this assembly so a Dataverse emulator can
/// serve the same tables and columns at run time that the map packs were checked against at compile time.
/// </summary>
public static class MetadataSnapshot
{
    private const string Prefix = "metadata/";
    private const string Suffix = ".json";

    /// <summary>The tables in the snapshot (logical names, ordinal order).</summary>
    public static IReadOnlyList<string> TableNames { get; } = LoadNames();

    /// <summary>
    /// Opens every table's <c>EntityDefinitions</c> JSON (UTF-8), ordered by logical name. Each stream is new and owned by
    /// the caller; enumerate once per use and dispose the streams.
    /// </summary>
    /// <returns>Pairs of the table's logical name (<c>account</c>) and its JSON.</returns>
    public static IEnumerable<(string Name, Stream Json)> Open()
    {
        foreach (var name in TableNames)
            yield return (name, OpenTable(name));
    }

    /// <summary>Opens one table's JSON.</summary>
    /// <param name="logicalName">The table's logical name (<c>account</c>).</param>
    /// <returns>A new stream the caller disposes.</returns>
    /// <exception cref="ArgumentException">The snapshot has no such table.</exception>
    public static Stream OpenTable(string logicalName)
    {
        ArgumentException.ThrowIfNullOrEmpty(logicalName);
        return typeof(MetadataSnapshot).Assembly.GetManifestResourceStream(Prefix + logicalName + Suffix)
            ?? throw new ArgumentException(
                $"The metadata snapshot has no table '{logicalName}'; it has: {string.Join(", ", TableNames)}.",
                nameof(logicalName));
    }

    private static string[] LoadNames()
    {
        var names = typeof(MetadataSnapshot).Assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(Prefix, StringComparison.Ordinal) && n.EndsWith(Suffix, StringComparison.Ordinal))
            .Select(n => n[Prefix.Length..^Suffix.Length])
            .ToArray();
        Array.Sort(names, StringComparer.Ordinal);
        return names;
    }
}
