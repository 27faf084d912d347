namespace MappingDsl.Emulators.Dataverse.Protection;

/// <summary>
/// One user's sliding-window state, in timestamp ticks: admission times, and the execution interval of every request
/// still inside the window (finished: actual; running: planned from admission). Not thread-safe; the caller locks it.
/// </summary>
internal sealed class UserWindow
{
    public Queue<long> Requests { get; } = new();

    public List<(long Start, long End)> Finished { get; } = [];

    public Dictionary<long, (long Start, long End)> Running { get; } = [];

    public long LastTicket { get; set; }

    // Breakpoint buffers reused across admissions (the caller holds the lock).
    private long[] _times = new long[64];
    private int[] _slopes = new int[64];

    public void Prune(long now, long window)
    {
        while (Requests.Count > 0 && now - Requests.Peek() >= window) Requests.Dequeue();
        Finished.RemoveAll(f => f.End <= now - window);
    }

    /// <summary>Execution time inside the window (t − window, t], with an optional candidate interval.</summary>
    public long Content(long t, long window, (long Start, long End)? candidate)
    {
        var from = t - window;
        long total = 0;
        foreach (var (start, end) in Finished) total += Overlap(start, end, from, t);
        foreach (var (start, end) in Running.Values) total += Overlap(start, end, from, t);
        if (candidate is { } c) total += Overlap(c.Start, c.End, from, t);
        return total;
    }

    /// <summary>
    /// Whether a request admitted at <paramref name="at"/> and executing for <paramref name="cost"/> keeps every window
    /// it touches within <paramref name="budget"/>. The content of a window is piecewise linear in its end: its slope
    /// rises by one where an interval starts or leaves the window's tail and falls by one where it stops or enters the
    /// tail. So one sweep over those breakpoints, sorted, finds the fullest window exactly in O(n log n); checking every
    /// breakpoint against every interval is O(n²) and stalls a window holding thousands of requests.
    /// </summary>
    public bool Fits(long at, long cost, long window, long budget)
    {
        if (!Finished.Any(f => f.End > at - window) && !Running.Values.Any(r => r.End > at - window)) return true;
        var candidate = (Start: at, End: at + cost);
        var last = candidate.End + window;
        var content = Content(at, window, candidate);
        if (content > budget) return false;
        var count = 4 * (Finished.Count + Running.Count + 1);
        if (_times.Length < count)
        {
            _times = new long[count * 2];
            _slopes = new int[count * 2];
        }
        var n = 0;
        foreach (var (start, end) in Finished.Concat(Running.Values).Append(candidate))
        {
            Add(ref n, start, 1);
            Add(ref n, end, -1);
            Add(ref n, start + window, -1);
            Add(ref n, end + window, 1);
        }
        Array.Sort(_times, _slopes, 0, n);
        long slope = 0;
        var i = 0;
        for (; i < n && _times[i] <= at; i++) slope += _slopes[i];
        for (var t = at; i < n && _times[i] < last; i++)
        {
            content += slope * (_times[i] - t);
            t = _times[i];
            if (content > budget) return false;
            slope += _slopes[i];
        }
        return true;
    }

    /// <summary>Ticks from <paramref name="now"/> until a request of <paramref name="cost"/> fits, if nothing else is admitted meanwhile.</summary>
    public long UntilFits(long now, long cost, long window, long budget)
    {
        var step = Math.Max(1, window / 20);
        var horizon = Finished.Concat(Running.Values).Select(i => i.End).DefaultIfEmpty(now).Max() + window;
        var late = now + step;
        while (late < horizon && !Fits(late, cost, window, budget)) late += step;
        // Refine between the last start that did not fit and the first that did.
        var early = late - step;
        for (var i = 0; i < 16 && late - early > 1; i++)
        {
            var middle = early + ((late - early) / 2);
            if (Fits(middle, cost, window, budget)) late = middle;
            else early = middle;
        }
        return late - now;
    }

    /// <summary>Ticks until the first running request is planned to finish (at least one hundredth of the window).</summary>
    public long UntilOneFinishes(long now, long window) =>
        Math.Max(window / 100, Running.Values.Select(r => r.End).DefaultIfEmpty(now).Min() - now);

    private void Add(ref int n, long time, int slope)
    {
        _times[n] = time;
        _slopes[n++] = slope;
    }

    private static long Overlap(long start, long end, long from, long to) => Math.Max(0, Math.Min(end, to) - Math.Max(start, from));
}
