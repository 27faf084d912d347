namespace MappingDsl.Engine.Reports;

/// <summary>What a rollback did.</summary>
/// <param name="RunId">The run rolled back.</param>
/// <param name="Deleted">Records the run created, now deleted.</param>
/// <param name="Restored">Records the run updated, now back to their previous values.</param>
/// <param name="AlreadyGone">Created records that no longer existed.</param>
/// <param name="Failures">Records the target refused to delete or restore, with reasons; a re-run retries them.</param>
public sealed record RollbackReport(string RunId, long Deleted, long Restored, long AlreadyGone, IReadOnlyList<string> Failures);
