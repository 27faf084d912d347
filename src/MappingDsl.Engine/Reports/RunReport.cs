using MappingDsl.Engine.Journal;

namespace MappingDsl.Engine.Reports;

/// <summary>What a run did, phase by phase; written as Markdown, JSON and CSV under the journal's folder.</summary>
/// <param name="RunId">The run.</param>
/// <param name="Pack">The pack.</param>
/// <param name="Version">The pack's version.</param>
/// <param name="Kind">migrate, delta or check.</param>
/// <param name="Status">Where it stands.</param>
/// <param name="Message">Why it stopped early, or null.</param>
/// <param name="Phases">One report per phase.</param>
/// <param name="DataQuality">The data-quality pass, per pair.</param>
/// <param name="Owners">The owner reconciliation.</param>
/// <param name="ReportFolder">Where the files are.</param>
public sealed record RunReport(
    string RunId,
    string Pack,
    string Version,
    string Kind,
    RunStatus Status,
    string? Message,
    IReadOnlyList<PhaseReport> Phases,
    IReadOnlyList<QualityReport> DataQuality,
    IReadOnlyList<OwnerReport> Owners,
    string ReportFolder)
{
    /// <summary>Source records quarantined across every phase.</summary>
    public long Rejected => Phases.Sum(p => p.Pairs.Sum(q => q.Rejected));

    /// <summary>Source records loaded across every phase.</summary>
    public long Loaded => Phases.Sum(p => p.Pairs.Sum(q => q.Loaded));

    /// <summary>True when every pair's counts agree and verification found no difference.</summary>
    public bool Balanced => Phases.All(p => p.Pairs.All(q => q.Balanced) && p.Verification.All(v => v.Differences.Count == 0));

    /// <summary>Loss-ledger rows per pair, column and rule.</summary>
    public IReadOnlyList<LossCount> Losses { get; init; } = [];
}

/// <summary>How many values one rule changed in one column of one pair (rows of losses.csv).</summary>
/// <param name="Pair">The pair.</param>
/// <param name="Column">The column (or source field, for reader losses).</param>
/// <param name="Rule">The Lossy marker or reader rule.</param>
/// <param name="Count">Records.</param>
public sealed record LossCount(string Pair, string Column, string Rule, long Count);

/// <summary>One phase's row-count reconciliation.</summary>
/// <param name="Number">The phase.</param>
/// <param name="State">loaded, blocked, pending or checked (dry run).</param>
/// <param name="Pairs">Per pair.</param>
/// <param name="Verification">Field-level verification per pair.</param>
public sealed record PhaseReport(int Number, string State, IReadOnlyList<PairReport> Pairs, IReadOnlyList<VerificationReport> Verification);

/// <summary>
/// One pair's three independent counts: what the source says it holds, what the journal's own tables recorded, and
/// what the target holds live. <see cref="Balanced"/> is true only when they agree; otherwise
/// <see cref="Differences"/> says how, and <see cref="MissingKeys"/> names the records the target lacks.
/// </summary>
/// <param name="Pair">The pair.</param>
/// <param name="Targets">Its target tables.</param>
/// <param name="Source">The source's own count (an API total, the lines of an export), or the records read when it has none.</param>
/// <param name="SourceOrigin">Where <paramref name="Source"/> comes from.</param>
/// <param name="Loaded">Source records loaded (rollback records of the run).</param>
/// <param name="Rejected">Source records quarantined (quarantine).</param>
/// <param name="Skipped">The map wrote nothing for them (skipped).</param>
/// <param name="Inventoried">Became inventory rows (inventory).</param>
/// <param name="Duplicates">Read again under a key already read in the run; not sent (duplicates).</param>
/// <param name="InTarget">The pair's migrated records the target holds, counted live; null when not counted.</param>
/// <param name="Expected">The pair's migrated records the journal's id map holds (every run not rolled back).</param>
/// <param name="Differences">What does not agree, in words; empty when balanced.</param>
/// <param name="MissingKeys">Source keys of migrated records the target no longer holds (at most 50).</param>
/// <param name="Reasons">Quarantine reasons with counts, most frequent first.</param>
public sealed record PairReport(
    string Pair,
    string Targets,
    long Source,
    string SourceOrigin,
    long Loaded,
    long Rejected,
    long Skipped,
    long Inventoried,
    long Duplicates,
    long? InTarget,
    long Expected,
    IReadOnlyList<string> Differences,
    IReadOnlyList<string> MissingKeys,
    IReadOnlyList<ReasonCount> Reasons)
{
    /// <summary>True when the source, journal and target counts agree.</summary>
    public bool Balanced => Differences.Count == 0;
}

/// <summary>A reason and how many records it applies to.</summary>
/// <param name="Reason">The reason.</param>
/// <param name="Count">How many.</param>
public sealed record ReasonCount(string Reason, long Count);

/// <summary>Field-level verification of one pair: its records read back by source id and compared column by column.</summary>
/// <param name="Pair">The pair.</param>
/// <param name="Checked">Source records compared (all loaded ones with <c>--verify all</c>).</param>
/// <param name="Matched">Source records whose every written column matched.</param>
/// <param name="Differences">What differed (or was missing).</param>
public sealed record VerificationReport(string Pair, int Checked, int Matched, IReadOnlyList<FieldDifference> Differences);

/// <summary>One column that did not read back as written.</summary>
/// <param name="SourceKey">The record's source key.</param>
/// <param name="Column">The column, or <c>(record)</c> when the record was not found.</param>
/// <param name="Expected">What the transform wrote.</param>
/// <param name="Actual">What the target holds.</param>
public sealed record FieldDifference(string SourceKey, string Column, string Expected, string Actual);

/// <summary>What the data-quality pass found for one pair before anything moved.</summary>
/// <param name="Pair">The pair.</param>
/// <param name="Records">Source records.</param>
/// <param name="WouldReject">Records that would be quarantined.</param>
/// <param name="Duplicates">Source keys seen more than once.</param>
/// <param name="Orphans">Lookups to keys that exist neither in the source nor in the id map.</param>
/// <param name="MissingOwners">Records whose owner has no active Dataverse user.</param>
public sealed record QualityReport(string Pair, long Records, long WouldReject, long Duplicates, long Orphans, long MissingOwners);

/// <summary>One owner email and its reconciliation.</summary>
/// <param name="Email">The source owner's email.</param>
/// <param name="Status">matched, disabled or unmatched.</param>
/// <param name="User">The Dataverse user's name, when found.</param>
/// <param name="Records">Records naming this owner in the run.</param>
/// <param name="Pairs">The pairs whose records name it.</param>
public sealed record OwnerReport(string Email, string Status, string? User, long Records, string Pairs);
