using System.Text.Json;
using MappingDsl.Sources.Discovery;
using MappingDsl.Sources.Profiling;

namespace MappingDsl.Sources.Iterable;

/// <summary>
/// Discovery for an Iterable project: record counts per module, and a profile of what the data holds — for profiles
/// and for each event type (custom events per <c>eventName</c>): inferred field types, presence, null rates and
/// distinct counts, event property keys with their frequency. Text fields with few distinct values become the
/// snapshot's <c>values</c> (for example <c>user.lifecycleStage</c>), which the map-pack generator checks value
/// matrices against (MDSL004), so a new stage in the data is a build error.
/// </summary>
/// <param name="extractor">The extractor to read with.</param>
public sealed class IterableDiscovery(IterableExtractor extractor)
{
    /// <summary>Text fields with at most this many distinct values are listed as values.</summary>
    public int MaxEnumerationValues { get; init; } = 50;

    /// <summary>Reads the whole project and builds the snapshot.</summary>
    /// <param name="ct">Stops the read.</param>
    public Task<DiscoverySnapshot> RunAsync(CancellationToken ct) =>
        ProfilingDiscovery.RunAsync(extractor, "iterable", IterableModules.All, Profiled, MaxEnumerationValues, DateTimeOffset.UtcNow, ct);

    // Companies, list members and the user-field schema are counted, not profiled: they are derived or metadata.
    private static string? Profiled(string module, ReadOnlySpan<byte> json) =>
        module is IterableModules.Company or IterableModules.ListMember or IterableModules.UserField ? null : GroupOf(module, json);

    /// <summary>Runs discovery and writes the snapshot to <paramref name="path"/>.</summary>
    /// <param name="path">The snapshot file.</param>
    /// <param name="ct">Stops the run.</param>
    public Task<DiscoverySnapshot> WriteAsync(string path, CancellationToken ct) =>
        ProfilingDiscovery.WriteAsync(RunAsync(ct), path, ct);

    // Custom events are profiled per event name: their payloads differ by name, and so do the keys worth mapping.
    private static string GroupOf(string module, ReadOnlySpan<byte> json)
    {
        if (module != IterableModules.CustomEvent)
        {
            return module;
        }

        var reader = new Utf8JsonReader(json);
        reader.Read();
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("eventName"u8))
            {
                reader.Read();
                return $"{module}[{reader.GetString()}]";
            }

            reader.Read();
            reader.Skip();
        }

        return module;
    }
}
