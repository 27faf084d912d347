namespace MappingDsl.Dataverse.Throughput;

/// <summary>Which service-protection limit a 429 reported.</summary>
public enum ThrottleKind
{
    /// <summary>A 429 with an unknown code.</summary>
    Unknown,
    /// <summary><c>0x80072322</c>: number of requests in the window.</summary>
    Requests,
    /// <summary><c>0x80072321</c>: combined execution time in the window.</summary>
    ExecutionTime,
    /// <summary><c>0x80072326</c>: concurrent requests.</summary>
    Concurrency,
}

/// <summary>A 429 the client saw and honoured.</summary>
/// <param name="Kind">The limit.</param>
/// <param name="RetryAfter">How long Dataverse asked the client to wait.</param>
public readonly record struct ThrottleEvent(ThrottleKind Kind, TimeSpan RetryAfter)
{
    /// <summary>Maps a Web API error code to the limit it reports.</summary>
    /// <param name="code">The <c>error.code</c>.</param>
    public static ThrottleKind KindOf(string code) => code.ToLowerInvariant() switch
    {
        "0x80072322" => ThrottleKind.Requests,
        "0x80072321" => ThrottleKind.ExecutionTime,
        "0x80072326" => ThrottleKind.Concurrency,
        _ => ThrottleKind.Unknown,
    };
}
