namespace MappingDsl.Emulators.Dataverse;

/// <summary>How the emulator behaves: where it listens, what it stores, which limits and faults it simulates.</summary>
public sealed record DataverseEmulatorOptions
{
    /// <summary>TCP port on 127.0.0.1; 0 picks a free one.</summary>
    public int Port { get; init; }

    /// <summary>SQLite file for records, or null for a private in-memory database.</summary>
    public string? DatabasePath { get; init; }

    /// <summary>A directory of <c>EntityDefinitions</c> JSON files (one per table) to use instead of the embedded snapshot.</summary>
    public string? MetadataDirectory { get; init; }

    /// <summary>Users to create in <c>systemusers</c>.</summary>
    public IReadOnlyList<SeedUser> Users { get; init; } = [];

    /// <summary>Alternate keys that exist (already Active) when the emulator starts.</summary>
    public IReadOnlyList<SeedKey> Keys { get; init; } = [];

    /// <summary>The calling user's id (the default owner of created records).</summary>
    public Guid CallerId { get; init; } = new("a0000000-0000-0000-0000-000000000001");

    /// <summary>Service-protection limits; null disables them.</summary>
    public ServiceProtectionLimits? Limits { get; init; } = new();

    /// <summary>Simulated server work per request, counted as execution time.</summary>
    public TimeSpan LatencyPerRequest { get; init; }

    /// <summary>Simulated server work per record written, counted as execution time.</summary>
    public TimeSpan LatencyPerRecord { get; init; }

    /// <summary>Injected faults; null for none.</summary>
    public FaultOptions? Faults { get; init; }

    /// <summary>Reject <c>statecode</c> on create (true) or ignore it as the platform documents for invalid-for-create columns (false).</summary>
    public bool RejectStateCodeOnCreate { get; init; } = true;

    /// <summary>Reject records owned by a disabled user.</summary>
    public bool RejectDisabledOwners { get; init; } = true;

    /// <summary>How long a new alternate key stays Pending before it becomes Active.</summary>
    public TimeSpan KeyActivationDelay { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>Records per page when the client sends no <c>odata.maxpagesize</c>.</summary>
    public int DefaultPageSize { get; init; } = 5000;

    /// <summary>The <c>x-ms-dop-hint</c> header sent on every response.</summary>
    public int DopHint { get; init; } = 4;

    /// <summary>
    /// The org's maximum attachment size in bytes (<c>organization.maxuploadfilesize</c>): an annotation whose decoded
    /// <c>documentbody</c> is larger is refused. The 5 MB default (5 242 880) is Dataverse's documented default;
    /// UNCONFIRMED here: not in the reference notes.
    /// </summary>
    public long MaxUploadFileSize { get; init; } = 5_242_880;
}

/// <summary>A user to seed into <c>systemusers</c>.</summary>
/// <param name="Id">The user id.</param>
/// <param name="Email">Its <c>internalemailaddress</c>.</param>
/// <param name="FullName">Its full name.</param>
/// <param name="IsDisabled">Its <c>isdisabled</c>.</param>
public sealed record SeedUser(Guid Id, string Email, string FullName, bool IsDisabled = false);

/// <summary>An alternate key present at start-up.</summary>
/// <param name="Table">Table logical name.</param>
/// <param name="SchemaName">Key schema name.</param>
/// <param name="Columns">Key columns.</param>
public sealed record SeedKey(string Table, string SchemaName, IReadOnlyList<string> Columns);

/// <summary>Per-user service-protection limits (Dataverse defaults: 6000 requests and 1,200,000 ms in 300 s; 52 concurrent).</summary>
public sealed record ServiceProtectionLimits
{
    /// <summary>The sliding window.</summary>
    public TimeSpan Window { get; init; } = TimeSpan.FromSeconds(300);

    /// <summary>Requests allowed in the window.</summary>
    public int MaxRequests { get; init; } = 6000;

    /// <summary>Combined execution time allowed in the window.</summary>
    public TimeSpan MaxExecutionTime { get; init; } = TimeSpan.FromMilliseconds(1_200_000);

    /// <summary>Concurrent requests allowed.</summary>
    public int MaxConcurrent { get; init; } = 52;

    /// <summary>The same limits with the window, execution time scaled by <paramref name="factor"/> (requests too), so a
    /// 300 s window can run in seconds while keeping the documented ratios.</summary>
    /// <param name="factor">For example 0.01: a 3 s window, 60 requests, 12 s execution time.</param>
    public static ServiceProtectionLimits Scaled(double factor) => new()
    {
        Window = TimeSpan.FromSeconds(300 * factor),
        MaxRequests = Math.Max(1, (int)Math.Round(6000 * factor)),
        MaxExecutionTime = TimeSpan.FromMilliseconds(1_200_000 * factor),
    };

    /// <summary>Send <c>Retry-After</c> in whole seconds (as Dataverse does). Null: whole seconds for windows of a minute or
    /// more, decimals for scaled windows (where a whole second would be a scaled minute and more).</summary>
    public bool? WholeSecondRetryAfter { get; init; }
}

/// <summary>Deterministic fault injection.</summary>
/// <param name="Seed">Random seed.</param>
/// <param name="ServerErrorRate">Share of requests answered 503 before any work.</param>
/// <param name="DropRate">Share of requests whose connection is reset after the work is done (the client never learns
/// the outcome).</param>
/// <param name="ExtraLatency">Up to this much extra latency per request.</param>
/// <param name="FailEveryNthBatch">Every nth <c>$batch</c> request (the first, the n+1th, …; 0 for none) fails halfway,
/// alternately in two ways. Either the operation at the middle of the batch fails with a transient server error
/// (<c>0x80044150</c> Generic SQL error, a deadlock): the change set holding it rolls back as a whole, parts before it
/// stay committed, later parts run only with <c>Prefer: odata.continue-on-error</c>. Or the parts and change sets
/// before the middle commit and the connection is reset: the client never learns that half landed. Counted, not
/// drawn, so a short test is sure to meet both.</param>
public sealed record FaultOptions(int Seed, double ServerErrorRate = 0, double DropRate = 0, TimeSpan ExtraLatency = default, int FailEveryNthBatch = 0);

/// <summary>How often the emulator refused or disturbed a request so far, by kind (for tests that must know the faults happened).</summary>
/// <param name="Throttled">429s from service protection.</param>
/// <param name="ServerErrors">Injected 503s.</param>
/// <param name="Drops">Connections reset after the work was done.</param>
/// <param name="BatchFailures"><c>$batch</c> requests failed halfway.</param>
/// <param name="Slowed">Requests given extra latency.</param>
public sealed record FaultCounts(long Throttled, long ServerErrors, long Drops, long BatchFailures, long Slowed);

/// <summary>What one caller (one user, as service protection counts them) did so far.</summary>
/// <param name="Requests">Requests admitted (past service protection).</param>
/// <param name="Throttled">Requests refused with 429.</param>
/// <param name="Written">Records the admitted requests wrote.</param>
public sealed record CallerCounts(long Requests, long Throttled, long Written);
