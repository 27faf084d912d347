namespace MappingDsl.Dataverse.Throughput;

/// <summary>Decides how many records go in one bulk request and how many requests run at once.</summary>
public interface IThroughputController
{
    /// <summary>Records per bulk request now.</summary>
    int BatchSize { get; }

    /// <summary>Requests in flight now.</summary>
    int Concurrency { get; }

    /// <summary>Called once before loading with the org's <c>x-ms-dop-hint</c> (0 when it sent none).</summary>
    /// <param name="dopHint">The recommended degree of parallelism.</param>
    void Start(int dopHint);

    /// <summary>A bulk request completed (the controller decides whether it counts as clean).</summary>
    /// <param name="records">Records it carried.</param>
    void OnCompleted(int records);

    /// <summary>The org answered 429.</summary>
    /// <param name="throttle">What it reported.</param>
    void OnThrottled(ThrottleEvent throttle);
}
