namespace MappingDsl.Dataverse.Throughput;

/// <summary>Bounds and steps of <see cref="AdaptiveThroughput"/>.</summary>
public sealed record AdaptiveThroughputOptions
{
    /// <summary>Concurrency when the org sends no <c>x-ms-dop-hint</c>.</summary>
    public int InitialConcurrency { get; init; } = 4;

    /// <summary>Highest concurrency; stays below the 52 concurrent-request limit.</summary>
    public int MaxConcurrency { get; init; } = 48;

    /// <summary>First batch size.</summary>
    public int InitialBatchSize { get; init; } = 200;

    /// <summary>Largest batch size (Dataverse suggests about 1000 for small records without plug-ins).</summary>
    public int MaxBatchSize { get; init; } = 1000;

    /// <summary>How much the batch size grows after a clean completion.</summary>
    public int BatchStep { get; init; } = 200;

    /// <summary>A 429 for execution time or concurrency removes <c>Concurrency / DecreaseDivisor</c> requests in flight (at least one).</summary>
    public int DecreaseDivisor { get; init; } = 4;
}
