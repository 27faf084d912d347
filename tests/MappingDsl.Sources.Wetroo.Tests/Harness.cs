using MappingDsl.Emulators.Wetroo;
using MappingDsl.Sources.Throttling;

namespace MappingDsl.Sources.Wetroo.Tests;

/// <summary>Starts emulators and points extractors at them over loopback.</summary>
internal static class Harness
{
    /// <summary>A fast pace for tests that are not about throttling: the emulator then has no limit.</summary>
    public static WetrooOptions OptionsFor(WetrooEmulator emulator, int pageSize = 200, AdaptiveRateOptions? rate = null) => new()
    {
        BaseUri = emulator.BaseUri,
        ApiKey = emulator.ApiKey,
        PageSize = pageSize,
        Rate = rate ?? new AdaptiveRateOptions { InitialRate = 2_000, MaxRate = 5_000 },
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

    public static List<long> Ids(IEnumerable<SourceRecord> records) => [.. records.Select(r => long.Parse(r.Id!, System.Globalization.CultureInfo.InvariantCulture))];
}
