namespace MappingDsl.Emulators.Wetroo;

/// <summary>What the emulator serves and how it misbehaves. Every share is a fraction in [0, 1].</summary>
public sealed class WetrooEmulatorOptions
{
    /// <summary>The loopback port to bind; 0 picks a free one.</summary>
    public int Port { get; init; }

    /// <summary>The number of contacts; leads and deals are half as many each.</summary>
    public int Records { get; init; } = 1000;

    /// <summary>Seeds all generated data; the same seed gives the same records.</summary>
    public int Seed { get; init; } = 1;

    /// <summary>The API key clients must send as <c>Authorization: Bearer</c>; a random one is made when omitted.</summary>
    public string? ApiKey { get; init; }

    /// <summary>Calls admitted per <see cref="ThrottleWindow"/> before answering 429; 0 turns throttling off. Never published to clients.</summary>
    public int ThrottleLimit { get; init; }

    /// <summary>The fixed window the throttle counts calls in.</summary>
    public TimeSpan ThrottleWindow { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>How the limit changes during a run, by call count: the undocumented throttling a real account shows.</summary>
    public IReadOnlyList<ThrottleChange> ThrottleChanges { get; init; } = [];

    /// <summary>Whether a 429 carries <c>Retry-After</c>; off by default, as nothing says Wetroo sends one.</summary>
    public bool SendRetryAfter { get; init; }

    /// <summary>Share of calls answered 503.</summary>
    public double ServerErrorShare { get; init; }

    /// <summary>Share of contacts whose email repeats another contact's.</summary>
    public double DuplicateEmailShare { get; init; } = 0.04;

    /// <summary>Share of contacts and leads with blank first and last names.</summary>
    public double BlankNameShare { get; init; } = 0.03;

    /// <summary>Share of deals on a stage no pipeline has any more.</summary>
    public double StaleStageShare { get; init; } = 0.03;

    /// <summary>Share of deals whose contact does not exist.</summary>
    public double MissingContactShare { get; init; } = 0.03;

    /// <summary>The instant generated history starts from.</summary>
    public DateTimeOffset Epoch { get; init; } = new(2024, 4, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>Checks the values, naming the first bad one.</summary>
    /// <exception cref="ArgumentException">A value is out of range.</exception>
    public void Validate()
    {
        if (Records < 1)
        {
            throw new ArgumentException($"Records must be at least 1, not {Records}");
        }

        if (Port is < 0 or > 65535)
        {
            throw new ArgumentException($"Port must be 0..65535, not {Port}");
        }

        foreach (var (name, share) in new[]
                 {
                     (nameof(ServerErrorShare), ServerErrorShare), (nameof(DuplicateEmailShare), DuplicateEmailShare),
                     (nameof(BlankNameShare), BlankNameShare), (nameof(StaleStageShare), StaleStageShare),
                     (nameof(MissingContactShare), MissingContactShare),
                 })
        {
            if (share is < 0 or > 1 || double.IsNaN(share))
            {
                throw new ArgumentException($"{name} must be within 0..1, not {share}");
            }
        }

        if (ThrottleLimit < 0 || ThrottleWindow <= TimeSpan.Zero || ThrottleChanges.Any(c => c.Limit < 0 || c.AfterCalls < 0))
        {
            throw new ArgumentException("throttle limits and call counts must not be negative and ThrottleWindow must be positive");
        }
    }
}
