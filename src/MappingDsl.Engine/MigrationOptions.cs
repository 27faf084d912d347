namespace MappingDsl.Engine;

/// <summary>How a run behaves.</summary>
public sealed record MigrationOptions
{
    /// <summary>Target records per upsert batch (the checkpoint moves once per batch).</summary>
    public int BatchSize { get; init; } = 100;

    /// <summary>
    /// Journaled batches a pair may have on their way to the target at once (at least 1). More than one lets the
    /// target work on a batch while this process transforms and journals the next, and keeps several application
    /// users busy; the journal still commits each batch as one transaction, and a key read twice stays a duplicate.
    /// </summary>
    public int BatchesInFlight { get; init; } = 1;

    /// <summary>Owner for records whose owner has no active Dataverse user: a user's email, or <c>team:&lt;name&gt;</c>.</summary>
    public string? FallbackOwner { get; init; }

    /// <summary>Owner email rewrites applied before matching (<c>@old.test=@new.test</c>); reported per owner as <c>aliased</c>.</summary>
    public OwnerAliasMap OwnerAliases { get; init; } = OwnerAliasMap.Empty;

    /// <summary>Move only a sample (sandbox rehearsal), or null for everything.</summary>
    public SampleSpec? Sample { get; init; }

    /// <summary>Run the data-quality pass and owner reconciliation only; nothing is written to the target.</summary>
    public bool DryRun { get; init; }

    /// <summary>Field-level verification after each phase: every loaded record by default.</summary>
    public VerifySpec Verify { get; init; } = VerifySpec.All;

    /// <summary>The source's address as recorded in the journal (never with credentials).</summary>
    public string SourceAddress { get; init; } = "";

    /// <summary>The target's address as recorded in the journal (never with credentials).</summary>
    public string TargetAddress { get; init; } = "";

    /// <summary>Receives progress as batches land.</summary>
    public IProgress<MigrationProgress>? Progress { get; init; }
}

/// <summary>A progress notice.</summary>
/// <param name="Phase">The phase.</param>
/// <param name="Pair">The pair.</param>
/// <param name="Processed">Source records processed so far in the pair.</param>
/// <param name="Stage">check, load, deferred, verify or done.</param>
public sealed record MigrationProgress(int Phase, string Pair, long Processed, string Stage);

/// <summary>A run cannot start because of how it was configured (an unknown fallback owner, a journal of another pack).</summary>
/// <param name="message">What is wrong and how to fix it.</param>
public sealed class MigrationConfigurationException(string message) : Exception(message);
