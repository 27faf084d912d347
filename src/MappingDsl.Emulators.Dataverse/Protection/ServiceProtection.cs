using System.Collections.Concurrent;
using System.Globalization;

namespace MappingDsl.Emulators.Dataverse.Protection;

/// <summary>
/// Dataverse's per-user service-protection limits: requests and combined execution time in a sliding window, and
/// concurrent requests. A refused request gets 429, <c>Retry-After</c> and the documented code and message.
/// Execution time counts the part of each request's run (finished or still running) that lies inside the window, so
/// many long requests admitted together cannot overspend the budget by more than their own remaining time.
/// </summary>
internal sealed class ServiceProtection(ServiceProtectionLimits limits, TimeProvider time)
{
    private readonly ConcurrentDictionary<string, UserWindow> _users = new(StringComparer.Ordinal);

    public ServiceProtectionLimits Limits => limits;

    /// <summary>Admits a request (returns its ticket) or says why not.</summary>
    public (long Ticket, Refusal? Refusal) TryEnter(string user)
    {
        var window = _users.GetOrAdd(user, _ => new UserWindow());
        var now = time.GetTimestamp();
        lock (window)
        {
            window.Prune(now, Ticks(limits.Window));
            if (window.Running.Count >= limits.MaxConcurrent)
                return (0, new Refusal("0x80072326", $"Number of concurrent requests exceeded the limit of {limits.MaxConcurrent}.", limits.Window / 300));
            if (window.Requests.Count >= limits.MaxRequests)
            {
                var oldest = window.Requests.ElementAt(window.Requests.Count - limits.MaxRequests);
                return (0, new Refusal("0x80072322",
                    $"Number of requests exceeded the limit of {limits.MaxRequests} over time window of {Seconds(limits.Window)} seconds.",
                    limits.Window - time.GetElapsedTime(oldest, now)));
            }
            if (window.Spent(now, Ticks(limits.Window)) >= Ticks(limits.MaxExecutionTime))
            {
                return (0, new Refusal("0x80072321",
                    $"Combined execution time of incoming requests exceeded limit of {limits.MaxExecutionTime.TotalMilliseconds.ToString("N0", CultureInfo.InvariantCulture)}  milliseconds over time window of {Seconds(limits.Window)} seconds. Decrease number of concurrent requests or reduce the duration of requests and try again later.",
                    window.UntilBelow(now, Ticks(limits.Window), Ticks(limits.MaxExecutionTime), time.TimestampFrequency)));
            }
            window.Requests.Enqueue(now);
            var ticket = ++window.LastTicket;
            window.Running[ticket] = now;
            return (ticket, null);
        }
    }

    /// <summary>Records a finished request: it executed for <paramref name="executed"/> up to now.</summary>
    public void Exit(string user, long ticket, TimeSpan executed)
    {
        var window = _users[user];
        var now = time.GetTimestamp();
        lock (window)
        {
            window.Running.Remove(ticket);
            window.Finished.Enqueue((now - Ticks(executed), now));
        }
    }

    /// <summary>Remaining requests and execution time, for the informational headers.</summary>
    public (int Requests, TimeSpan Time) Remaining(string user)
    {
        var window = _users.GetOrAdd(user, _ => new UserWindow());
        var now = time.GetTimestamp();
        lock (window)
        {
            var spent = window.Spent(now, Ticks(limits.Window));
            return (Math.Max(0, limits.MaxRequests - window.Requests.Count), limits.MaxExecutionTime - TimeSpan.FromSeconds((double)spent / time.TimestampFrequency));
        }
    }

    public string FormatRetryAfter(TimeSpan wait)
    {
        var whole = limits.WholeSecondRetryAfter ?? limits.Window >= TimeSpan.FromMinutes(1);
        if (whole) return Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
        return Math.Max(0.001, wait.TotalSeconds).ToString("0.###", CultureInfo.InvariantCulture);
    }

    private long Ticks(TimeSpan span) => (long)(span.TotalSeconds * time.TimestampFrequency);

    private static string Seconds(TimeSpan window) => window.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture);

    internal sealed record Refusal(string Code, string Message, TimeSpan RetryAfter);

    private sealed class UserWindow
    {
        public Queue<long> Requests { get; } = new();

        public Queue<(long Start, long End)> Finished { get; } = new();

        public Dictionary<long, long> Running { get; } = [];

        public long LastTicket { get; set; }

        public void Prune(long now, long window)
        {
            while (Requests.Count > 0 && now - Requests.Peek() >= window) Requests.Dequeue();
            while (Finished.Count > 0 && now - Finished.Peek().End >= window) Finished.Dequeue();
        }

        /// <summary>Execution time inside (now − window, now], finished and running requests alike.</summary>
        public long Spent(long now, long window)
        {
            var from = now - window;
            long total = 0;
            foreach (var (start, end) in Finished) total += Math.Max(0, end - Math.Max(start, from));
            foreach (var start in Running.Values) total += now - Math.Max(start, from);
            return total;
        }

        /// <summary>How long until the spent time falls below the limit, if running requests keep running.</summary>
        public TimeSpan UntilBelow(long now, long window, long limit, long frequency)
        {
            var step = Math.Max(1, window / 200);
            for (var wait = step; wait <= window; wait += step)
            {
                var at = now + wait;
                var from = at - window;
                long total = 0;
                foreach (var (start, end) in Finished) total += Math.Max(0, end - Math.Max(start, from));
                foreach (var start in Running.Values) total += at - Math.Max(start, from);
                if (total < limit) return TimeSpan.FromSeconds((double)wait / frequency);
            }
            return TimeSpan.FromSeconds((double)window / frequency);
        }
    }
}
