using MappingDsl.Emulators.Iterable;
using MappingDsl.Sources.Iterable;

namespace MappingDsl.Sources.Iterable.Tests;

internal static class Local
{
    public static IterableOptions Options(IterableEmulator emulator, string? spool = null, int truncatedRetries = 1) => new()
    {
        ApiKey = emulator.ApiKey,
        BaseUri = emulator.BaseUri,
        ExportFrom = emulator.Options.DataStart,
        ExportTo = emulator.Options.DataStart + emulator.Options.DataSpan,
        WindowSize = TimeSpan.FromDays(60),
        RetryBaseDelay = TimeSpan.FromMilliseconds(20),
        Limits = [new EndpointLimit("", 100_000, TimeSpan.FromSeconds(1))],
        SpoolFolder = spool,
        TruncatedWindowRetries = truncatedRetries,
    };

    public static async Task<List<SourceRecord>> ReadAll(IterableExtractor extractor, string module, DateTimeOffset? since = null)
    {
        var records = new List<SourceRecord>();
        await foreach (var record in extractor.ReadAsync(module, since, CancellationToken.None))
            records.Add(record);
        return records;
    }
}
