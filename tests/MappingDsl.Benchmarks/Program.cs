using MappingDsl.Dataverse.Benchmarks;

// Usage: dotnet run -c Release --project tests/MappingDsl.Benchmarks -- migrate [records] [batch-size] [--service-protection]
//   a whole `mapdsl migrate` as a child process: records/s and its working set (MigrationScenario).
// Usage: dotnet run -c Release --project tests/MappingDsl.Benchmarks -- migrate-iterable [events] [profiles] [--verify all|sample:N|off] [--users N] [--limit-scale F] [--batch-size N]
//   a whole `mapdsl migrate iterable` of N custom events as a child process (IterableMigrationScenario).
// Usage: dotnet run -c Release --project tests/MappingDsl.Benchmarks -- [records] [fixed-cap-seconds] [scale]
//   loader throughput against the emulator: adaptive vs fixed batch × threads, same limits, same records.
// Usage: dotnet run -c Release --project tests/MappingDsl.Benchmarks -- iterable-events [events]
//   streams custom events from the Iterable emulator through the extractor: events/s and peak working set.
// Usage: dotnet run -c Release --project tests/MappingDsl.Benchmarks -- smoke
//   every scenario once on tiny inputs with its own checks on (what CI runs through tests/MappingDsl.Benchmarks.Tests).
// Usage: dotnet run -c Release --project tests/MappingDsl.Benchmarks -- page-keys [rows]
//   pages one column of a large table from the Dataverse emulator, 5 000 a page: per-page time and peak memory.
// Usage: dotnet run -c Release --project tests/MappingDsl.Benchmarks -- users [records] [ms-per-record] [limit-scale] [users, e.g. 1,2,4]
//   the same contacts loaded by 1, 2 and 4 application users under the same per-user limits: records/s, scaling,
//   nothing lost or duplicated (UsersScenario; exit 1 if a record is lost or duplicated).
// Usage: dotnet run -c Release --project tests/MappingDsl.Benchmarks -- csv [rows]
//   one generated CSV export parsed by CsvHelper and by Sep, then read by CsvRecordReader: rows/s and bytes per row.
// Usage: dotnet run -c Release --project tests/MappingDsl.Benchmarks -- dedupe [profiles]
//   the Iterable profile dedupe (NewestByKey) on generated profiles: time per phase, memory held, peak working set.
if (args.Length > 0 && args[0] == "users")
{
    return await UsersScenario.RunAsync(args[1..]);
}

if (args is ["smoke"])
{
    return await MappingDsl.Benchmarks.Smoke.RunAsync(Console.Out);
}

if (args.Length > 0 && args[0] == "csv")
{
    return await MappingDsl.Benchmarks.CsvParseScenario.RunAsync(args[1..]);
}

if (args.Length > 0 && args[0] == "dedupe")
{
    return await MappingDsl.Benchmarks.DedupeScenario.RunAsync(args[1..]);
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
        Console.Error.WriteLine(exception is TimeoutException ? exception.Message : $"{exception.Message} Usage: migrate-iterable [events] [profiles] [--verify all|sample:N|off] [--users N] [--limit-scale F] [--batch-size N]");
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

return await LoaderComparison.RunAsync(args);
