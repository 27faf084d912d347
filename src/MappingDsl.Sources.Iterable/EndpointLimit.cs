namespace MappingDsl.Sources.Iterable;

/// <summary>A per-endpoint call budget: <paramref name="Calls"/> per <paramref name="Window"/>.</summary>
/// <param name="PathPrefix">The path (below <c>/api/</c>) the limit applies to; the longest matching prefix wins.</param>
/// <param name="Calls">Calls allowed per window.</param>
/// <param name="Window">The window.</param>
public sealed record EndpointLimit(string PathPrefix, int Calls, TimeSpan Window)
{
    /// <summary>
    /// The limits Iterable's API spec publishes (source-apis.md §2.3 and §2.7): export data.json/csv 4 a minute per
    /// project, lists/getUsers 5 a minute, campaigns/metrics 10 a minute, users/getFields 3 a second, everything else
    /// the extractor calls 100 a second.
    /// </summary>
    public static IReadOnlyList<EndpointLimit> Documented { get; } =
    [
        new("export/data", 4, TimeSpan.FromMinutes(1)),
        new("lists/getUsers", 5, TimeSpan.FromMinutes(1)),
        new("campaigns/metrics", 10, TimeSpan.FromMinutes(1)),
        new("users/getFields", 3, TimeSpan.FromSeconds(1)),
        new("", 100, TimeSpan.FromSeconds(1)),
    ];

    /// <summary>The limit in <paramref name="limits"/> that governs <paramref name="path"/>.</summary>
    /// <param name="limits">The limits.</param>
    /// <param name="path">A path below <c>/api/</c>, without the query.</param>
    public static EndpointLimit For(IReadOnlyList<EndpointLimit> limits, string path)
    {
        ArgumentNullException.ThrowIfNull(limits);
        return limits.Where(l => path.StartsWith(l.PathPrefix, StringComparison.Ordinal))
            .OrderByDescending(l => l.PathPrefix.Length)
            .FirstOrDefault() ?? new EndpointLimit("", int.MaxValue, TimeSpan.FromSeconds(1));
    }
}
