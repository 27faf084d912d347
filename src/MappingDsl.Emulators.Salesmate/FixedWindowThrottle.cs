namespace MappingDsl.Emulators.Salesmate;

/// <summary>Counts calls in fixed windows and refuses those over the limit, like a per-link API quota.</summary>
internal sealed class FixedWindowThrottle(int limit, TimeSpan window, TimeProvider time)
{
    private readonly Lock _gate = new();
    private DateTimeOffset _windowStart = DateTimeOffset.MinValue;
    private int _count;

    /// <summary>Admits a call, or returns how long until the window resets.</summary>
    public bool TryAdmit(out TimeSpan retryAfter)
    {
        retryAfter = TimeSpan.Zero;
        if (limit <= 0)
        {
            return true;
        }

        lock (_gate)
        {
            var now = time.GetUtcNow();
            if (now - _windowStart >= window)
            {
                _windowStart = now;
                _count = 0;
            }

            if (_count < limit)
            {
                _count++;
                return true;
            }

            retryAfter = _windowStart + window - now;
            return false;
        }
    }
}
