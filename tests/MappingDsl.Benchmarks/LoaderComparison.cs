using System.Globalization;
using MappingDsl.Dataverse.Throughput;
using MappingDsl.Emulators.Dataverse;

namespace MappingDsl.Dataverse.Benchmarks;

/// <summary>
/// Loader throughput against the emulator: the adaptive loader against fixed batch × thread settings, same limits,
/// same records, and the ceiling the limits allow. Usage: <c>[records] [fixed-cap-seconds] [scale]</c>.
/// </summary>
internal static class LoaderComparison
{
    public static async Task<int> RunAsync(string[] args)
    {
        var records = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 100_000;
        var fixedCap = TimeSpan.FromSeconds(args.Length > 1 ? double.Parse(args[1], CultureInfo.InvariantCulture) : 30);
        var scale = args.Length > 2 ? double.Parse(args[2], CultureInfo.InvariantCulture) : 0.01;

        var limits = ServiceProtectionLimits.Scaled(scale);
        var perRequest = TimeSpan.FromMilliseconds(10);
        var perRecord = TimeSpan.FromMilliseconds(2);
        var options = new DataverseEmulatorOptions { Limits = limits, LatencyPerRequest = perRequest, LatencyPerRecord = perRecord, DopHint = 4 };

        // The ceiling: the best any client can do under these limits, over all batch sizes up to 1000 (one request per batch).
        double Rate(int batch) => LoadCeiling.Rate(limits, perRequest, perRecord, batch);
        var ceiling = LoadCeiling.PerUser(limits, perRequest, perRecord);
        Console.WriteLine($"Limits: window {limits.Window.TotalSeconds:0.###} s, {limits.MaxRequests} requests, {limits.MaxExecutionTime.TotalSeconds:0.###} s execution, {limits.MaxConcurrent} concurrent; server work {perRequest.TotalMilliseconds} ms/request + {perRecord.TotalMilliseconds} ms/record");
        Console.WriteLine($"Theoretical ceiling: {ceiling:N0} records/s (batch 1000); batch 10 at best: {Rate(10):N0} records/s");
        Console.WriteLine();

        var runs = new List<LoaderScenario.Result>
        {
            await LoaderScenario.RunAsync("adaptive (ids not resolved)", options, () => new AdaptiveThroughput(), records, TimeSpan.FromHours(1), resolveIds: false),
            await LoaderScenario.RunAsync("fixed 10 x 16 (KingswaySoft default)", options, () => new FixedThroughput(10, 16), records, fixedCap, resolveIds: false),
            await LoaderScenario.RunAsync("fixed 10 x 10 (ADF default)", options, () => new FixedThroughput(10, 10), records, fixedCap, resolveIds: false),
            await LoaderScenario.RunAsync("adaptive (ids resolved, engine default)", options, () => new AdaptiveThroughput(), records, TimeSpan.FromHours(1), resolveIds: true),
        };

        Console.WriteLine("| Strategy | Records | Failed | Stored | Seconds | Records/s (whole run) | Records/s (after first window) | % of ceiling (after first window) | 429s |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var r in runs)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {r.Name} | {r.Records:N0} | {r.Failed} | {r.Stored:N0} | {r.Elapsed.TotalSeconds:0.0} | {r.RecordsPerSecond:N0} | {r.SteadyRate:N0} | {r.SteadyRate / ceiling:P0} | {r.Throttles} |"));
        }
        Console.WriteLine();
        Console.WriteLine($"The whole-run rate includes the first window, whose budget is unspent at the start; the steady rate (counted from the end of the first {limits.Window.TotalSeconds:0.###} s window to the end) is the one to compare with the ceiling.");
        // Nothing lost or duplicated: every record a strategy was fed is stored exactly once.
        var wrong = runs.Where(r => r.Failed != 0 || r.Stored != r.Records).Select(r => r.Name).ToList();
        if (wrong.Count > 0)
            Console.Error.WriteLine("Stored differs from records fed (lost or duplicated) in: " + string.Join(", ", wrong));
        return wrong.Count == 0 ? 0 : 1;
    }
}
