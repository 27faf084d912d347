namespace MappingDsl.Emulators.Salesmate;

/// <summary>What the emulator serves and how it misbehaves. Every share is a fraction in [0, 1].</summary>
public sealed class SalesmateEmulatorOptions
{
    /// <summary>The loopback port to bind; 0 picks a free one.</summary>
    public int Port { get; init; }

    /// <summary>The number of contacts; the other modules scale from it (see <see cref="EmulatorDataset"/>).</summary>
    public int Records { get; init; } = 1000;

    /// <summary>Seeds all generated data; the same seed gives the same records.</summary>
    public int Seed { get; init; } = 1;

    /// <summary>The access key clients must send; a random one is made when omitted.</summary>
    public string? AccessKey { get; init; }

    /// <summary>The link name clients must send as <c>x-linkname: {LinkName}.salesmate.io</c>.</summary>
    public string LinkName { get; init; } = "emulator";

    /// <summary>Calls allowed per <see cref="ThrottleWindow"/> before answering 429; 0 turns throttling off.</summary>
    public int ThrottleLimit { get; init; }

    /// <summary>The fixed window <see cref="ThrottleLimit"/> counts calls in.</summary>
    public TimeSpan ThrottleWindow { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>Whether a 429 carries <c>Retry-After</c> (the real API sends none).</summary>
    public bool SendRetryAfter { get; init; }

    /// <summary>Share of records served malformed: half broken JSON, half a string id.</summary>
    public double MalformedShare { get; init; }

    /// <summary>Share of deals whose stage is not in their pipeline.</summary>
    public double UnknownStageShare { get; init; }

    /// <summary>Share of owned records served with <c>owner: null</c>.</summary>
    public double MissingOwnerShare { get; init; }

    /// <summary>Share of calls answered with a failure envelope and HTTP 200.</summary>
    public double FailureEnvelopeShare { get; init; }

    /// <summary>How failure envelopes spell their keys.</summary>
    public ErrorCasing ErrorCasing { get; init; } = ErrorCasing.Live;

    /// <summary>
    /// Custom fields the account has beyond <see cref="SalesmateEmulatorCatalog.CustomFields"/>: defined in the field
    /// metadata and filled on records like the catalog's, so a test can add one and watch discovery and the build see it.
    /// </summary>
    public IReadOnlyList<EmulatorCustomField> ExtraCustomFields { get; init; } = [];

    /// <summary>
    /// Lifecycle stages served in addition to <see cref="SalesmateEmulatorCatalog.LifecycleStages"/>, as an account
    /// that added its own stages would: contacts are spread over the catalog's stages and these.
    /// </summary>
    public IReadOnlyList<string> ExtraLifecycleStages { get; init; } = [];

    /// <summary>The instant generated history starts from.</summary>
    public DateTimeOffset Epoch { get; init; } = new(2024, 1, 1, 0, 0, 0, TimeSpan.Zero);

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
                     (nameof(MalformedShare), MalformedShare), (nameof(UnknownStageShare), UnknownStageShare),
                     (nameof(MissingOwnerShare), MissingOwnerShare), (nameof(FailureEnvelopeShare), FailureEnvelopeShare),
                 })
        {
            if (share is < 0 or > 1 || double.IsNaN(share))
            {
                throw new ArgumentException($"{name} must be within 0..1, not {share}");
            }
        }

        if (ThrottleLimit < 0 || ThrottleWindow <= TimeSpan.Zero)
        {
            throw new ArgumentException("ThrottleLimit must not be negative and ThrottleWindow must be positive");
        }
    }
}
