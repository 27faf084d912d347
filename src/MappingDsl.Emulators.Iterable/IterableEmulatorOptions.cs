namespace MappingDsl.Emulators.Iterable;

/// <summary>What the Iterable emulator serves: data volume and seed, per-endpoint limits, faults.</summary>
public sealed record IterableEmulatorOptions
{
    /// <summary>The port on 127.0.0.1; 0 picks a free one.</summary>
    public int Port { get; init; }

    /// <summary>The data seed: the same seed serves the same data.</summary>
    public int Seed { get; init; } = 1;

    /// <summary>The key clients must send as <c>Api-Key</c>; random when null.</summary>
    public string? ApiKey { get; init; }

    /// <summary>User profiles (duplicates and anonymous ones included).</summary>
    public int Profiles { get; init; } = 200;

    /// <summary>Share of profiles that repeat an earlier profile's email with a different userId and profileUpdatedAt.</summary>
    public double DuplicateShare { get; init; } = 0.05;

    /// <summary>Share of profiles with a userId and no email.</summary>
    public double AnonymousShare { get; init; } = 0.05;

    /// <summary>Custom events, generated on demand from their index: a million cost nothing until streamed.</summary>
    public long CustomEvents { get; init; } = 400;

    /// <summary>Purchases (each with 1–3 items from the catalog).</summary>
    public long Purchases { get; init; } = 60;

    /// <summary>Subscription events per type (emailSubscribe, emailUnSubscribe).</summary>
    public long SubscriptionEvents { get; init; } = 40;

    /// <summary>Campaigns.</summary>
    public int Campaigns { get; init; } = 12;

    /// <summary>Catalog items (in two catalogs).</summary>
    public int CatalogItems { get; init; } = 20;

    /// <summary>Where generated data starts: profiles are updated and events happen in <c>[DataStart, DataStart + DataSpan)</c>.</summary>
    public DateTimeOffset DataStart { get; init; } = new(2024, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>How long the generated history is.</summary>
    public TimeSpan DataSpan { get; init; } = TimeSpan.FromDays(365);

    /// <summary>
    /// Multiplies every limit window: 1 serves the documented limits (export 4 a minute); tests use a small factor so
    /// a 429 and its recovery take milliseconds; 0 switches limits off.
    /// </summary>
    public double LimitTimeScale { get; init; } = 1;

    /// <summary>Multiplies every limit's call count (the demo raises the export budget this way; 1 = documented).</summary>
    public int LimitCallScale { get; init; } = 1;

    /// <summary>Fault: every Nth customEvent line is not valid JSON (0 = never).</summary>
    public int MalformedEvery { get; init; }

    /// <summary>Fault: every Nth customEvent line has no eventName (0 = never).</summary>
    public int UnknownShapeEvery { get; init; }

    /// <summary>Fault: customEvent streams break off mid-line after this many lines of a window (0 = never).</summary>
    public int TruncateAfterLines { get; init; }

    /// <summary>Fault: how many times a stream breaks off before answers are whole again (0 = always).</summary>
    public int TruncateTimes { get; init; }

    /// <summary>Checks the values.</summary>
    /// <exception cref="ArgumentException">A value is out of range.</exception>
    public void Validate()
    {
        if (Profiles < 1 || CustomEvents < 0 || Purchases < 0 || SubscriptionEvents < 0 || Campaigns < 0 || CatalogItems < 1)
        {
            throw new ArgumentException("volumes must be positive (at least one profile and one catalog item)");
        }

        if (DuplicateShare is < 0 or >= 1 || AnonymousShare is < 0 or >= 1 || DuplicateShare + AnonymousShare >= 1)
        {
            throw new ArgumentException("DuplicateShare and AnonymousShare must be in [0, 1) and add up to less than 1");
        }

        if (DataSpan <= TimeSpan.Zero || LimitTimeScale < 0 || LimitCallScale < 1)
        {
            throw new ArgumentException("DataSpan must be positive, LimitTimeScale not negative, LimitCallScale at least 1");
        }
    }
}
