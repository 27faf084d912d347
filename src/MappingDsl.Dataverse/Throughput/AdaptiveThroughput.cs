namespace MappingDsl.Dataverse.Throughput;

/// <summary>
/// Additive increase, gentle multiplicative decrease. Starts from the org's <c>x-ms-dop-hint</c>; every completion
/// outside a throttling episode grows the batch by a step and adds one request in flight (per completion, not per
/// round: bulk requests take seconds, and running one request above the budget costs only a paced wait at the throttle
/// gate, while running below it loses throughput for good). A 429 for execution time or concurrency takes a quarter of
/// the requests in flight away (at least one): the limits are checked at admission and <c>Retry-After</c> says when
/// capacity frees up, so a request or two above the budget simply waits for the next free slot and keeps the budget
/// spent, whereas halving would leave it idle. A 429 for request count doubles the batch instead (fewer, larger
/// requests carry the same records). One throttling episode (all 429s within its <c>Retry-After</c>) counts once.
/// </summary>
/// <param name="options">Bounds and steps.</param>
/// <param name="time">The clock.</param>
public sealed class AdaptiveThroughput(AdaptiveThroughputOptions? options = null, TimeProvider? time = null) : IThroughputController
{
    private readonly AdaptiveThroughputOptions _options = options ?? new AdaptiveThroughputOptions();
    private readonly TimeProvider _time = time ?? TimeProvider.System;
    private readonly Lock _lock = new();
    private int _concurrency;
    private int _batchSize;
    private DateTimeOffset _episodeEnds = DateTimeOffset.MinValue;

    /// <inheritdoc />
    public int BatchSize { get { lock (_lock) return _batchSize; } }

    /// <inheritdoc />
    public int Concurrency { get { lock (_lock) return _concurrency; } }

    /// <inheritdoc />
    public void Start(int dopHint)
    {
        lock (_lock)
        {
            _concurrency = Math.Clamp(dopHint > 0 ? dopHint : _options.InitialConcurrency, 1, _options.MaxConcurrency);
            _batchSize = Math.Clamp(_options.InitialBatchSize, 1, _options.MaxBatchSize);
        }
    }

    /// <inheritdoc />
    public void OnCompleted(int records)
    {
        lock (_lock)
        {
            if (_time.GetUtcNow() < _episodeEnds) return;
            _batchSize = Math.Min(_batchSize + _options.BatchStep, _options.MaxBatchSize);
            _concurrency = Math.Min(_concurrency + 1, _options.MaxConcurrency);
        }
    }

    /// <inheritdoc />
    public void OnThrottled(ThrottleEvent throttle)
    {
        lock (_lock)
        {
            var now = _time.GetUtcNow();
            if (now < _episodeEnds) return;
            _episodeEnds = now + throttle.RetryAfter + TimeSpan.FromMilliseconds(50);
            if (throttle.Kind == ThrottleKind.Requests && _batchSize < _options.MaxBatchSize)
                _batchSize = Math.Min(_batchSize * 2, _options.MaxBatchSize);
            else
                _concurrency = Math.Max(1, _concurrency - Math.Max(1, _concurrency / Math.Max(1, _options.DecreaseDivisor)));
        }
    }
}
