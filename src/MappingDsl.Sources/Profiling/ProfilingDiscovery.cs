using MappingDsl.Sources.Discovery;

namespace MappingDsl.Sources.Profiling;

/// <summary>
/// The discovery pass the event-stream sources share (Iterable, Customer.io): every module read once, its records
/// counted, and the well-formed ones profiled under a group the source chooses; text fields with few distinct values
/// become the snapshot's <c>values</c>, which the map-pack generator checks matrices against (MDSL004).
/// </summary>
public static class ProfilingDiscovery
{
    /// <summary>The profile group a record of <paramref name="module"/> belongs to, or <see langword="null"/> to count it without profiling.</summary>
    /// <param name="module">The record's module.</param>
    /// <param name="json">The record's JSON.</param>
    public delegate string? GroupOf(string module, ReadOnlySpan<byte> json);

    /// <summary>Reads every module of <paramref name="modules"/> and builds the snapshot.</summary>
    /// <param name="reader">The source to read.</param>
    /// <param name="source">The snapshot's source name.</param>
    /// <param name="modules">The modules to read, in order.</param>
    /// <param name="groupOf">Where each record is profiled.</param>
    /// <param name="maxEnumerationValues">Text fields with at most this many distinct values are listed as values.</param>
    /// <param name="takenAt">The snapshot's time.</param>
    /// <param name="ct">Stops the read.</param>
    public static async Task<DiscoverySnapshot> RunAsync(
        ISourceReader reader, string source, IEnumerable<string> modules, GroupOf groupOf, int maxEnumerationValues, DateTimeOffset takenAt, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(modules);
        ArgumentNullException.ThrowIfNull(groupOf);
        var profiler = new DataProfiler();
        var snapshot = new DiscoverySnapshot { Source = source, TakenAt = takenAt };
        foreach (var module in modules)
        {
            long count = 0;
            await foreach (var record in reader.ReadAsync(module, null, ct).ConfigureAwait(false))
            {
                count++;
                if (record.Problem is null && groupOf(module, record.Json.Span) is { } group)
                    profiler.Observe(group, record.Json.Span);
            }

            snapshot.Objects[module] = new ObjectStats { Count = count };
        }

        foreach (var (key, values) in profiler.EnumerationValues(maxEnumerationValues))
            snapshot.Values[key] = values;

        snapshot.Profiles = profiler.Snapshot();
        return snapshot;
    }

    /// <summary>Writes <paramref name="snapshot"/> to <paramref name="path"/> once it is built.</summary>
    /// <param name="snapshot">The discovery run.</param>
    /// <param name="path">The snapshot file.</param>
    /// <param name="ct">Stops the write.</param>
    public static async Task<DiscoverySnapshot> WriteAsync(Task<DiscoverySnapshot> snapshot, string path, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var taken = await snapshot.ConfigureAwait(false);
        await DiscoverySnapshotJson.WriteFileAsync(taken, path, ct).ConfigureAwait(false);
        return taken;
    }
}
