namespace MappingDsl.Maps.Salesmate.Source;

/// <summary>A contact's enrolment in a Smart Flow (<c>smartFlowMembership</c> module).</summary>
public sealed class SmSmartFlowMembership
{
    /// <summary>Salesmate id.</summary>
    [SourceKey] public long Id { get; init; }
    /// <summary>Flow id.</summary>
    public long? FlowId { get; init; }
    /// <summary>Flow name.</summary>
    public string? FlowName { get; init; }
    /// <summary>The enrolled contact.</summary>
    public SmContactRef? Contact { get; init; }
    /// <summary>Enrolment time.</summary>
    public DateTimeOffset? EnrolledAt { get; init; }
    /// <summary>Step reached (1-based).</summary>
    public int? CurrentStep { get; init; }
    /// <summary>Name of the step reached.</summary>
    public string? StepName { get; init; }
    /// <summary>Active, Completed, Exited or Paused.</summary>
    public string? Status { get; init; }
    /// <summary>Completion time.</summary>
    public DateTimeOffset? CompletedAt { get; init; }
    /// <summary>Created at.</summary>
    public DateTimeOffset? CreatedAt { get; init; }
    /// <summary>Last modified at.</summary>
    public DateTimeOffset? LastModifiedAt { get; init; }
}
