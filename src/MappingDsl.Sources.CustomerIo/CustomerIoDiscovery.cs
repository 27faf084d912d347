using MappingDsl.Sources.Discovery;
using MappingDsl.Sources.Profiling;

namespace MappingDsl.Sources.CustomerIo;

/// <summary>
/// Discovery for a Customer.io workspace: record counts per module and a profile of what the data holds — people's
/// attributes (types, null rates, distinct counts: the trait typing and the 80 % null flag), events with their
/// <c>data</c> keys and how often each is present (the 10 % rule the event table's columns follow), deliveries,
/// objects per type. Text fields with few distinct values become the snapshot's <c>values</c>, which the pack's
/// matrices are checked against (MDSL004).
/// </summary>
/// <param name="extractor">The extractor to read with.</param>
/// <param name="time">The clock the snapshot's time comes from (the system's when null).</param>
public sealed class CustomerIoDiscovery(CustomerIoExtractor extractor, TimeProvider? time = null)
{
    /// <summary>Text fields with at most this many distinct values are listed as values.</summary>
    public int MaxEnumerationValues { get; init; } = 50;

    /// <summary>Reads the whole workspace and builds the snapshot.</summary>
    /// <param name="ct">Stops the read.</param>
    public Task<DiscoverySnapshot> RunAsync(CancellationToken ct) =>
        ProfilingDiscovery.RunAsync(extractor, "customerio", CustomerIoModules.All, static (module, _) => module, MaxEnumerationValues, (time ?? TimeProvider.System).GetUtcNow(), ct);

    /// <summary>Runs discovery and writes the snapshot to <paramref name="path"/>.</summary>
    /// <param name="path">The snapshot file.</param>
    /// <param name="ct">Stops the run.</param>
    public Task<DiscoverySnapshot> WriteAsync(string path, CancellationToken ct) =>
        ProfilingDiscovery.WriteAsync(RunAsync(ct), path, ct);
}
