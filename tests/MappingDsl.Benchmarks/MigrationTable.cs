using System.Globalization;

namespace MappingDsl.Dataverse.Benchmarks;

/// <summary>The migration run as Markdown: checkpoints every 10 % of the run's time, so flatness is visible, then totals.</summary>
internal static class MigrationTable
{
    public const double MB = 1024 * 1024;

    /// <param name="PeakSampled">The largest working set seen by the 250 ms sampling.</param>
    /// <param name="PeakKernel">The kernel's high-water mark (VmHWM, <c>Process.PeakWorkingSet64</c>) at the last sample.</param>
    /// <param name="HostWorkingSet">This process (both emulators, the org's in-memory SQLite store, the sampler) at the end.</param>
    /// <param name="HostPeak">This process's high-water mark.</param>
    public sealed record Totals(
        string Status, long Loaded, long Rejected, long OrgRows, TimeSpan Elapsed, long PeakSampled, long PeakKernel, long HostWorkingSet, long HostPeak);

    public static void Print(Totals totals, IReadOnlyList<MigrationSample> samples)
    {
        var live = samples.Where(s => s.WorkingSet > 0).ToList();
        var firstLanded = live.FirstOrDefault(s => s.Loaded > 0);
        var checkpoints = new List<MigrationSample>();
        for (var tenth = 1; tenth <= 10; tenth++)
        {
            var at = totals.Elapsed * tenth / 10;
            if (live.LastOrDefault(s => s.Elapsed <= at) is { } sample && !checkpoints.Contains(sample))
                checkpoints.Add(sample);
        }
        // The first landing ends the data-quality pass; the largest sample shows where the peak came from.
        foreach (var extra in new[] { firstLanded, live.MaxBy(s => s.WorkingSet) })
        {
            if (extra is not null && !checkpoints.Contains(extra))
                checkpoints.Add(extra);
        }
        checkpoints.Sort((a, b) => a.Elapsed.CompareTo(b.Elapsed));

        Console.WriteLine();
        Console.WriteLine("| Elapsed s | Records landed | Records/s (interval) | Source calls | mapdsl working set MB | Loading |");
        Console.WriteLine("|---:|---:|---:|---:|---:|---|");
        var previous = new MigrationSample(TimeSpan.Zero, 0, 0, 0, "");
        foreach (var s in checkpoints)
        {
            var rate = (s.Loaded - previous.Loaded) / (s.Elapsed - previous.Elapsed).TotalSeconds;
            var stage = s.Pair.Length > 0 ? s.Pair : s.Loaded == 0 ? "(data-quality pass)" : "(between pairs: deferred lookups, reports)";
            Console.WriteLine(F($"| {s.Elapsed.TotalSeconds:0.0} | {s.Loaded:N0} | {rate:N0} | {s.SourceCalls:N0} | {s.WorkingSet / MB:N0} | {stage} |"));
            previous = s;
        }

        var loadSeconds = firstLanded is null ? double.NaN : (live[^1].Elapsed - firstLanded.Elapsed).TotalSeconds;
        var loadRate = firstLanded is null ? double.NaN : (live[^1].Loaded - firstLanded.Loaded) / loadSeconds;
        Console.WriteLine();
        Console.WriteLine("| Total | Value |");
        Console.WriteLine("|---|---:|");
        Console.WriteLine(F($"| Status | {totals.Status} |"));
        Console.WriteLine(F($"| Source records loaded (report) | {totals.Loaded:N0} |"));
        Console.WriteLine(F($"| Rejected (report) | {totals.Rejected:N0} |"));
        Console.WriteLine(F($"| Rows in the org's tables | {totals.OrgRows:N0} |"));
        Console.WriteLine(F($"| Seconds (mapdsl start to exit) | {totals.Elapsed.TotalSeconds:0.0} |"));
        Console.WriteLine(F($"| Records/s (whole run) | {totals.Loaded / totals.Elapsed.TotalSeconds:N0} |"));
        Console.WriteLine(F($"| Records/s (first landing to last sample) | {loadRate:N0} |"));
        Console.WriteLine(F($"| mapdsl peak working set MB (max of 250 ms samples) | {totals.PeakSampled / MB:N0} |"));
        Console.WriteLine(F($"| mapdsl peak working set MB (kernel VmHWM) | {totals.PeakKernel / MB:N0} |"));
        Console.WriteLine(F($"| Emulators' process working set MB at end (not mapdsl) | {totals.HostWorkingSet / MB:N0} |"));
        Console.WriteLine(F($"| Emulators' process peak working set MB (not mapdsl) | {totals.HostPeak / MB:N0} |"));
    }

    private static string F(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
