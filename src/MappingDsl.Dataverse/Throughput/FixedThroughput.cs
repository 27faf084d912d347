namespace MappingDsl.Dataverse.Throughput;

/// <summary>A fixed batch size × thread count, as the common ETL tools configure it (for comparison).</summary>
/// <param name="batchSize">Records per request.</param>
/// <param name="threads">Requests in flight.</param>
public sealed class FixedThroughput(int batchSize, int threads) : IThroughputController
{
    /// <inheritdoc />
    public int BatchSize { get; } = batchSize > 0 ? batchSize : throw new ArgumentOutOfRangeException(nameof(batchSize));

    /// <inheritdoc />
    public int Concurrency { get; } = threads > 0 ? threads : throw new ArgumentOutOfRangeException(nameof(threads));

    /// <inheritdoc />
    public void Start(int dopHint)
    {
    }

    /// <inheritdoc />
    public void OnCompleted(int records)
    {
    }

    /// <inheritdoc />
    public void OnThrottled(ThrottleEvent throttle)
    {
    }
}
