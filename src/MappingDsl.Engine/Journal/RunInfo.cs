namespace MappingDsl.Engine.Journal;

/// <summary>Where a run stands.</summary>
public enum RunStatus
{
    /// <summary>Started and not finished; a new run with the same journal resumes it.</summary>
    Running,
    /// <summary>Stopped before a phase because owners need reconciling.</summary>
    Blocked,
    /// <summary>Every phase loaded and nothing was rejected.</summary>
    Completed,
    /// <summary>Every phase loaded; some records were quarantined.</summary>
    CompletedWithRejections,
    /// <summary>Cancelled; the journal is consistent and the run resumes.</summary>
    Interrupted,
    /// <summary>Stopped by an error the engine could not attribute to a record.</summary>
    Failed,
    /// <summary>Undone by a rollback.</summary>
    RolledBack,
}

/// <summary>One run as the journal holds it.</summary>
/// <param name="Id">The run id.</param>
/// <param name="Pack">The pack's name.</param>
/// <param name="Version">The pack's version.</param>
/// <param name="Kind"><c>migrate</c> or <c>delta</c>.</param>
/// <param name="Status">Where it stands.</param>
/// <param name="Source">The source address (never with credentials).</param>
/// <param name="Target">The target address (never with credentials).</param>
/// <param name="Fallback">The fallback owner, when the run named one.</param>
/// <param name="Sample">The sample specification, when the run was a rehearsal on a sample.</param>
/// <param name="Started">When it started.</param>
/// <param name="Finished">When it finished.</param>
/// <param name="Message">Why it stopped, when it did not complete.</param>
/// <param name="Checked">True once the data-quality pass has run.</param>
public sealed record RunInfo(
    string Id,
    string Pack,
    string Version,
    string Kind,
    RunStatus Status,
    string Source,
    string Target,
    string? Fallback,
    string? Sample,
    DateTimeOffset Started,
    DateTimeOffset? Finished,
    string? Message,
    bool Checked);

/// <summary>How far a run got with one pair.</summary>
/// <param name="Pair">The pair.</param>
/// <param name="Phase">Its phase.</param>
/// <param name="Position">Source records fully processed (the resume checkpoint).</param>
/// <param name="Loaded">Source records whose target records all landed.</param>
/// <param name="Rejected">Source records quarantined.</param>
/// <param name="Skipped">Source records the map wrote nothing for.</param>
/// <param name="Inventoried">Source records that became inventory rows.</param>
/// <param name="Watermark">The latest source modification time seen.</param>
/// <param name="Done">True when the pair has loaded.</param>
public sealed record PairProgress(
    string Pair,
    int Phase,
    long Position,
    long Loaded,
    long Rejected,
    long Skipped,
    long Inventoried,
    DateTimeOffset? Watermark,
    bool Done);

/// <summary>An owner email and what reconciliation found for it.</summary>
/// <param name="Email">The source owner's email.</param>
/// <param name="Status"><c>matched</c>, <c>disabled</c> or <c>unmatched</c>.</param>
/// <param name="UserId">The Dataverse user, when matched or disabled.</param>
/// <param name="FullName">The user's name, when found.</param>
public sealed record OwnerEntry(string Email, string Status, Guid? UserId, string? FullName)
{
    /// <summary>The owner has an active Dataverse user.</summary>
    public const string Matched = "matched";

    /// <summary>The owner's Dataverse user is disabled.</summary>
    public const string Disabled = "disabled";

    /// <summary>No Dataverse user has the owner's email.</summary>
    public const string Unmatched = "unmatched";

    /// <summary>The owner has an active Dataverse user under the address an owner alias rule gave it.</summary>
    public const string Aliased = "aliased";

    /// <summary>Report-only: unmatched or disabled, and the run's fallback owner takes the records.</summary>
    public const string Fallback = "fallback";

    /// <summary>Whether records of this owner are assigned to its own Dataverse user.</summary>
    public bool IsAssignable => Status is Matched or Aliased;
}

/// <summary>One record a run created or updated, for rollback.</summary>
/// <param name="Seq">Order of the change.</param>
/// <param name="Phase">The phase.</param>
/// <param name="Pair">The pair.</param>
/// <param name="SourceKey">The source key.</param>
/// <param name="Record">The Dataverse record.</param>
/// <param name="Created">True when the run created it; false when it updated an existing one.</param>
/// <param name="Prior">The updated columns' previous values as a JSON object.</param>
public sealed record ChangeEntry(long Seq, int Phase, string Pair, string SourceKey, RecordId Record, bool Created, string? Prior);

/// <summary>A quarantined record.</summary>
/// <param name="Phase">The phase.</param>
/// <param name="Pair">The pair.</param>
/// <param name="SourceKey">The source key, when known.</param>
/// <param name="Stage">extract, transform, load, state or deferred.</param>
/// <param name="Reason">Why.</param>
public sealed record QuarantineEntry(int Phase, string Pair, string? SourceKey, string Stage, string Reason);

/// <summary>A data-quality finding.</summary>
/// <param name="Pair">The pair.</param>
/// <param name="SourceKey">The source key, when it applies.</param>
/// <param name="Kind">would-reject, duplicate, orphan or owner.</param>
/// <param name="Detail">What was found.</param>
public sealed record Finding(string Pair, string? SourceKey, string Kind, string Detail);

internal sealed record DeferredEntry(long Seq, string Pair, string SourceKey, RecordId Record, string RefPair, string RefKey, LookupColumn Column);
