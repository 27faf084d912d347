namespace MappingDsl.Dataverse.Http;

/// <summary>
/// Once Dataverse answers 429, requests this user sends before <c>Retry-After</c> passes would be refused too, so all of
/// the client's requests wait at this gate instead of each collecting its own 429. When it reopens, waiting requests
/// pass one at a time, spaced by the round trip of a 429 (1 to 100 ms): the limits are checked at admission, so a burst of every
/// waiting retry at once would mostly be refused again; spaced out, the first one that does not fit closes the gate
/// (with a fresh <c>Retry-After</c>) before the next one is sent. Pacing lasts twice the last <c>Retry-After</c>.
/// </summary>
internal sealed class ThrottleGate(TimeProvider time)
{
    private static readonly TimeSpan MinSpacing = TimeSpan.FromMilliseconds(1);
    private static readonly TimeSpan MaxSpacing = TimeSpan.FromMilliseconds(100);
    private readonly Lock _lock = new();
    private DateTimeOffset _resumeAt = DateTimeOffset.MinValue;
    private DateTimeOffset _pacedUntil = DateTimeOffset.MinValue;
    private TimeSpan _spacing = MinSpacing;

    /// <summary>Closes the gate for <paramref name="wait"/>; <paramref name="roundTrip"/> is how long the 429 took to arrive.</summary>
    public void Close(TimeSpan wait, TimeSpan roundTrip)
    {
        lock (_lock)
        {
            var now = time.GetUtcNow();
            var until = now + wait;
            if (until > _resumeAt) _resumeAt = until;
            if (until + wait > _pacedUntil) _pacedUntil = until + wait;
            _spacing = roundTrip < MinSpacing ? MinSpacing : roundTrip > MaxSpacing ? MaxSpacing : roundTrip;
        }
    }

    /// <summary>How long until the gate reopens (zero when open), without taking a paced slot.</summary>
    public TimeSpan ClosedFor
    {
        get
        {
            lock (_lock)
            {
                var wait = _resumeAt - time.GetUtcNow();
                return wait > TimeSpan.Zero ? wait : TimeSpan.Zero;
            }
        }
    }

    public async ValueTask WaitAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            TimeSpan wait;
            lock (_lock)
            {
                var now = time.GetUtcNow();
                if (now >= _resumeAt)
                {
                    if (now < _pacedUntil) _resumeAt = now + _spacing;
                    return;
                }
                wait = _resumeAt - now;
            }
            await Task.Delay(wait, time, cancellationToken).ConfigureAwait(false);
        }
    }
}
