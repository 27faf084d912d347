namespace MappingDsl.Sources.Salesmate;

/// <summary>
/// How to reach a Salesmate account. The caller fills it (normally with <see cref="FromEnvironment"/>); the access
/// token never appears in <see cref="ToString"/>, logs or exception messages.
/// </summary>
public sealed class SalesmateOptions
{
    /// <summary>Environment variable holding the session key sent as <c>accessToken</c>.</summary>
    public const string AccessTokenVariable = "SALESMATE_ACCESS_TOKEN";

    /// <summary>Environment variable holding the link name (the <c>acme</c> of <c>acme.salesmate.io</c>).</summary>
    public const string LinkNameVariable = "SALESMATE_LINKNAME";

    /// <summary>Environment variable overriding the base URL (an emulator, a proxy).</summary>
    public const string BaseUrlVariable = "SALESMATE_BASE_URL";

    /// <summary>The account's link name: <c>acme</c> for <c>acme.salesmate.io</c>.</summary>
    public required string LinkName { get; init; }

    /// <summary>The session key sent in the <c>accessToken</c> header.</summary>
    public required string AccessToken { get; init; }

    /// <summary>Where the API lives; defaults to <c>https://{LinkName}.salesmate.io/</c>.</summary>
    public Uri? BaseUri { get; init; }

    /// <summary>Rows per search page; Salesmate allows at most 250.</summary>
    public int PageSize { get; init; } = 250;

    /// <summary>API calls allowed per <see cref="RateWindow"/>; 1 500 per hour per link is Salesmate's published figure.</summary>
    public int CallsPerWindow { get; init; } = 1500;

    /// <summary>The window <see cref="CallsPerWindow"/> applies to.</summary>
    public TimeSpan RateWindow { get; init; } = TimeSpan.FromHours(1);

    /// <summary>Calls that may go out back to back before the steady rate applies.</summary>
    public int RateBurst { get; init; } = 10;

    /// <summary>Retries of a call that met 429, a 5xx, a network error or a transient failure envelope.</summary>
    public int MaxRetries { get; init; } = 6;

    /// <summary>The first retry's delay; later ones back off exponentially with jitter.</summary>
    public TimeSpan RetryBaseDelay { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>
    /// The largest file (an image embedded in a note) the extractor downloads; a bigger one is quarantined with its
    /// size instead of being read. The default is Dataverse's default maximum attachment size, 5 MB (5 242 880 bytes,
    /// the organization's <c>maxuploadfilesize</c>; UNCONFIRMED: not in the reference notes); set it to the target
    /// org's value.
    /// </summary>
    public long MaxFileBytes { get; init; } = 5_242_880;

    /// <summary>How long one HTTP call may take.</summary>
    public TimeSpan CallTimeout { get; init; } = TimeSpan.FromSeconds(100);

    /// <summary>The base URI calls go to.</summary>
    public Uri EffectiveBaseUri => BaseUri ?? new Uri($"https://{LinkName}.salesmate.io/");

    /// <summary>The <c>x-linkname</c> header value.</summary>
    public string LinkHeader => LinkName.Contains('.', StringComparison.Ordinal) ? LinkName : LinkName + ".salesmate.io";

    /// <summary>Reads the link name, token and optional base URL from the environment.</summary>
    /// <exception cref="InvalidOperationException">A required variable is missing.</exception>
    public static SalesmateOptions FromEnvironment()
    {
        var link = Environment.GetEnvironmentVariable(LinkNameVariable);
        var token = Environment.GetEnvironmentVariable(AccessTokenVariable);
        if (string.IsNullOrWhiteSpace(link) || string.IsNullOrWhiteSpace(token))
        {
            throw new InvalidOperationException($"set {LinkNameVariable} and {AccessTokenVariable} to read from Salesmate");
        }

        var baseUrl = Environment.GetEnvironmentVariable(BaseUrlVariable);
        return new SalesmateOptions
        {
            LinkName = link,
            AccessToken = token,
            BaseUri = string.IsNullOrWhiteSpace(baseUrl) ? null : new Uri(baseUrl),
        };
    }

    /// <summary>Checks the values, naming the first bad one.</summary>
    /// <exception cref="ArgumentException">A value is out of range.</exception>
    public void Validate()
    {
        if (string.IsNullOrWhiteSpace(LinkName))
        {
            throw new ArgumentException("LinkName is required");
        }

        if (string.IsNullOrWhiteSpace(AccessToken))
        {
            throw new ArgumentException("AccessToken is required");
        }

        if (PageSize is < 1 or > 250)
        {
            throw new ArgumentException($"PageSize must be 1..250, not {PageSize}");
        }

        if (CallsPerWindow < 1 || RateWindow <= TimeSpan.Zero || RateBurst < 1)
        {
            throw new ArgumentException("CallsPerWindow, RateWindow and RateBurst must be positive");
        }

        if (MaxFileBytes < 1)
        {
            throw new ArgumentException("MaxFileBytes must be positive");
        }

        if (MaxRetries < 0)
        {
            throw new ArgumentException("MaxRetries must not be negative");
        }
    }

    /// <summary>Describes the target without the token.</summary>
    public override string ToString() => $"Salesmate {LinkHeader} at {EffectiveBaseUri} (token redacted)";
}
