using MappingDsl.Emulators.CustomerIo;

namespace MappingDsl.Sources.CustomerIo.Tests;

internal static class Local
{
    public static CustomerIoOptions Options(CustomerIoEmulator emulator, int requestsPerSecond = 10_000) => new()
    {
        ApiKey = emulator.ApiKey,
        BaseUri = emulator.BaseUri,
        RequestsPerSecond = requestsPerSecond,
        DeliveriesFrom = emulator.Options.DataStart,
        DeliveriesTo = emulator.Options.DataStart + emulator.Options.DataSpan + TimeSpan.FromDays(1),
        RetryBaseDelay = TimeSpan.FromMilliseconds(20),
    };

    public static Task<CustomerIoEmulator> Start(int people = 60, long events = 300, int perSecond = 0, string? extra = null, Func<CustomerIoEmulatorOptions, CustomerIoEmulatorOptions>? configure = null) =>
        CustomerIoEmulator.StartAsync((configure ?? (o => o))(new CustomerIoEmulatorOptions
        {
            People = people,
            Events = events,
            Deliveries = 120,
            Companies = 5,
            Projects = 6,
            Milestones = 9,
            RequestsPerSecond = perSecond,
            ExtraEventProperty = extra,
        }));

    public static async Task<List<SourceRecord>> ReadAll(CustomerIoExtractor extractor, string module, DateTimeOffset? since = null)
    {
        var records = new List<SourceRecord>();
        await foreach (var record in extractor.ReadAsync(module, since, CancellationToken.None))
            records.Add(record);
        return records;
    }
}
