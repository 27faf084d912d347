namespace MappingDsl.Engine;

/// <summary>What the source says it holds for a module, counted apart from the migration's read.</summary>
/// <param name="Records">The source's own count.</param>
/// <param name="Origin">Where it comes from (<c>Salesmate totalRows</c>, <c>lines and rows of the files</c>).</param>
/// <param name="Problem">Why the count cannot be complete (an export cut mid-line), or null; such a pair never balances.</param>
public sealed record SourceCount(long Records, string Origin, string? Problem = null);

/// <summary>Something changed or dropped on the way in, for the loss ledger.</summary>
/// <param name="Column">The target column (or the source field, for reader losses).</param>
/// <param name="Rule">The Lossy marker or reader rule.</param>
/// <param name="Reason">Why, in words.</param>
/// <param name="Original">The original's length, value or digest.</param>
/// <param name="Stored">The stored length, when it has one.</param>
public sealed record RecordLoss(string Column, string Rule, string Reason, string Original, long? Stored);
