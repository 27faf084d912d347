using System.Collections.Concurrent;
using System.Globalization;

namespace MappingDsl.Emulators.Dataverse.Protection;

/// <summary>
/// Dataverse's per-user service-protection limits: requests and combined execution time in a sliding window, and
/// concurrent requests. A refused request gets 429, <c>Retry-After</c> and the documented code and message.
/// </summary>
internal sealed class ServiceProtection(ServiceProtectionLimits limits, TimeProvider time)
{
    private readonly ConcurrentDictionary<string, UserWindow> _users = new(StringComparer.Ordinal);

    public ServiceProtectionLimits Limits => limits;

    /// <summary>Admits a request (returns null) or says why not.</summary>
    public Refusal? TryEnter(string user)
    {
        var window = _users.GetOrAdd(user, _ => new UserWindow());
        var now = time.GetTimestamp();
        lock (window)
        {
            window.Prune(now, limits.Window, time);
            if (window.Concurrent >= limits.MaxConcurrent)
                return new Refusal("0x80072326", $"Number of concurrent requests exceeded the limit of {limits.MaxConcurrent}.", limits.Window / 300);
            if (window.Requests.Count >= limits.MaxRequests)
            {
                var oldest = window.Requests.ElementAt(window.Requests.Count - limits.MaxRequests);
                return new Refusal("0x80072322",
                    $"Number of requests exceeded the limit of {limits.MaxRequests} over time window of {Seconds(limits.Window)} seconds.",
                    limits.Window - time.GetElapsedTime(oldest, now));
            }
            if (window.ExecutionTotal >= limits.MaxExecutionTime)
            {
                var excess = window.ExecutionTotal - limits.MaxExecutionTime;
                var freed = TimeSpan.Zero;
                var at = now;
                foreach (var (end, duration) in window.Executions)
                {
                    freed += duration;
                    at = end;
                    if (freed > excess) break;
                }
                return new Refusal("0x80072321",
                    $"Combined execution time of incoming requests exceeded limit of {limits.MaxExecutionTime.TotalMilliseconds.ToString("N0", CultureInfo.InvariantCulture)}  milliseconds over time window of {Seconds(limits.Window)} seconds. Decrease number of concurrent requests or reduce the duration of requests and try again later.",
                    limits.Window - time.GetElapsedTime(at, now));
            }
            window.Requests.Enqueue(now);
            window.Concurrent++;
            return null;
        }
    }

    /// <summary>Records a finished request's execution time.</summary>
    public void Exit(string user, TimeSpan duration)
    {
        var window = _users[user];
        lock (window)
        {
            window.Concurrent--;
            window.Executions.Enqueue((time.GetTimestamp(), duration));
            window.ExecutionTotal += duration;
        }
    }

    /// <summary>Remaining requests and execution time, for the informational headers.</summary>
    public (int Requests, TimeSpan Time) Remaining(string user)
    {
        var window = _users.GetOrAdd(user, _ => new UserWindow());
        lock (window) return (Math.Max(0, limits.MaxRequests - window.Requests.Count), limits.MaxExecutionTime - window.ExecutionTotal);
    }

    public string FormatRetryAfter(TimeSpan wait)
    {
        var whole = limits.WholeSecondRetryAfter ?? limits.Window >= TimeSpan.FromMinutes(1);
        if (whole) return Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
        return Math.Max(0.001, wait.TotalSeconds).ToString("0.###", CultureInfo.InvariantCulture);
    }

    private static string Seconds(TimeSpan window) => window.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture);

    internal sealed record Refusal(string Code, string Message, TimeSpan RetryAfter);

    private sealed class UserWindow
    {
        public Queue<long> Requests { get; } = new();

        public Queue<(long End, TimeSpan Duration)> Executions { get; } = new();

        public TimeSpan ExecutionTotal { get; set; }

        public int Concurrent { get; set; }

        public void Prune(long now, TimeSpan window, TimeProvider time)
        {
            while (Requests.Count > 0 && time.GetElapsedTime(Requests.Peek(), now) >= window) Requests.Dequeue();
            while (Executions.Count > 0 && time.GetElapsedTime(Executions.Peek().End, now) >= window)
                ExecutionTotal -= Executions.Dequeue().Duration;
        }
    }
}
