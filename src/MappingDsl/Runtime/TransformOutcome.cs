namespace MappingDsl;

/// <summary>What happened to one source record in a transform.</summary>
public enum TransformStatus
{
    /// <summary>One or more target records (or an inventory row) were written.</summary>
    Written,
    /// <summary>The record was rejected; <see cref="TransformOutcome.Reason"/> says why, and it is quarantined.</summary>
    Rejected,
}

/// <summary>The result of transforming one source record.</summary>
/// <param name="Status">Written or rejected.</param>
/// <param name="SourceKey">The source key, when it could be read.</param>
/// <param name="Reason">Why the record was rejected.</param>
public readonly record struct TransformOutcome(TransformStatus Status, string? SourceKey, string? Reason)
{
    /// <summary>A written outcome.</summary>
    /// <param name="sourceKey">The source key.</param>
    public static TransformOutcome Written(string sourceKey) => new(TransformStatus.Written, sourceKey, null);

    /// <summary>A rejected outcome.</summary>
    /// <param name="sourceKey">The source key, when known.</param>
    /// <param name="reason">Why.</param>
    public static TransformOutcome Rejected(string? sourceKey, string reason) => new(TransformStatus.Rejected, sourceKey, reason);
}
