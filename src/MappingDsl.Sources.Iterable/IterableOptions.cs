namespace MappingDsl.Sources.Iterable;

/// <summary>
/// How to reach an Iterable project and how to read it. The API key never appears in <see cref="ToString"/>, logs or
/// exception messages.
/// </summary>
public sealed class IterableOptions
{
    /// <summary>Environment variable holding the API key sent as <c>Api-Key</c>.</summary>
    public const string ApiKeyVariable = "ITERABLE_API_KEY";

    /// <summary>Environment variable naming the data center (<c>US</c> or <c>EU</c>).</summary>
    public const string RegionVariable = "ITERABLE_REGION";

    /// <summary>The key sent in the <c>Api-Key</c> header (source-apis.md §2.2).</summary>
    public required string ApiKey { get; init; }

    /// <summary>The project's data center; picks the host.</summary>
    public IterableRegion Region { get; init; } = IterableRegion.Us;

    /// <summary>Overrides the host (an emulator, a proxy); must end with <c>/</c> and is the folder holding <c>api/</c>.</summary>
    public Uri? BaseUri { get; init; }

    /// <summary>Where exports start (inclusive); the project's first data is rarely older.</summary>
    public DateTimeOffset ExportFrom { get; init; } = new(2015, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>Where exports end (exclusive); now when null.</summary>
    public DateTimeOffset? ExportTo { get; init; }

    /// <summary>
    /// The export window. Airbyte slices users in 90-day windows (source-apis.md §2.4); event streams are denser, and a
    /// window is also the unit a crashed run resumes at, so the default is 30 days.
    /// </summary>
    public TimeSpan WindowSize { get; init; } = TimeSpan.FromDays(30);

    /// <summary>Per-endpoint call budgets the extractor keeps to; <see cref="EndpointLimit.Documented"/> by default.</summary>
    public IReadOnlyList<EndpointLimit> Limits { get; init; } = EndpointLimit.Documented;

    /// <summary>Retries of a call that met 429, a 5xx or a network error.</summary>
    public int MaxRetries { get; init; } = 6;

    /// <summary>
    /// The first retry's delay; later ones double. Iterable sends no <c>Retry-After</c>, and Airbyte backs exports
    /// off 20/40/80/160 s (source-apis.md §2.7), hence the 20 s default.
    /// </summary>
    public TimeSpan RetryBaseDelay { get; init; } = TimeSpan.FromSeconds(20);

    /// <summary>How long one call may take to start answering.</summary>
    public TimeSpan CallTimeout { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>How often a window whose stream broke off is asked for again (its finished lines are skipped) before its tail is quarantined.</summary>
    public int TruncatedWindowRetries { get; init; } = 1;

    /// <summary>Where finished export windows are kept so a crashed run resumes at its window (none: every run asks again).</summary>
    public string? SpoolFolder { get; init; }

    /// <summary>
    /// Reads the export streams from files instead of the API: <c>&lt;folder&gt;/&lt;dataTypeName&gt;.jsonl</c> (the
    /// <c>data.json</c> download) or <c>.csv</c> (<c>data.csv</c>), through the shared file readers; the other
    /// modules still come from the API.
    /// </summary>
    public string? ExportFolder { get; init; }

    /// <summary>Page size for campaigns, templates and catalog items (Iterable allows up to 1 000).</summary>
    public int PageSize { get; init; } = 1000;

    /// <summary>
    /// Lists whose name starts with this prefix name an organisation: their members belong to that company
    /// (the scope's "Company (List membership)"). The convention is the customer's; confirm it during discovery.
    /// </summary>
    public string CompanyListPrefix { get; init; } = "Company: ";

    /// <summary>Email domains that never name a company (free mail).</summary>
    public IReadOnlySet<string> FreeMailDomains { get; init; } = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "gmail.com", "googlemail.com", "yahoo.com", "hotmail.com", "outlook.com", "live.com", "icloud.com", "aol.com",
        "gmx.com", "gmx.de", "web.de", "proton.me", "protonmail.com", "mail.com", "yandex.com",
    };

    /// <summary>The folder calls go to: the region's host unless <see cref="BaseUri"/> overrides it.</summary>
    public Uri EffectiveBaseUri => BaseUri ?? (Region == IterableRegion.Eu
        ? new Uri("https://api.eu.iterable.com/")
        : new Uri("https://api.iterable.com/"));

    /// <summary>Reads the key and region from the environment.</summary>
    /// <exception cref="InvalidOperationException">The key is missing.</exception>
    public static IterableOptions FromEnvironment(Uri? baseUri = null)
    {
        var key = Environment.GetEnvironmentVariable(ApiKeyVariable);
        if (string.IsNullOrWhiteSpace(key))
        {
            throw new InvalidOperationException($"set {ApiKeyVariable} to read from Iterable");
        }

        var region = Environment.GetEnvironmentVariable(RegionVariable);
        return new IterableOptions
        {
            ApiKey = key,
            Region = string.Equals(region, "EU", StringComparison.OrdinalIgnoreCase) ? IterableRegion.Eu : IterableRegion.Us,
            BaseUri = baseUri,
        };
    }

    /// <summary>Checks the values, naming the first bad one.</summary>
    /// <exception cref="ArgumentException">A value is out of range.</exception>
    public void Validate()
    {
        if (string.IsNullOrWhiteSpace(ApiKey))
        {
            throw new ArgumentException("ApiKey is required");
        }

        if (WindowSize <= TimeSpan.Zero)
        {
            throw new ArgumentException("WindowSize must be positive");
        }

        if (PageSize is < 1 or > 1000)
        {
            throw new ArgumentException($"PageSize must be 1..1000, not {PageSize}");
        }

        if (MaxRetries < 0 || TruncatedWindowRetries < 0)
        {
            throw new ArgumentException("retry counts must not be negative");
        }
    }

    /// <summary>Describes the target without the key.</summary>
    public override string ToString() => $"Iterable {Region} at {EffectiveBaseUri} (key redacted)";
}
