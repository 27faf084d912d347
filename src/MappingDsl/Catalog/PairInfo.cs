namespace MappingDsl.Catalog;

/// <summary>One object pair of a compiled pack.</summary>
/// <param name="Name">The pair's name (its method's name).</param>
/// <param name="SourceObject">The source object as the customer knows it.</param>
/// <param name="Module">The source module the extractor reads.</param>
/// <param name="SourceType">The source record type's name.</param>
/// <param name="Kind">1:1, split or documentation-only.</param>
/// <param name="Targets">The target tables (logical names) or, for documentation-only pairs, the description.</param>
/// <param name="Description">The pair's XML doc summary.</param>
/// <param name="LossyReason">Why the pair loses information on purpose, or null.</param>
/// <param name="Phase">The load phase (1 first).</param>
/// <param name="DependsOn">Pairs whose records this pair's lookups need first.</param>
/// <param name="DeferredDependsOn">Pairs referenced through second-pass lookups.</param>
/// <param name="Fields">The field maps, per target.</param>
/// <param name="Ignored">Source members deliberately not migrated, with reasons.</param>
/// <param name="SplitCondition">For splits: the condition's C# text.</param>
public sealed record PairInfo(
    string Name,
    string SourceObject,
    string Module,
    string SourceType,
    PairKind Kind,
    IReadOnlyList<string> Targets,
    string Description,
    string? LossyReason,
    int Phase,
    IReadOnlyList<string> DependsOn,
    IReadOnlyList<string> DeferredDependsOn,
    IReadOnlyList<FieldInfo> Fields,
    IReadOnlyList<IgnoredMember> Ignored,
    string? SplitCondition)
{
    /// <summary>For splits decided by a split matrix: the <see cref="PicklistMatrix"/>'s name; null otherwise.</summary>
    public string? SplitMatrix { get; init; }

    /// <summary>For a documentation-only pair in phase 0: the pairs whose target it configures (pipelines before deals).</summary>
    public IReadOnlyList<string> Configures { get; init; } = [];

    /// <summary>Where the build differs from the scope row, or null.</summary>
    public string? Deviation { get; init; }

    /// <summary>
    /// Records per journaled batch set on the pair (<c>[Pair(BatchSize = …)]</c>), or null for the run-wide size.
    /// </summary>
    public int? BatchSize { get; init; }
}

/// <summary>One field map.</summary>
/// <param name="Target">The target table's logical name.</param>
/// <param name="Column">The target column's logical name.</param>
/// <param name="ColumnType">The target column's type.</param>
/// <param name="Expression">The C# expression that computes it, as written.</param>
/// <param name="SourceMembers">The source members it reads.</param>
/// <param name="LossyReason">Why it loses information on purpose, or null.</param>
/// <param name="Lookup">For lookups: the referenced pair; null otherwise.</param>
public sealed record FieldInfo(
    string Target,
    string Column,
    ColumnType ColumnType,
    string Expression,
    IReadOnlyList<string> SourceMembers,
    string? LossyReason,
    string? Lookup);

/// <summary>A source member a pair deliberately does not migrate.</summary>
/// <param name="Member">The member's name.</param>
/// <param name="Reason">Why.</param>
public sealed record IgnoredMember(string Member, string Reason);

/// <summary>Pairs that load together; a phase starts when every earlier phase has loaded.</summary>
/// <param name="Number">1 for the first phase.</param>
/// <param name="Pairs">The pairs of the phase.</param>
public sealed record PhaseInfo(int Number, IReadOnlyList<string> Pairs);
