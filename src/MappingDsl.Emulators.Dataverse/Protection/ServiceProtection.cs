using System.Collections.Concurrent;
using System.Globalization;

namespace MappingDsl.Emulators.Dataverse.Protection;

/// <summary>
/// Dataverse's per-user service-protection limits: requests and combined execution time in a sliding window, and
/// concurrent requests. A refused request gets 429, <c>Retry-After</c> and the documented code and message.
/// Every limit is checked when a request arrives, so a burst (for example every client retrying the moment its
/// <c>Retry-After</c> ends) is throttled like any other traffic and no window ever holds more than the limits:
/// <list type="bullet">
/// <item>requests: at most <see cref="ServiceProtectionLimits.MaxRequests"/> admitted in any window;</item>
/// <item>execution time: a request is admitted only if, with its own planned work, no window (past, present or
/// future, given the requests already running) holds more than <see cref="ServiceProtectionLimits.MaxExecutionTime"/>
/// of execution. Each request's execution is counted from its admission for its simulated work, which the emulator
/// knows in advance (see <see cref="WorkEstimate"/>); the only exception is a request larger than the whole budget,
/// admitted alone into an empty window so that it can run at all;</item>
/// <item>concurrency: counted at admission, released at completion.</item>
/// </list>
/// <c>Retry-After</c> is the time until the exceeded limit has room for that request, computed from the same state.
/// </summary>
internal sealed class ServiceProtection(ServiceProtectionLimits limits, TimeProvider time)
{
    private readonly ConcurrentDictionary<string, UserWindow> _users = new(StringComparer.Ordinal);

    public ServiceProtectionLimits Limits => limits;

    /// <summary>Admits a request that will execute for <paramref name="planned"/> (returns its ticket) or says why not.</summary>
    public (long Ticket, Refusal? Refusal) TryEnter(string user, TimeSpan planned)
    {
        var window = _users.GetOrAdd(user, _ => new UserWindow());
        var now = time.GetTimestamp();
        var length = Ticks(limits.Window);
        var cost = Math.Max(0, Ticks(planned));
        lock (window)
        {
            window.Prune(now, length);
            // Checked in this order, each refusal naming the first limit exceeded and when it has room again:
            // concurrency is refused at once (as documented), and the costlier execution-time plan only when needed.
            if (window.Running.Count >= limits.MaxConcurrent)
                return (0, new Refusal("0x80072326", $"Number of concurrent requests exceeded the limit of {limits.MaxConcurrent}.", Seconds(window.UntilOneFinishes(now, length))));
            if (window.Requests.Count >= limits.MaxRequests)
            {
                var frees = window.Requests.ElementAt(window.Requests.Count - limits.MaxRequests) + length;
                return (0, new Refusal("0x80072322",
                    $"Number of requests exceeded the limit of {limits.MaxRequests} over time window of {Format(limits.Window)} seconds.", Seconds(frees - now)));
            }
            var budget = Ticks(limits.MaxExecutionTime);
            if (!window.Fits(now, cost, length, budget))
            {
                return (0, new Refusal("0x80072321",
                    $"Combined execution time of incoming requests exceeded limit of {limits.MaxExecutionTime.TotalMilliseconds.ToString("N0", CultureInfo.InvariantCulture)}  milliseconds over time window of {Format(limits.Window)} seconds. Decrease number of concurrent requests or reduce the duration of requests and try again later.",
                    Seconds(window.UntilFits(now, cost, length, budget))));
            }
            window.Requests.Enqueue(now);
            var ticket = ++window.LastTicket;
            window.Running[ticket] = (now, now + cost);
            return (ticket, null);
        }
    }

    /// <summary>Records a finished request: it executed for <paramref name="executed"/> from its admission.</summary>
    public void Exit(string user, long ticket, TimeSpan executed)
    {
        var window = _users[user];
        lock (window)
        {
            if (!window.Running.Remove(ticket, out var run)) return;
            window.Finished.Add((run.Start, run.Start + Math.Max(0, Ticks(executed))));
        }
    }

    /// <summary>Remaining requests and execution time in the window ending now, for the informational headers.</summary>
    public (int Requests, TimeSpan Time) Remaining(string user)
    {
        var window = _users.GetOrAdd(user, _ => new UserWindow());
        var now = time.GetTimestamp();
        lock (window)
        {
            var length = Ticks(limits.Window);
            window.Prune(now, length);
            var spent = window.Content(now, length, null);
            return (Math.Max(0, limits.MaxRequests - window.Requests.Count), limits.MaxExecutionTime - Seconds(Math.Min(spent, Ticks(limits.MaxExecutionTime))));
        }
    }

    public string FormatRetryAfter(TimeSpan wait)
    {
        var whole = limits.WholeSecondRetryAfter ?? limits.Window >= TimeSpan.FromMinutes(1);
        if (whole) return Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
        // Rounded up: a client that waits exactly what it is told must find the capacity free.
        return Math.Max(0.001, Math.Ceiling(wait.TotalSeconds * 1000) / 1000).ToString("0.###", CultureInfo.InvariantCulture);
    }

    private long Ticks(TimeSpan span) => (long)Math.Ceiling(span.TotalSeconds * time.TimestampFrequency);

    private TimeSpan Seconds(long ticks) => TimeSpan.FromSeconds((double)ticks / time.TimestampFrequency);

    private static string Format(TimeSpan window) => window.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture);

    internal sealed record Refusal(string Code, string Message, TimeSpan RetryAfter);
}
