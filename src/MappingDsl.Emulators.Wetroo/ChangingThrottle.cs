namespace MappingDsl.Emulators.Wetroo;

/// <summary>
/// A fixed-window call quota whose limit changes during a run (by call count, or when a test sets it): the
/// undocumented, moving throttle the Wetroo scope warns about.
/// </summary>
internal sealed class ChangingThrottle(int limit, TimeSpan window, IReadOnlyList<ThrottleChange> changes, TimeProvider time)
{
    private readonly Lock _gate = new();
    private readonly ThrottleChange[] _changes = [.. changes.OrderBy(c => c.AfterCalls)];
    private DateTimeOffset _windowStart = DateTimeOffset.MinValue;
    private int _inWindow;
    private long _calls;
    private int _limit = limit;

    /// <summary>The limit in force now; 0 when off.</summary>
    public int Limit
    {
        get
        {
            lock (_gate)
            {
                return _limit;
            }
        }

        set
        {
            lock (_gate)
            {
                _limit = value;
            }
        }
    }

    /// <summary>Admits a call, or says how long until the window resets.</summary>
    public bool TryAdmit(out TimeSpan retryAfter)
    {
        retryAfter = TimeSpan.Zero;
        lock (_gate)
        {
            _calls++;
            foreach (var change in _changes)
            {
                if (change.AfterCalls == _calls - 1)
                {
                    _limit = change.Limit;
                }
            }

            if (_limit <= 0)
            {
                return true;
            }

            var now = time.GetUtcNow();
            if (now - _windowStart >= window)
            {
                _windowStart = now;
                _inWindow = 0;
            }

            if (_inWindow < _limit)
            {
                _inWindow++;
                return true;
            }

            retryAfter = _windowStart + window - now;
            return false;
        }
    }
}
