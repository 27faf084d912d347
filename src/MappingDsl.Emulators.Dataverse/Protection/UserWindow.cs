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
    /// it touches within <paramref name="budget"/>. The content of a window is piecewise linear in its end, so checking
    /// the ends where some interval starts, stops, enters or leaves the window is exact.
    /// </summary>
    public bool Fits(long at, long cost, long window, long budget)
    {
        if (!Finished.Any(f => f.End > at - window) && !Running.Values.Any(r => r.End > at - window)) return true;
        var candidate = (Start: at, End: at + cost);
        var last = candidate.End + window;
        if (Content(at, window, candidate) > budget) return false;
        foreach (var (start, end) in Finished.Concat(Running.Values).Append(candidate))
        {
            foreach (var t in (ReadOnlySpan<long>)[start, end, start + window, end + window])
            {
                if (t > at && t < last && Content(t, window, candidate) > budget) return false;
            }
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

    private static long Overlap(long start, long end, long from, long to) => Math.Max(0, Math.Min(end, to) - Math.Max(start, from));
}
