namespace MappingDsl.Emulators.Iterable;

/// <summary>
/// Iterable's per-endpoint limits (source-apis.md §2.3, §2.7, from the spec's "Rate limit" texts): export
/// data.json/csv 4 a minute per project, lists/getUsers 5 a minute, campaigns/metrics 10 a minute, users/getFields
/// 3 a second, the other read endpoints 100 a second. Fixed windows per endpoint prefix.
/// </summary>
internal sealed class EndpointThrottle(double timeScale, int callScale)
{
    private static readonly (string Prefix, int Calls, TimeSpan Window)[] Documented =
    [
        ("/api/export/data", 4, TimeSpan.FromMinutes(1)),
        ("/api/lists/getUsers", 5, TimeSpan.FromMinutes(1)),
        ("/api/campaigns/metrics", 10, TimeSpan.FromMinutes(1)),
        ("/api/users/getFields", 3, TimeSpan.FromSeconds(1)),
        ("/api/", 100, TimeSpan.FromSeconds(1)),
    ];

    private readonly Lock _gate = new();
    private readonly Dictionary<string, (DateTimeOffset Start, int Count)> _windows = new(StringComparer.Ordinal);

    /// <summary>Admits a call to <paramref name="path"/>, or says which limit it broke.</summary>
    public bool TryAdmit(string path, out string prefix)
    {
        var limit = Documented.First(l => path.StartsWith(l.Prefix, StringComparison.Ordinal));
        prefix = limit.Prefix;
        if (timeScale <= 0)
        {
            return true;
        }

        var window = limit.Window * timeScale;
        lock (_gate)
        {
            var now = DateTimeOffset.UtcNow;
            var (start, count) = _windows.GetValueOrDefault(limit.Prefix);
            if (now - start >= window)
            {
                (start, count) = (now, 0);
            }

            if (count >= limit.Calls * callScale)
            {
                _windows[limit.Prefix] = (start, count);
                return false;
            }

            _windows[limit.Prefix] = (start, count + 1);
            return true;
        }
    }
}
