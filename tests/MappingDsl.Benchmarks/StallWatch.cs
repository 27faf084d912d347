using System.Diagnostics;

namespace MappingDsl.Dataverse.Benchmarks;

/// <summary>
/// Notices a child that has stopped working: no record landed, no source call answered and under half a second of
/// CPU used for <see cref="Limit"/>. A stalled run would otherwise sample forever and never print a table.
/// </summary>
internal sealed class StallWatch(Process child)
{
    public static readonly TimeSpan Limit = TimeSpan.FromSeconds(90);
    private static readonly TimeSpan Busy = TimeSpan.FromMilliseconds(500);

    private (long Loaded, long Calls) _seen = (-1, -1);
    private TimeSpan _cpu;
    private TimeSpan _since;

    /// <summary>Records a sample; true when the child has made no progress for <see cref="Limit"/>.</summary>
    public bool IsStalled(MigrationSample sample)
    {
        var cpu = CpuTime();
        if ((sample.Loaded, sample.SourceCalls) != _seen || cpu - _cpu >= Busy)
        {
            _seen = (sample.Loaded, sample.SourceCalls);
            _cpu = cpu;
            _since = sample.Elapsed;
            return false;
        }
        return sample.Elapsed - _since >= Limit;
    }

    public string Describe(MigrationSample sample) => string.Create(System.Globalization.CultureInfo.InvariantCulture,
        $"mapdsl (pid {child.Id}) made no progress for {Limit.TotalSeconds:0} s: {sample.Loaded:N0} records landed, the Salesmate emulator has answered {sample.SourceCalls:N0} calls, and it has used under {Busy.TotalSeconds} s of CPU since {_since.TotalSeconds:0} s into the run; it was stopped. Run with MAPDSL_BENCH_TRACE=1 and look with `dotnet-stack report -p <pid>` while it hangs.");

    private TimeSpan CpuTime()
    {
        try
        {
            return child.TotalProcessorTime;
        }
        catch (InvalidOperationException)
        {
            return _cpu;
        }
    }
}
