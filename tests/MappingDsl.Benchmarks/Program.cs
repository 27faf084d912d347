using System.Globalization;
using MappingDsl.Dataverse.Benchmarks;
using MappingDsl.Dataverse.Throughput;
using MappingDsl.Emulators.Dataverse;

// Usage: dotnet run -c Release --project tests/MappingDsl.Benchmarks -- migrate [records] [batch-size] [--service-protection]
//   a whole `mapdsl migrate` as a child process: records/s and its working set (MigrationScenario).
// Usage: dotnet run -c Release --project tests/MappingDsl.Benchmarks -- migrate-iterable [events] [profiles] [--verify all|sample:N|off]
//   a whole `mapdsl migrate iterable` of N custom events as a child process (IterableMigrationScenario).
// Usage: dotnet run -c Release --project tests/MappingDsl.Benchmarks -- [records] [fixed-cap-seconds] [scale]
//   loader throughput against the emulator: adaptive vs fixed batch × threads, same limits, same records.
// Usage: dotnet run -c Release --project tests/MappingDsl.Benchmarks -- iterable-events [events]
//   streams custom events from the Iterable emulator through the extractor: events/s and peak working set.
// Usage: dotnet run -c Release --project tests/MappingDsl.Benchmarks -- page-keys [rows]
//   pages one column of a large table from the Dataverse emulator, 5 000 a page: per-page time and peak memory.
// Usage: dotnet run -c Release --project tests/MappingDsl.Benchmarks -- csv [rows]
//   one generated CSV export parsed by CsvHelper and by Sep, then read by CsvRecordReader: rows/s and bytes per row.
if (args.Length > 0 && args[0] == "csv")
{
    return await MappingDsl.Benchmarks.CsvParseScenario.RunAsync(args[1..]);
}

if (args.Length > 0 && args[0] == "page-keys")
{
    return await MappingDsl.Benchmarks.KeyPagingScenario.RunAsync(args[1..]);
}

if (args.Length > 0 && args[0] == "iterable-events")
{
    return await MappingDsl.Benchmarks.EventStreamScenario.RunAsync(args[1..]);
}

if (args.Length > 0 && args[0] == "migrate-iterable")
{
    try
    {
        return await IterableMigrationScenario.RunAsync(args[1..]);
    }
    catch (Exception exception) when (exception is TimeoutException or ArgumentException or FormatException)
    {
        Console.Error.WriteLine(exception is TimeoutException ? exception.Message : $"{exception.Message} Usage: migrate-iterable [events] [profiles] [--verify all|sample:N|off]");
        return 2;
    }
}

if (args.Length > 0 && args[0] == "migrate")
{
    try
    {
        return await MigrationScenario.RunAsync(args[1..]);
    }
    catch (Exception exception) when (exception is TimeoutException or ArgumentException or FormatException)
    {
        Console.Error.WriteLine(exception is TimeoutException ? exception.Message : $"{exception.Message} Usage: migrate [records] [batch-size] [--service-protection]");
        return 2;
    }
}

var records = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 100_000;
var fixedCap = TimeSpan.FromSeconds(args.Length > 1 ? double.Parse(args[1], CultureInfo.InvariantCulture) : 30);
var scale = args.Length > 2 ? double.Parse(args[2], CultureInfo.InvariantCulture) : 0.01;

var limits = ServiceProtectionLimits.Scaled(scale);
var perRequest = TimeSpan.FromMilliseconds(10);
var perRecord = TimeSpan.FromMilliseconds(2);
var options = new DataverseEmulatorOptions { Limits = limits, LatencyPerRequest = perRequest, LatencyPerRecord = perRecord, DopHint = 4 };

// The ceiling: the best any client can do under these limits, over all batch sizes up to 1000 (one request per batch).
double Rate(int batch)
{
    var seconds = (perRequest + (perRecord * batch)).TotalSeconds;
    var byRequests = limits.MaxRequests / limits.Window.TotalSeconds * batch;
    var byExecution = limits.MaxExecutionTime / limits.Window / seconds * batch;
    var byConcurrency = limits.MaxConcurrent / seconds * batch;
    return Math.Min(byRequests, Math.Min(byExecution, byConcurrency));
}
var ceiling = Enumerable.Range(1, 1000).Max(Rate);
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
return 0;
