namespace MappingDsl.Emulators.Salesmate;

/// <summary>What the emulator has answered so far; tests read it to prove throttling and faults happened.</summary>
public sealed class EmulatorStats
{
    private long _calls;
    private long _throttled;
    private long _failureEnvelopes;

    /// <summary>Calls received (authorised or not).</summary>
    public long Calls => Interlocked.Read(ref _calls);

    /// <summary>Calls answered 429.</summary>
    public long Throttled => Interlocked.Read(ref _throttled);

    /// <summary>Calls answered with an injected failure envelope and HTTP 200.</summary>
    public long FailureEnvelopes => Interlocked.Read(ref _failureEnvelopes);

    internal long NextCall() => Interlocked.Increment(ref _calls);

    internal void CountThrottled() => Interlocked.Increment(ref _throttled);

    internal void CountFailureEnvelope() => Interlocked.Increment(ref _failureEnvelopes);
}
