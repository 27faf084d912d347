using MappingDsl.Sources.Throttling;

namespace MappingDsl.Sources.Wetroo;

/// <summary>
/// How to reach a Wetroo account. Wetroo publishes neither a host nor a rate limit: the base URL is always given, and
/// the pace is learned from the server's answers (<see cref="Rate"/>). The API key never appears in
/// <see cref="ToString"/>, logs or exception messages.
/// </summary>
public sealed class WetrooOptions
{
    /// <summary>Environment variable holding the API key sent as <c>Authorization: Bearer</c>.</summary>
    public const string ApiKeyVariable = "WETROO_API_KEY";

    /// <summary>Environment variable holding the API's base URL.</summary>
    public const string BaseUrlVariable = "WETROO_BASE_URL";

    /// <summary>The largest page the API serves (emulator-defined).</summary>
    public const int MaxPageSize = 200;

    /// <summary>Where the API lives, e.g. <c>https://api.wetroo.example/</c>.</summary>
    public required Uri BaseUri { get; init; }

    /// <summary>The API key.</summary>
    public required string ApiKey { get; init; }

    /// <summary>Rows per page.</summary>
    public int PageSize { get; init; } = MaxPageSize;

    /// <summary>The adaptive pace: start slowly (5 calls/s), learn the limit from 429s, never above 50 calls/s.</summary>
    public AdaptiveRateOptions Rate { get; init; } = new();

    /// <summary>429 answers in a row for one call before the read gives up (the pace halves on each one).</summary>
    public int MaxThrottledInARow { get; init; } = 30;

    /// <summary>Retries of a call that met a 5xx or a network error.</summary>
    public int MaxRetries { get; init; } = 6;

    /// <summary>The first 5xx retry's delay; later ones back off exponentially with jitter.</summary>
    public TimeSpan RetryBaseDelay { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>How long one HTTP call may take.</summary>
    public TimeSpan CallTimeout { get; init; } = TimeSpan.FromSeconds(100);

    /// <summary>Reads the base URL and key from the environment.</summary>
    /// <exception cref="InvalidOperationException">A variable is missing.</exception>
    public static WetrooOptions FromEnvironment()
    {
        var key = Environment.GetEnvironmentVariable(ApiKeyVariable);
        var url = Environment.GetEnvironmentVariable(BaseUrlVariable);
        if (string.IsNullOrWhiteSpace(key) || string.IsNullOrWhiteSpace(url))
        {
            throw new InvalidOperationException($"set {BaseUrlVariable} and {ApiKeyVariable} to read from Wetroo");
        }

        return new WetrooOptions { BaseUri = new Uri(url), ApiKey = key };
    }

    /// <summary>Checks the values, naming the first bad one.</summary>
    /// <exception cref="ArgumentException">A value is out of range.</exception>
    public void Validate()
    {
        if (string.IsNullOrWhiteSpace(ApiKey))
        {
            throw new ArgumentException("ApiKey is required");
        }

        if (PageSize is < 1 or > MaxPageSize)
        {
            throw new ArgumentException($"PageSize must be 1..{MaxPageSize}, not {PageSize}");
        }

        if (MaxRetries < 0 || MaxThrottledInARow < 1)
        {
            throw new ArgumentException("MaxRetries must not be negative and MaxThrottledInARow must be positive");
        }

        Rate.Validate();
    }

    /// <summary>Describes the target without the key.</summary>
    public override string ToString() => $"Wetroo at {BaseUri} (key redacted)";
}
