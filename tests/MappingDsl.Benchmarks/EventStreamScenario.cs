using System.Diagnostics;
using System.Globalization;
using MappingDsl.Emulators.Iterable;
using MappingDsl.Sources.Iterable;

namespace MappingDsl.Benchmarks;

/// <summary>
/// Source half of event-scale loading: streams N custom events from the Iterable emulator through the extractor
/// (export windows, JSON Lines, classification, keying) and reports records/s and the process's peak working set,
/// sampled every 100 ms, so a window held in memory would show as growth with N.
/// </summary>
internal static class EventStreamScenario
{
    public static async Task<int> RunAsync(string[] args)
    {
        var events = args.Length > 0 ? long.Parse(args[0], CultureInfo.InvariantCulture) : 1_000_000;
        await using var emulator = await IterableEmulator.StartAsync(new IterableEmulatorOptions { CustomEvents = events, Profiles = 10_000, LimitTimeScale = 0 });
        await using var extractor = new IterableExtractor(new IterableOptions
        {
            ApiKey = emulator.ApiKey,
            BaseUri = emulator.BaseUri,
            ExportFrom = emulator.Options.DataStart,
            ExportTo = emulator.Options.DataStart + emulator.Options.DataSpan,
            WindowSize = TimeSpan.FromDays(30),
            Limits = [new EndpointLimit("", 1_000_000, TimeSpan.FromSeconds(1))],
        });
        await using var sampling = new PeakWorkingSet();
        var clock = Stopwatch.StartNew();
        long count = 0, problems = 0, bytes = 0;
        long halfwayPeak = 0;
        await foreach (var record in extractor.ReadAsync(IterableModules.CustomEvent, null, CancellationToken.None))
        {
            count++;
            bytes += record.Json.Length;
            if (record.Problem is not null)
                problems++;
            if (count == events / 2)
                halfwayPeak = sampling.Peak;
        }

        clock.Stop();
        var peak = await sampling.StopAsync();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| {count:N0} events | {problems} problems | {bytes / 1048576.0:N0} MB of JSON | {clock.Elapsed.TotalSeconds:0.0} s | {count / clock.Elapsed.TotalSeconds:N0} events/s | peak working set {peak / 1048576.0:N0} MB (at half-way {halfwayPeak / 1048576.0:N0} MB) | {extractor.Calls} calls |"));
        return count == events && problems == 0 ? 0 : 1;
    }
}
