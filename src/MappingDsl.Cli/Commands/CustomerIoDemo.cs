using MappingDsl.Catalog;
using MappingDsl.Cli.Hosting;
using MappingDsl.Emulators.CustomerIo;
using MappingDsl.Emulators.Dataverse;
using MappingDsl.Engine.Reports;
using MappingDsl.Sources.CustomerIo;

namespace MappingDsl.Cli.Commands;

/// <summary>
/// The Customer.io part of <c>mapdsl demo</c>: a Customer.io emulator (anonymous profiles, companies shared by many
/// people, related custom objects, events, deliveries with every status) and the Customer.io pack, run like the others.
/// </summary>
internal static class CustomerIoDemo
{
    /// <summary>
    /// The demo lifts the emulator's 10-per-second limit to 1 000 and the extractor keeps to the same, so the run takes
    /// seconds; <c>mapdsl emulate customerio</c> serves the documented limit.
    /// </summary>
    public const int DemoRequestsPerSecond = 1000;

    public static CustomerIoOptions LocalOptions(CustomerIoEmulator emulator) => new()
    {
        ApiKey = emulator.ApiKey,
        BaseUri = emulator.BaseUri,
        RequestsPerSecond = DemoRequestsPerSecond,
        DeliveriesFrom = emulator.Options.DataStart,
        RetryBaseDelay = TimeSpan.FromMilliseconds(50),
    };

    public static CustomerIoEmulatorOptions EmulatorOptions(int people) => new()
    {
        People = Math.Max(20, people),
        Events = Math.Max(50, people * 5),
        Deliveries = Math.Max(36, people * 2),
        Seed = 1,
        RequestsPerSecond = DemoRequestsPerSecond,
    };

    public static async Task<ReaderDemo.Outcome> RunAsync(
        CliOutput cli, MapCatalog catalog, DataverseEmulator dataverse, string folder, int people, Action<RunReport> show, CancellationToken cancellationToken)
    {
        await using var customerIo = await CustomerIoEmulator.StartAsync(EmulatorOptions(people), cancellationToken).ConfigureAwait(false);
        using var extractor = new CustomerIoExtractor(LocalOptions(customerIo));
        // People are a full refresh (no modified-since in the App API: source-apis.md §3.5); nothing to touch.
        return await ReaderDemo.RunAsync(cli, catalog, dataverse, folder, extractor, () => 0, show, cancellationToken).ConfigureAwait(false);
    }
}
