namespace MappingDsl.Dataverse.Http;

/// <summary>
/// Once Dataverse answers 429, every request this user sends is refused until <c>Retry-After</c> passes, so all of the
/// client's requests wait at this gate instead of each collecting its own 429.
/// </summary>
internal sealed class ThrottleGate(TimeProvider time)
{
    private long _resumeAtTicks;

    public void Close(TimeSpan wait)
    {
        var until = time.GetUtcNow().UtcTicks + wait.Ticks;
        long seen;
        do
        {
            seen = Interlocked.Read(ref _resumeAtTicks);
            if (seen >= until) return;
        }
        while (Interlocked.CompareExchange(ref _resumeAtTicks, until, seen) != seen);
    }

    public async ValueTask WaitAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            var wait = Interlocked.Read(ref _resumeAtTicks) - time.GetUtcNow().UtcTicks;
            if (wait <= 0) return;
            await Task.Delay(TimeSpan.FromTicks(wait), time, cancellationToken).ConfigureAwait(false);
        }
    }
}
