using MappingDsl.Emulators.Dataverse.Protection;

namespace MappingDsl.Emulators.Dataverse.Tests;

/// <summary>
/// Many clients hammer one user's limits on a simulated clock (no real waiting): whatever they do, no sliding window
/// ever holds more admitted requests or execution time than the limits, and concurrency never passes its limit.
/// </summary>
public sealed class ServiceProtectionWindowTests
{
    private static readonly ServiceProtectionLimits Limits = new()
    {
        Window = TimeSpan.FromSeconds(3),
        MaxRequests = 60,
        MaxExecutionTime = TimeSpan.FromSeconds(12),
        MaxConcurrent = 8,
    };

    [Theory]
    [InlineData(40, 2000, 1, true)]    // large bulk requests: the execution-time budget binds
    [InlineData(40, 20, 5, true)]      // tiny requests: the request count binds
    [InlineData(12, 3000, 1, false)]   // long requests, retry immediately: concurrency binds
    [InlineData(20, 500, 250, false)]  // mixed sizes, clients that ignore Retry-After and retry after 100 ms
    public void No_window_ever_holds_more_than_the_limits(int clients, int maxCostMs, int minCostMs, bool honourRetryAfter)
    {
        var clock = new ManualClock();
        var protection = new ServiceProtection(Limits, clock);
        var random = new Random(1234);
        var events = new PriorityQueue<Action, long>();
        var admitted = new List<(long Start, long End)>();
        var refusals = 0;
        var running = 0;
        var maxRunning = 0;
        var end = Seconds(20);

        void Attempt(int client)
        {
            var cost = Seconds(random.Next(minCostMs, maxCostMs + 1) / 1000.0);
            // A request may finish earlier than planned (a failing bulk request writes fewer records), never later.
            var actual = random.Next(4) == 0 ? cost / 2 : cost;
            var (ticket, refusal) = protection.TryEnter("user", TimeSpan.FromTicks(cost));
            if (refusal is null)
            {
                admitted.Add((clock.Now, clock.Now + actual));
                maxRunning = Math.Max(maxRunning, ++running);
                events.Enqueue(() =>
                {
                    protection.Exit("user", ticket, TimeSpan.FromTicks(actual));
                    running--;
                    Attempt(client);
                }, clock.Now + actual);
                return;
            }
            refusals++;
            Assert.True(refusal.RetryAfter > TimeSpan.Zero, "Retry-After must be positive.");
            var wait = honourRetryAfter ? refusal.RetryAfter.Ticks : Seconds(0.1);
            events.Enqueue(() => Attempt(client), clock.Now + wait);
        }

        // Everyone starts in the same instant: the first burst must be throttled like any other.
        for (var c = 0; c < clients; c++) events.Enqueue(() => Attempt(c), 0);
        while (events.TryDequeue(out var next, out var at) && at <= end)
        {
            clock.Now = at;
            next();
        }

        Assert.True(refusals > 0, "The clients should have been throttled.");
        Assert.True(admitted.Count > Limits.MaxRequests, "The clients should have loaded for several windows.");
        Assert.InRange(maxRunning, 1, Limits.MaxConcurrent);
        var window = Limits.Window.Ticks;
        var starts = admitted.Select(a => a.Start).Order().ToList();
        for (var i = 0; i < starts.Count; i++)
        {
            var inWindow = starts.Skip(i).TakeWhile(s => s < starts[i] + window).Count();
            Assert.True(inWindow <= Limits.MaxRequests, $"{inWindow} requests admitted in the window starting at {TimeSpan.FromTicks(starts[i])}.");
        }
        // Window content is piecewise linear in the window's end, so checking every breakpoint covers every window.
        var ends = admitted.SelectMany(a => new[] { a.Start, a.End, a.Start + window, a.End + window }).Distinct();
        foreach (var t in ends)
        {
            var spent = admitted.Sum(a => Math.Max(0, Math.Min(a.End, t) - Math.Max(a.Start, t - window)));
            Assert.True(spent <= Limits.MaxExecutionTime.Ticks, $"{TimeSpan.FromTicks(spent)} executed in the window ending at {TimeSpan.FromTicks(t)}.");
        }
    }

    [Fact]
    public void Retry_after_is_when_capacity_frees_up()
    {
        var clock = new ManualClock();
        var protection = new ServiceProtection(Limits with { MaxExecutionTime = TimeSpan.FromSeconds(4) }, clock);
        Assert.Null(protection.TryEnter("user", TimeSpan.FromSeconds(2)).Refusal);
        Assert.Null(protection.TryEnter("user", TimeSpan.FromSeconds(2)).Refusal);
        var refusal = protection.TryEnter("user", TimeSpan.FromSeconds(2)).Refusal;
        Assert.NotNull(refusal);
        Assert.Equal("0x80072321", refusal.Code);
        // 4 s of work from 0 to 2 s fills every 3 s window ending between 2 s and 3 s: a third 2 s request started
        // before 3 s would add to one of them, one started at 3 s never does (windows after 3 s lose 2 s per second).
        Assert.InRange(refusal.RetryAfter, TimeSpan.FromSeconds(2.99), TimeSpan.FromSeconds(3.01));
        clock.Now = refusal.RetryAfter.Ticks - Seconds(0.01);
        Assert.NotNull(protection.TryEnter("user", TimeSpan.FromSeconds(2)).Refusal);
        clock.Now = refusal.RetryAfter.Ticks + Seconds(0.001);
        Assert.Null(protection.TryEnter("user", TimeSpan.FromSeconds(2)).Refusal);
    }

    private static long Seconds(double seconds) => (long)(seconds * TimeSpan.TicksPerSecond);

    private sealed class ManualClock : TimeProvider
    {
        public long Now { get; set; }

        public override long TimestampFrequency => TimeSpan.TicksPerSecond;

        public override long GetTimestamp() => Now;
    }
}
