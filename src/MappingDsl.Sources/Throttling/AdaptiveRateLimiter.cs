namespace MappingDsl.Sources.Throttling;

/// <summary>
/// Paces calls to an API that publishes no rate limit, learning one from its answers (additive increase,
/// multiplicative decrease). Calls are spaced <c>1 / Rate</c> apart. A 429 records the send rate the server refused,
/// sets the <see cref="Ceiling"/> just under it and halves the rate; successes raise the rate again, never above the
/// ceiling. Only after a long run of clean calls at the ceiling is it raised a little, so a server that lifted its
/// limit mid-run is found again without hammering one that did not. A 5xx halves the rate without moving the ceiling:
/// an overloaded server says nothing about its quota.
/// </summary>
/// <remarks>
/// The technique is the usual one for quota-less APIs (AIMD; see for example the "adaptive rate limiting" guide at
/// https://nikiforovall.blog/adaptive-rate-limiting-dotnet/guide/why/). Thread-safe: concurrent callers share one pace.
/// </remarks>
public sealed class AdaptiveRateLimiter
{
    private readonly AdaptiveRateOptions _options;
    private readonly TimeProvider _time;
    private readonly Lock _gate = new();
    private readonly Queue<long> _recentStarts = new();
    private long _nextSlot;
    private long _lastStart;
    private long _pausedUntil;
    private int _cleanAtCeiling;

    /// <summary>Creates a limiter.</summary>
    /// <param name="options">Start, floor and ceiling rates and the learning steps.</param>
    /// <param name="time">The clock; the system clock when omitted.</param>
    public AdaptiveRateLimiter(AdaptiveRateOptions options, TimeProvider? time = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        _options = options;
        _time = time ?? TimeProvider.System;
        Rate = options.InitialRate;
        Ceiling = options.MaxRate;
    }

    /// <summary>The current pace, calls per second.</summary>
    public double Rate { get; private set; }

    /// <summary>
    /// The highest pace allowed now: just under the send rate of the last throttled call (or
    /// <see cref="AdaptiveRateOptions.MaxRate"/> before any throttle).
    /// </summary>
    public double Ceiling { get; private set; }

    /// <summary>How many 429 answers the limiter has learned from.</summary>
    public int Throttled { get; private set; }

    /// <summary>How many 5xx answers it has slowed down for.</summary>
    public int ServerErrors { get; private set; }

    /// <summary>Calls admitted so far.</summary>
    public long Admitted { get; private set; }

    /// <summary>Waits for the next free slot at the current pace, then counts the call as sent.</summary>
    /// <param name="ct">Stops the wait.</param>
    public async ValueTask WaitAsync(CancellationToken ct)
    {
        TimeSpan wait;
        lock (_gate)
        {
            var now = _time.GetTimestamp();
            var start = Math.Max(now, Math.Max(_nextSlot, _pausedUntil));
            _nextSlot = start + Ticks(1.0 / Rate);
            wait = _time.GetElapsedTime(now, start);
            Admitted++;
            _recentStarts.Enqueue(start);
            _lastStart = start;
            Trim(now);
        }

        if (wait > TimeSpan.Zero)
        {
            await Task.Delay(wait, _time, ct).ConfigureAwait(false);
        }
    }

    /// <summary>A call succeeded: the pace may rise, up to the ceiling.</summary>
    public void OnSuccess()
    {
        lock (_gate)
        {
            if (Rate < Ceiling)
            {
                Rate = Math.Min(Ceiling, Rate * (1 + _options.IncreaseFactor));
                _cleanAtCeiling = 0;
                return;
            }

            // At the ceiling: only a long clean run may lift it, and only by a small step.
            if (++_cleanAtCeiling >= _options.ProbeAfter && Ceiling < _options.MaxRate)
            {
                Ceiling = Math.Min(_options.MaxRate, Ceiling * (1 + _options.ProbeStep));
                _cleanAtCeiling = 0;
            }
        }
    }

    /// <summary>The server answered 429: learn the ceiling from the send rate it refused, and slow down.</summary>
    /// <param name="retryAfter">The server's <c>Retry-After</c>, if it sent one; every caller pauses that long.</param>
    public void OnThrottled(TimeSpan? retryAfter)
    {
        lock (_gate)
        {
            Throttled++;
            var refused = SendRate();
            Ceiling = Math.Max(_options.MinRate, Math.Min(Ceiling, refused * _options.CeilingMargin));
            Rate = Math.Max(_options.MinRate, Math.Min(Rate, refused) * _options.DecreaseFactor);
            _cleanAtCeiling = 0;
            var pause = retryAfter is { } after && after > TimeSpan.Zero ? after : TimeSpan.FromSeconds(1.0 / Rate);
            _pausedUntil = Math.Max(_pausedUntil, _time.GetTimestamp() + Ticks(pause.TotalSeconds));
            _recentStarts.Clear();
        }
    }

    /// <summary>The server answered 5xx: slow down without changing what is known about the quota.</summary>
    public void OnServerError()
    {
        lock (_gate)
        {
            ServerErrors++;
            Rate = Math.Max(_options.MinRate, Rate * _options.DecreaseFactor);
            _cleanAtCeiling = 0;
        }
    }

    /// <summary>
    /// The send rate over the calls started within the last <see cref="AdaptiveRateOptions.MeasureWindow"/>: the
    /// pace bounds it, and latency may keep it lower, so the refused rate is what was measured, not what was allowed.
    /// </summary>
    private double SendRate()
    {
        Trim(_time.GetTimestamp());
        if (_recentStarts.Count < 2)
        {
            return Rate;
        }

        var span = _time.GetElapsedTime(_recentStarts.Peek(), _lastStart).TotalSeconds;
        return span <= 0 ? Rate : Math.Min(Rate, (_recentStarts.Count - 1) / span);
    }

    private void Trim(long now)
    {
        while (_recentStarts.Count > 0 && _time.GetElapsedTime(_recentStarts.Peek(), now) > _options.MeasureWindow)
        {
            _recentStarts.Dequeue();
        }
    }

    private long Ticks(double seconds) => (long)(seconds * _time.TimestampFrequency);
}
