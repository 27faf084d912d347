namespace MappingDsl.Dataverse;

/// <summary>How the client talks to one org.</summary>
public sealed record DataverseClientOptions
{
    /// <summary>The org URL, for example <c>https://contoso.crm.dynamics.com</c>; the client adds <c>/api/data/v9.2/</c>.</summary>
    public required Uri Organization { get; init; }

    /// <summary>Value for <c>MSCRM.BypassBusinessLogicExecution</c> (<c>CustomSync</c>, <c>CustomAsync</c> or both), or null.</summary>
    public string? BypassBusinessLogic { get; init; }

    /// <summary>When set, sends <c>MSCRM.SuppressDuplicateDetection</c> with this value.</summary>
    public bool? SuppressDuplicateDetection { get; init; }

    /// <summary>Solution that receives created metadata (<c>MSCRM.SolutionUniqueName</c>), or null.</summary>
    public string? SolutionUniqueName { get; init; }

    /// <summary>How many times a transient failure (5xx, dropped connection, timeout) is retried.</summary>
    public int MaxRetries { get; init; } = 12;

    /// <summary>How many times a throttled (429) request is retried, each after its <c>Retry-After</c>.</summary>
    public int MaxThrottleRetries { get; init; } = 1000;

    /// <summary>First backoff delay for transient failures (grows exponentially with jitter).</summary>
    public TimeSpan RetryBaseDelay { get; init; } = TimeSpan.FromMilliseconds(200);

    /// <summary>Longest backoff delay for transient failures.</summary>
    public TimeSpan RetryMaxDelay { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>The service root: <c>{Organization}/api/data/v9.2/</c>.</summary>
    public Uri ServiceRoot => new(Organization, "/api/data/v9.2/");
}
