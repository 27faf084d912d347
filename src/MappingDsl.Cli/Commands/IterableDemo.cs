using MappingDsl.Catalog;
using MappingDsl.Cli.Hosting;
using MappingDsl.Emulators.Dataverse;
using MappingDsl.Emulators.Iterable;
using MappingDsl.Engine.Reports;
using MappingDsl.Sources.Iterable;

namespace MappingDsl.Cli.Commands;

/// <summary>
/// The Iterable part of <c>mapdsl demo</c>: an Iterable emulator (profiles with duplicates and anonymous ones,
/// custom events, purchases, subscriptions), the Iterable pack provisioned and migrated into the shared Dataverse
/// emulator, a cutover delta after touching profiles, reconciliation with spot checks, reports and customer docs.
/// </summary>
internal static class IterableDemo
{
    /// <summary>Extractor options for an in-process emulator: its key and host, its data range, windows of 90 days.</summary>
    public static IterableOptions LocalOptions(IterableEmulator emulator) => new()
    {
        ApiKey = emulator.ApiKey,
        BaseUri = emulator.BaseUri,
        ExportFrom = emulator.Options.DataStart,
        ExportTo = null,
        WindowSize = TimeSpan.FromDays(90),
        RetryBaseDelay = TimeSpan.FromMilliseconds(50),
        // The emulator serves the documented limits with a shortened window (LimitTimeScale); the extractor keeps to
        // the same budget, so the demo shows throttling obeyed rather than hit.
        Limits = [.. EndpointLimit.Documented.Select(l => l with { Window = l.Window * DemoLimitScale })],
    };

    /// <summary>The demo's time scale for Iterable's per-endpoint limits (a minute becomes 60 ms).</summary>
    public const double DemoLimitScale = 0.001;

    public static IterableEmulatorOptions EmulatorOptions(int profiles) => new()
    {
        Profiles = Math.Max(20, profiles),
        CustomEvents = Math.Max(20, profiles * 2),
        Purchases = Math.Max(5, profiles / 4),
        SubscriptionEvents = Math.Max(5, profiles / 5),
        Seed = 1,
        LimitTimeScale = DemoLimitScale,
        DataStart = new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.Zero),
    };

    public static async Task<ReaderDemo.Outcome> RunAsync(
        CliOutput cli, MapCatalog catalog, DataverseEmulator dataverse, string folder, int profiles, Action<RunReport> show, CancellationToken cancellationToken)
    {
        await using var iterable = await IterableEmulator.StartAsync(EmulatorOptions(profiles), cancellationToken).ConfigureAwait(false);
        await using var extractor = new IterableExtractor(LocalOptions(iterable));
        return await ReaderDemo.RunAsync(cli, catalog, dataverse, folder, extractor, () => iterable.Touch(0.05, DateTimeOffset.UtcNow), show, cancellationToken).ConfigureAwait(false);
    }
}
