using System.Globalization;

namespace MappingDsl.Dataverse.Benchmarks;

/// <summary>One memory sample: the child's working set and anonymous memory, and this process's (the emulators').</summary>
internal sealed record MemorySample(TimeSpan Elapsed, long Loaded, long WorkingSet, long Anonymous, long Host);

/// <summary>Memory by minute of the run (min–max of the samples), so a trend shows as rising rows.</summary>
internal static class MemoryTable
{
    public static void Print(IReadOnlyList<MemorySample> samples)
    {
        Console.WriteLine();
        Console.WriteLine("| Minute | Records landed at end | Records/s (minute) | mapdsl working set MB (min–max) | mapdsl RssAnon MB (min–max) | Emulators' process MB (max) |");
        Console.WriteLine("|---:|---:|---:|---:|---:|---:|");
        long previous = 0;
        foreach (var minute in samples.Where(s => s.WorkingSet > 0).GroupBy(s => (int)s.Elapsed.TotalMinutes).OrderBy(g => g.Key))
        {
            var last = minute.Last();
            var span = Math.Max(1e-9, (last.Elapsed - TimeSpan.FromMinutes(minute.Key)).TotalSeconds);
            var rate = (last.Loaded - previous) / span;
            previous = last.Loaded;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {minute.Key + 1} | {last.Loaded:N0} | {rate:N0} | {minute.Min(s => s.WorkingSet) / MigrationTable.MB:N0}–{minute.Max(s => s.WorkingSet) / MigrationTable.MB:N0} | {minute.Min(s => s.Anonymous) / MigrationTable.MB:N0}–{minute.Max(s => s.Anonymous) / MigrationTable.MB:N0} | {minute.Max(s => s.Host) / MigrationTable.MB:N0} |"));
        }
    }
}
