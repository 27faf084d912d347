using System.Globalization;
using MappingDsl.Catalog;
using MappingDsl.Sources.Iterable;

namespace MappingDsl.Cli.Hosting;

/// <summary>Iterable sources: the live API (key and region from the environment) or a running emulator on 127.0.0.1.</summary>
internal sealed partial class SourceEndpoint
{
    /// <summary>
    /// Environment variable for a local emulator only: the factor its limit windows are scaled by
    /// (<c>IterableEmulatorOptions.LimitTimeScale</c>), so the extractor keeps to the same budget; 1 (the documented
    /// limits, what <c>mapdsl emulate iterable</c> serves) when unset.
    /// </summary>
    public const string IterableLimitScaleVariable = "MAPDSL_ITERABLE_LIMIT_SCALE";

    public static bool IsIterable(MapCatalog catalog) => catalog.Source.Equals("Iterable", StringComparison.OrdinalIgnoreCase);

    private static SourceEndpoint OpenIterable(string spec)
    {
        var uri = Endpoints.ParseHttp(spec, "--source");
        var key = Environment.GetEnvironmentVariable(IterableOptions.ApiKeyVariable);
        if (string.IsNullOrWhiteSpace(key))
            throw new UsageException($"set {IterableOptions.ApiKeyVariable} to read from {uri.Host}");
        var options = Endpoints.IsLoopback(uri) ? LocalIterableOptions(uri, key) : IterableOptions.FromEnvironment(uri);
        var live = new IterableExtractor(options);
        return new SourceEndpoint(uri.GetLeftPart(UriPartial.Authority), live, live, null);
    }

    // A local emulator enforces Iterable's documented per-endpoint limits (export 4 a minute), possibly on a shortened
    // clock; the extractor keeps to the same budget on the same clock, so it obeys the limits instead of meeting 429s.
    private static IterableOptions LocalIterableOptions(Uri uri, string key)
    {
        var scale = Environment.GetEnvironmentVariable(IterableLimitScaleVariable) is { Length: > 0 } text
            ? double.Parse(text, CultureInfo.InvariantCulture)
            : 1;
        if (scale is <= 0 or > 1)
            throw new UsageException($"{IterableLimitScaleVariable} must be in (0, 1], not {scale.ToString(CultureInfo.InvariantCulture)}");
        return new IterableOptions
        {
            ApiKey = key,
            BaseUri = uri,
            Limits = [.. EndpointLimit.Documented.Select(l => l with { Window = l.Window * scale })],
            RetryBaseDelay = TimeSpan.FromSeconds(20) * scale,
        };
    }
}
