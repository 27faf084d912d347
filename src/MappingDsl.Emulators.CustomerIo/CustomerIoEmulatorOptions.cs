namespace MappingDsl.Emulators.CustomerIo;

/// <summary>What the Customer.io emulator serves: volumes and seed, the request limit, the optional extra event property.</summary>
public sealed record CustomerIoEmulatorOptions
{
    /// <summary>The port on 127.0.0.1; 0 picks a free one.</summary>
    public int Port { get; init; }

    /// <summary>The data seed: the same seed serves the same data.</summary>
    public int Seed { get; init; } = 1;

    /// <summary>The App API key clients must send as <c>Authorization: Bearer</c>; random when null.</summary>
    public string? ApiKey { get; init; }

    /// <summary>People (anonymous ones, invalid emails and trait-poor profiles included).</summary>
    public int People { get; init; } = 200;

    /// <summary>Share of people with an <c>anonymous_id</c> and no email.</summary>
    public double AnonymousShare { get; init; } = 0.1;

    /// <summary>Share of people whose email is not a valid address.</summary>
    public double InvalidEmailShare { get; init; } = 0.05;

    /// <summary>Share of people with a valid email but only one trait.</summary>
    public double FewTraitsShare { get; init; } = 0.1;

    /// <summary>Companies (object type 1); every identified person is related to one, so each has many people.</summary>
    public int Companies { get; init; } = 12;

    /// <summary>Projects (object type 2), each pointing at a company and related to one person.</summary>
    public int Projects { get; init; } = 20;

    /// <summary>Milestones (object type 3), each pointing at a project.</summary>
    public int Milestones { get; init; } = 40;

    /// <summary>Custom events, generated on demand from their index: a million cost nothing until read.</summary>
    public long Events { get; init; } = 1000;

    /// <summary>Message deliveries, every status in turn.</summary>
    public long Deliveries { get; init; } = 360;

    /// <summary>
    /// An event property added to <see cref="ExtraEventShare"/> of the events (none when null): how a test grows the
    /// event schema and re-runs discovery.
    /// </summary>
    public string? ExtraEventProperty { get; init; }

    /// <summary>Share of events carrying <see cref="ExtraEventProperty"/>.</summary>
    public double ExtraEventShare { get; init; } = 0.2;

    /// <summary>Requests per second per workspace before 429 (docs: 10); 0 switches the limit off.</summary>
    public int RequestsPerSecond { get; init; } = 10;

    /// <summary>Status reads an export job answers as not finished before it is done (or failed).</summary>
    public int ExportPolls { get; init; } = 2;

    /// <summary>How long an export's download link is valid: "15 minutes" (source-apis.md §3.9).</summary>
    public TimeSpan ExportLinkLifetime { get; init; } = TimeSpan.FromMinutes(15);

    /// <summary>Export jobs end failed instead of done: how a test meets a failed export.</summary>
    public bool FailExports { get; init; }

    /// <summary>Where generated history starts.</summary>
    public DateTimeOffset DataStart { get; init; } = new(2025, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>How long the generated history is.</summary>
    public TimeSpan DataSpan { get; init; } = TimeSpan.FromDays(120);

    /// <summary>Checks the values.</summary>
    /// <exception cref="ArgumentException">A value is out of range.</exception>
    public void Validate()
    {
        if (People < 1 || Companies < 1 || Projects < 0 || Milestones < 0 || Events < 0 || Deliveries < 0)
        {
            throw new ArgumentException("volumes must not be negative (at least one person and one company)");
        }

        if (AnonymousShare is < 0 or >= 1 || InvalidEmailShare is < 0 or >= 1 || FewTraitsShare is < 0 or >= 1
            || AnonymousShare + InvalidEmailShare + FewTraitsShare >= 1 || ExtraEventShare is < 0 or > 1)
        {
            throw new ArgumentException("shares must be in [0, 1) and the person shares add up to less than 1");
        }

        if (Milestones > 0 && Projects == 0)
        {
            throw new ArgumentException("milestones need at least one project");
        }

        if (DataSpan <= TimeSpan.Zero || RequestsPerSecond < 0 || ExportPolls < 0 || ExportLinkLifetime < TimeSpan.Zero)
        {
            throw new ArgumentException("DataSpan must be positive; RequestsPerSecond, ExportPolls and ExportLinkLifetime not negative");
        }
    }
}
