namespace MappingDsl.Catalog;

/// <summary>A picklist value matrix as compiled: the rows of the switch and the policy for other values.</summary>
/// <param name="Name">The matrix's name.</param>
/// <param name="Method">The method that implements it.</param>
/// <param name="TargetType">The choice type's name.</param>
/// <param name="Rows">Source values → target choice.</param>
/// <param name="Policy">What happens to a value outside the matrix.</param>
/// <param name="Fallback">The fallback choice for <see cref="UnmappedPolicy.Default"/> and <see cref="UnmappedPolicy.Review"/>.</param>
/// <param name="Discovered">The discovery key it was checked against, or empty.</param>
public sealed record PicklistMatrix(
    string Name,
    string Method,
    string TargetType,
    IReadOnlyList<PicklistRow> Rows,
    UnmappedPolicy Policy,
    string? Fallback,
    string Discovered)
{
    /// <summary>How source values meet rows (<see cref="MatrixComparison.Exact"/> unless the matrix says otherwise).</summary>
    public MatrixComparison Comparison { get; init; } = MatrixComparison.Exact;

    /// <summary>The split pairs whose branch this matrix decides; empty for a choice matrix.</summary>
    public IReadOnlyList<string> Splits { get; init; } = [];
}

/// <summary>One row of a matrix.</summary>
/// <param name="SourceValues">The source values of the arm.</param>
/// <param name="Target">The target choice, as written (<c>OpportunitySalesStage.Qualify</c>).</param>
public sealed record PicklistRow(IReadOnlyList<string> SourceValues, string Target);

/// <summary>The policy for a picklist value outside the matrix.</summary>
public enum UnmappedPolicy
{
    /// <summary>The record is rejected with the value as its reason.</summary>
    Fail,
    /// <summary>The fallback choice is used.</summary>
    Default,
    /// <summary>The fallback choice is used and the record is flagged for review.</summary>
    Review,
}
