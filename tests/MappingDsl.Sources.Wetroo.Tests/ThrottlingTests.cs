using MappingDsl.Emulators.Wetroo;
using MappingDsl.Sources.Throttling;

namespace MappingDsl.Sources.Wetroo.Tests;

/// <summary>
/// The extractor is never told the limit: it starts far above it and must learn it from 429s, settle under it,
/// and lose no page on the way.
/// </summary>
public sealed class ThrottlingTests
{
    private static readonly TimeSpan Window = TimeSpan.FromMilliseconds(200);

    [Fact]
    public async Task The_pace_converges_under_a_limit_it_was_never_told_and_no_page_is_lost()
    {
        // 8 calls per 200 ms is 40 calls/s; the extractor starts at 200 calls/s.
        await using var emulator = await WetrooEmulator.StartAsync(new WetrooEmulatorOptions { Records = 1200, ThrottleLimit = 8, ThrottleWindow = Window });
        var rate = new AdaptiveRateOptions { InitialRate = 200, MaxRate = 400 };
        using var counting = new CountingHandler();
        using var http = new HttpClient(counting);
        using var extractor = new WetrooExtractor(Harness.OptionsFor(emulator, pageSize: 10, rate), http);
        var throttledAtHalf = -1L;
        counting.OnCall = calls =>
        {
            if (calls == 80)
                throttledAtHalf = emulator.Stats.Throttled;
        };

        var ids = Harness.Ids(await Harness.ReadAll(extractor, "contact"));

        Assert.Equal(emulator.Dataset.Ids("contact"), ids);
        Assert.True(throttledAtHalf > 0, "the extractor was never throttled early on, so it learned nothing");
        var lateThrottles = emulator.Stats.Throttled - throttledAtHalf;
        // Arrival jitter on a busy machine can still bunch two calls into one server window now and then.
        Assert.True(lateThrottles <= 2, $"still throttled {lateThrottles} times after learning the limit");
        Assert.True(extractor.Pace.Ceiling <= 40, $"learned ceiling {extractor.Pace.Ceiling:F1} calls/s is above the server's 40");
        // The ceiling follows the send rate the client reached when refused; on a loaded machine latency keeps that
        // lower, so this only proves the pace did not collapse toward its floor.
        Assert.True(extractor.Pace.Ceiling >= 8, $"learned ceiling {extractor.Pace.Ceiling:F1} calls/s collapsed far below the server's 40");
        Assert.Equal(emulator.Stats.Throttled, extractor.Pace.Throttled);
    }

    [Fact]
    public async Task A_limit_lowered_mid_run_is_learned_again_without_losing_a_page()
    {
        // 50 calls/s for the first 40 calls, then 20 calls/s: nothing announces the change.
        await using var emulator = await WetrooEmulator.StartAsync(new WetrooEmulatorOptions
        {
            Records = 1000,
            ThrottleLimit = 10,
            ThrottleWindow = Window,
            ThrottleChanges = [new ThrottleChange(40, 4)],
        });
        var rate = new AdaptiveRateOptions { InitialRate = 45, MaxRate = 400 };
        using var extractor = new WetrooExtractor(Harness.OptionsFor(emulator, pageSize: 10, rate));

        var ids = Harness.Ids(await Harness.ReadAll(extractor, "contact"));

        Assert.Equal(emulator.Dataset.Ids("contact"), ids);
        Assert.True(emulator.Stats.Throttled > 0, "the lowered limit was never hit");
        Assert.True(extractor.Pace.Ceiling <= 20, $"learned ceiling {extractor.Pace.Ceiling:F1} calls/s is above the lowered 20");
        Assert.True(extractor.Pace.Rate <= extractor.Pace.Ceiling);
    }

    [Fact]
    public async Task Without_throttling_the_pace_only_rises_toward_its_maximum()
    {
        await using var emulator = await WetrooEmulator.StartAsync(new WetrooEmulatorOptions { Records = 300 });
        var rate = new AdaptiveRateOptions { InitialRate = 20, MaxRate = 60 };
        using var extractor = new WetrooExtractor(Harness.OptionsFor(emulator, pageSize: 10, rate));

        await Harness.ReadAll(extractor, "contact");

        Assert.Equal(0, emulator.Stats.Throttled);
        Assert.True(extractor.Pace.Rate > 20, $"pace stayed at {extractor.Pace.Rate:F1}");
        Assert.Equal(60, extractor.Pace.Ceiling);
    }

    private sealed class CountingHandler() : DelegatingHandler(new HttpClientHandler())
    {
        private int _calls;

        public Action<int>? OnCall { get; set; }

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            OnCall?.Invoke(Interlocked.Increment(ref _calls));
            return base.SendAsync(request, cancellationToken);
        }
    }
}
