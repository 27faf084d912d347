namespace MappingDsl.Emulators.Wetroo;

/// <summary>What the emulator has answered, for tests and the CLI.</summary>
public sealed class EmulatorStats
{
    private long _calls;
    private long _throttled;
    private long _serverErrors;
    private long _pages;

    /// <summary>Every call received.</summary>
    public long Calls => Interlocked.Read(ref _calls);

    /// <summary>Calls answered 429.</summary>
    public long Throttled => Interlocked.Read(ref _throttled);

    /// <summary>Calls answered 503 on purpose.</summary>
    public long ServerErrors => Interlocked.Read(ref _serverErrors);

    /// <summary>List pages served.</summary>
    public long Pages => Interlocked.Read(ref _pages);

    internal long NextCall() => Interlocked.Increment(ref _calls);

    internal void CountThrottled() => Interlocked.Increment(ref _throttled);

    internal void CountServerError() => Interlocked.Increment(ref _serverErrors);

    internal void CountPage() => Interlocked.Increment(ref _pages);
}
