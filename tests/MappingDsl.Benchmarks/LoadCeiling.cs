using MappingDsl.Emulators.Dataverse;

namespace MappingDsl.Dataverse.Benchmarks;

/// <summary>The best records/s any client can reach for one user under the limits (one request per batch of n records).</summary>
internal static class LoadCeiling
{
    public static double Rate(ServiceProtectionLimits limits, TimeSpan perRequest, TimeSpan perRecord, int batch)
    {
        var seconds = (perRequest + (perRecord * batch)).TotalSeconds;
        var byRequests = limits.MaxRequests / limits.Window.TotalSeconds * batch;
        var byExecution = limits.MaxExecutionTime / limits.Window / seconds * batch;
        var byConcurrency = limits.MaxConcurrent / seconds * batch;
        return Math.Min(byRequests, Math.Min(byExecution, byConcurrency));
    }

    /// <summary>Over every batch size up to 1000 (Dataverse's suggested maximum for small records).</summary>
    public static double PerUser(ServiceProtectionLimits limits, TimeSpan perRequest, TimeSpan perRecord) =>
        Enumerable.Range(1, 1000).Max(n => Rate(limits, perRequest, perRecord, n));
}
