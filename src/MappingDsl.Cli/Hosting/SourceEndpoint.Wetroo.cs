using MappingDsl.Catalog;
using MappingDsl.Emulators.Wetroo;
using MappingDsl.Sources.Throttling;
using MappingDsl.Sources.Wetroo;

namespace MappingDsl.Cli.Hosting;

/// <summary>Wetroo sources: the live API (address and key from the environment), a running emulator, or <c>emulator</c>.</summary>
internal sealed partial class SourceEndpoint
{
    /// <summary>The Wetroo extractor, when the source is a Wetroo API.</summary>
    public WetrooExtractor? WetrooExtractor => Reader as WetrooExtractor;

    public static bool IsWetroo(MapCatalog catalog) => catalog.Source.Equals("Wetroo", StringComparison.OrdinalIgnoreCase);

    /// <summary>Reads a Wetroo emulator already running in this process.</summary>
    /// <param name="emulator">The emulator.</param>
    /// <param name="owned">True to stop it with the endpoint.</param>
    public static SourceEndpoint ForWetrooEmulator(WetrooEmulator emulator, bool owned)
    {
        var extractor = new WetrooExtractor(LocalWetrooOptions(emulator.BaseUri, emulator.ApiKey));
        return new SourceEndpoint("emulator", extractor, extractor, null) { _ownedEmulator = owned ? emulator : null };
    }

    private static async Task<SourceEndpoint> OpenWetrooAsync(string spec, int emulatorRecords, CancellationToken cancellationToken)
    {
        if (spec.Equals("emulator", StringComparison.OrdinalIgnoreCase))
        {
            var emulator = await WetrooEmulator.StartAsync(new WetrooEmulatorOptions { Records = emulatorRecords }, cancellationToken).ConfigureAwait(false);
            return ForWetrooEmulator(emulator, owned: true);
        }
        var uri = Endpoints.ParseHttp(spec, "--source");
        var key = Environment.GetEnvironmentVariable(WetrooOptions.ApiKeyVariable);
        if (string.IsNullOrWhiteSpace(key))
            throw new UsageException($"set {WetrooOptions.ApiKeyVariable} to read from {uri.Host}");
        // Wetroo publishes no limit: a real account starts at the gentle default pace and learns its limit from 429s.
        var options = Endpoints.IsLoopback(uri) ? LocalWetrooOptions(uri, key) : new WetrooOptions { BaseUri = uri, ApiKey = key };
        var live = new WetrooExtractor(options);
        return new SourceEndpoint(uri.GetLeftPart(UriPartial.Authority), live, live, null);
    }

    // A local emulator: start fast and let its (possibly configured) throttle teach the limiter.
    private static WetrooOptions LocalWetrooOptions(Uri uri, string key) => new()
    {
        BaseUri = uri,
        ApiKey = key,
        Rate = new AdaptiveRateOptions { InitialRate = 500, MaxRate = 5_000 },
        RetryBaseDelay = TimeSpan.FromMilliseconds(50),
    };
}
