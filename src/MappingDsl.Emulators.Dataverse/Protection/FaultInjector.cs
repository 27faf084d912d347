namespace MappingDsl.Emulators.Dataverse.Protection;

/// <summary>
/// Seeded, so a test run sees the same faults in the same order: 503s, reset connections, <c>$batch</c> requests failing
/// halfway and extra latency. Counts the faults that happened, with the 429s service protection answered.
/// </summary>
internal sealed class FaultInjector(FaultOptions? options)
{
    private readonly Random _random = new(options?.Seed ?? 0);
    private readonly Lock _lock = new();
    private long _batches;
    private long _throttled, _serverErrors, _drops, _batchFailures, _slowed;

    public FaultCounts Counts => new(Interlocked.Read(ref _throttled), Interlocked.Read(ref _serverErrors), Interlocked.Read(ref _drops),
        Interlocked.Read(ref _batchFailures), Interlocked.Read(ref _slowed));

    public (bool ServerError, bool Drop, TimeSpan Latency) Next()
    {
        if (options is null) return default;
        bool error, drop;
        TimeSpan latency;
        lock (_lock)
        {
            error = _random.NextDouble() < options.ServerErrorRate;
            drop = _random.NextDouble() < options.DropRate;
            latency = options.ExtraLatency * _random.NextDouble();
        }
        return (error, drop, latency);
    }

    /// <summary>
    /// How the <c>$batch</c> about to run (admitted, so it will run) fails halfway, if it is one of every nth: the
    /// failures alternate between the middle operation failing (<see cref="HalfwayFault.FailPart"/>) and the connection
    /// reset once the first half is done (<see cref="HalfwayFault.Reset"/>).
    /// </summary>
    public HalfwayFault Halfway()
    {
        if (options is not { FailEveryNthBatch: > 0 } || Interlocked.Increment(ref _batches) % options.FailEveryNthBatch != 1 % options.FailEveryNthBatch)
            return HalfwayFault.None;
        return Interlocked.Increment(ref _batchFailures) % 2 == 1 ? HalfwayFault.FailPart : HalfwayFault.Reset;
    }

    // Counted where they happen: a request answered 429 or 503 first never meets its other faults.
    public void ServerError() => Interlocked.Increment(ref _serverErrors);

    public void Dropped() => Interlocked.Increment(ref _drops);

    public void Slowed() => Interlocked.Increment(ref _slowed);

    public void Throttled() => Interlocked.Increment(ref _throttled);
}

/// <summary>How a <c>$batch</c> fails halfway.</summary>
internal enum HalfwayFault
{
    /// <summary>It does not.</summary>
    None,

    /// <summary>The middle operation fails with a transient server error; its change set rolls back.</summary>
    FailPart,

    /// <summary>The operations before the middle run (their change sets commit), then the connection is reset.</summary>
    Reset,
}
