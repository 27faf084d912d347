using System.Diagnostics;
using System.Globalization;

namespace MappingDsl.Dataverse.Benchmarks;

/// <summary>The child's memory as Linux reports it; every read fails quietly once the child is gone.</summary>
internal static class ChildMemory
{
    /// <summary>
    /// Working set (RSS), the kernel's high-water mark (VmHWM, <c>Process.PeakWorkingSet64</c>) and RssAnon from
    /// <c>/proc/&lt;pid&gt;/status</c>: resident anonymous memory, i.e. the GC heap and native allocations without
    /// the mapped assemblies and files that RSS also counts (0 where /proc is missing).
    /// </summary>
    public static bool TryRead(Process process, out long workingSet, out long peak, out long anonymous)
    {
        anonymous = 0;
        try
        {
            process.Refresh();
            workingSet = process.WorkingSet64;
            peak = process.PeakWorkingSet64;
            anonymous = RssAnon(process.Id);
            return workingSet > 0;
        }
        catch (InvalidOperationException)
        {
            workingSet = peak = 0;
            return false;
        }
    }

    private static long RssAnon(int pid)
    {
        try
        {
            foreach (var line in File.ReadLines($"/proc/{pid}/status"))
            {
                if (line.StartsWith("RssAnon:", StringComparison.Ordinal))
                    return long.Parse(line["RssAnon:".Length..].Trim().Split(' ')[0], CultureInfo.InvariantCulture) * 1024;
            }
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
        return 0;
    }
}
