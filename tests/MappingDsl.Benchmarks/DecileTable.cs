using System.Globalization;

namespace MappingDsl.Dataverse.Benchmarks;

/// <summary>
/// Records/s per 10 % of the records landed: when each tenth was reached and how fast that tenth went, so a run that
/// slows as the org or the journal grows shows it (the time-based checkpoints of <see cref="MigrationTable"/> hide a
/// slow tenth inside a long interval).
/// </summary>
internal static class DecileTable
{
    public static void Print(IReadOnlyList<MigrationSample> samples, long total)
    {
        if (total <= 0)
            return;
        Console.WriteLine();
        Console.WriteLine("| Records landed | Reached at s | Records/s (this tenth) | mapdsl working set MB (max in this tenth) | Loading |");
        Console.WriteLine("|---:|---:|---:|---:|---|");
        var previous = samples.FirstOrDefault(s => s.Loaded > 0) ?? samples[0];
        var from = 0;
        for (var tenth = 1; tenth <= 10; tenth++)
        {
            var goal = total * tenth / 10;
            var index = IndexOfFirst(samples, from, s => s.Loaded >= goal);
            if (index < 0)
                break;
            var reached = samples[index];
            var span = samples.Skip(from).Take(index - from + 1).ToList();
            var rate = (reached.Loaded - previous.Loaded) / Math.Max(0.001, (reached.Elapsed - previous.Elapsed).TotalSeconds);
            var peak = span.Where(s => s.WorkingSet > 0).Select(s => s.WorkingSet).DefaultIfEmpty(0).Max();
            var pairs = string.Join(", ", span.Select(s => s.Pair).Where(p => p.Length > 0 && p != "(exited)").Distinct());
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {reached.Loaded:N0} ({tenth * 10} %) | {reached.Elapsed.TotalSeconds:0.0} | {rate:N0} | {peak / MigrationTable.MB:N0} | {pairs} |"));
            previous = reached;
            from = index;
        }
    }

    private static int IndexOfFirst(IReadOnlyList<MigrationSample> samples, int from, Func<MigrationSample, bool> match)
    {
        for (var i = from; i < samples.Count; i++)
        {
            if (match(samples[i]))
                return i;
        }
        return -1;
    }
}
