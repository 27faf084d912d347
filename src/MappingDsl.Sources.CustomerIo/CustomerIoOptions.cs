namespace MappingDsl.Sources.CustomerIo;

/// <summary>
/// How to reach a Customer.io workspace through the App API and how to read it. The App API key never appears in
/// <see cref="ToString"/>, logs or exception messages.
/// </summary>
public sealed record CustomerIoOptions
{
    /// <summary>Environment variable holding the App API key (sent as <c>Authorization: Bearer</c>).</summary>
    public const string ApiKeyVariable = "CUSTOMERIO_APP_API_KEY";

    /// <summary>Environment variable naming the region (<c>US</c> or <c>EU</c>).</summary>
    public const string RegionVariable = "CUSTOMERIO_REGION";

    /// <summary>The App API key; Track API keys do not work here (source-apis.md §3.2).</summary>
    public required string ApiKey { get; init; }

    /// <summary>The workspace's region; picks the host.</summary>
    public CustomerIoRegion Region { get; init; } = CustomerIoRegion.Us;

    /// <summary>Overrides the host (an emulator, a proxy); must end with <c>/</c> and is the folder holding <c>v1/</c>.</summary>
    public Uri? BaseUri { get; init; }

    /// <summary>Requests per second: "requests are limited to 10 per second" (docs overview, source-apis.md §3.6).</summary>
    public int RequestsPerSecond { get; init; } = 10;

    /// <summary>People search page size (the API allows up to 1 000).</summary>
    public int PeoplePageSize { get; init; } = 1000;

    /// <summary>Ids per attribute-hydration call (the API allows up to 100).</summary>
    public int HydrateBatch { get; init; } = 100;

    /// <summary>Message (delivery) page size (up to 1 000).</summary>
    public int MessagePageSize { get; init; } = 1000;

    /// <summary>Activity page size (up to 100).</summary>
    public int ActivityPageSize { get; init; } = 100;

    /// <summary>Object search page size.</summary>
    public int ObjectPageSize { get; init; } = 1000;

    /// <summary>Segment membership page size (up to 30 000).</summary>
    public int MembershipPageSize { get; init; } = 30000;

    /// <summary>Where delivery windows start (inclusive).</summary>
    public DateTimeOffset DeliveriesFrom { get; init; } = DateTimeOffset.UtcNow.AddDays(-180);

    /// <summary>Where delivery windows end (inclusive, as <c>end_ts</c> is); now when null.</summary>
    public DateTimeOffset? DeliveriesTo { get; init; }

    /// <summary>One <c>start_ts</c>/<c>end_ts</c> window; the API allows at most six months per call (source-apis.md §3.4).</summary>
    public TimeSpan WindowSize { get; init; } = TimeSpan.FromDays(30);

    /// <summary>The object type holding companies (matched on its name, case-insensitively).</summary>
    public string CompanyObjectType { get; init; } = "Companies";

    /// <summary>How people and deliveries are read: the App API lists (the default) or the asynchronous exports.</summary>
    public CustomerIoReadPath Via { get; init; } = CustomerIoReadPath.Api;

    /// <summary>
    /// Where export files are downloaded to and kept (<c>person.csv</c>, <c>delivery.csv</c>), so they can be read again
    /// offline; a temporary folder, deleted after the read, when null.
    /// </summary>
    public string? ExportFolder { get; init; }

    /// <summary>The first wait between export status reads; later waits double up to <see cref="ExportPollMaxDelay"/>.</summary>
    public TimeSpan ExportPollDelay { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>The longest wait between export status reads.</summary>
    public TimeSpan ExportPollMaxDelay { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>How long an export may take before the read gives up on it.</summary>
    public TimeSpan ExportTimeout { get; init; } = TimeSpan.FromHours(2);

    /// <summary>Retries of a call that met 429, a 5xx or a network error.</summary>
    public int MaxRetries { get; init; } = 6;

    /// <summary>The first retry's delay when no <c>Retry-After</c> came (its presence is UNCONFIRMED); later ones double.</summary>
    public TimeSpan RetryBaseDelay { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>How long one call may take.</summary>
    public TimeSpan CallTimeout { get; init; } = TimeSpan.FromMinutes(2);

    /// <summary>The folder calls go to: the region's host unless <see cref="BaseUri"/> overrides it.</summary>
    public Uri EffectiveBaseUri => BaseUri ?? (Region == CustomerIoRegion.Eu
        ? new Uri("https://api-eu.customer.io/")
        : new Uri("https://api.customer.io/"));

    /// <summary>Reads the key and region from the environment.</summary>
    /// <param name="baseUri">Overrides the host.</param>
    /// <exception cref="InvalidOperationException">The key is missing.</exception>
    public static CustomerIoOptions FromEnvironment(Uri? baseUri = null)
    {
        var key = Environment.GetEnvironmentVariable(ApiKeyVariable);
        if (string.IsNullOrWhiteSpace(key))
        {
            throw new InvalidOperationException($"set {ApiKeyVariable} to read from Customer.io");
        }

        var region = Environment.GetEnvironmentVariable(RegionVariable);
        return new CustomerIoOptions
        {
            ApiKey = key,
            Region = string.Equals(region, "EU", StringComparison.OrdinalIgnoreCase) ? CustomerIoRegion.Eu : CustomerIoRegion.Us,
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

        if (PeoplePageSize is < 1 or > 1000 || MessagePageSize is < 1 or > 1000 || ActivityPageSize is < 1 or > 100
            || HydrateBatch is < 1 or > 100 || MembershipPageSize is < 1 or > 30000 || ObjectPageSize < 1)
        {
            throw new ArgumentException("page sizes must be within the documented limits (people/messages 1000, activities 100, hydrate 100, membership 30000)");
        }

        if (RequestsPerSecond < 1 || MaxRetries < 0 || WindowSize <= TimeSpan.Zero || WindowSize > TimeSpan.FromDays(183))
        {
            throw new ArgumentException("RequestsPerSecond must be positive, MaxRetries not negative, WindowSize within six months");
        }

        if (ExportPollDelay <= TimeSpan.Zero || ExportPollMaxDelay < ExportPollDelay || ExportTimeout <= TimeSpan.Zero)
        {
            throw new ArgumentException("ExportPollDelay and ExportTimeout must be positive, ExportPollMaxDelay at least ExportPollDelay");
        }
    }

    /// <summary>Describes the target without the key.</summary>
    public override string ToString() => $"Customer.io {Region} at {EffectiveBaseUri} (key redacted)";
}
