using MappingDsl.Emulators.Salesmate;

namespace MappingDsl.Sources.Salesmate.Tests;

/// <summary>Starts an emulator and points an extractor at it over loopback.</summary>
internal static class Harness
{
    public static SalesmateOptions OptionsFor(SalesmateEmulator emulator, int pageSize = 250) => new()
    {
        LinkName = emulator.LinkName,
        AccessToken = emulator.AccessKey,
        BaseUri = emulator.BaseUri,
        PageSize = pageSize,
        CallsPerWindow = 100_000,
        RateWindow = TimeSpan.FromSeconds(1),
        RateBurst = 1000,
        RetryBaseDelay = TimeSpan.FromMilliseconds(20),
    };

    public static async Task<List<SourceRecord>> ReadAll(ISourceReader reader, string module, DateTimeOffset? since = null)
    {
        var records = new List<SourceRecord>();
        await foreach (var record in reader.ReadAsync(module, since, CancellationToken.None))
        {
            records.Add(record);
        }

        return records;
    }
}
