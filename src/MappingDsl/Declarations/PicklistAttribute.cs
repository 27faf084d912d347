namespace MappingDsl;

/// <summary>
/// Marks a static method whose body is a <c>switch</c> expression as a picklist value matrix: each arm is a row
/// (source value(s) → Dataverse choice). The discard arm states the policy for values outside the matrix through
/// <see cref="Unmapped"/>. Values the pack's discovery snapshot found in the source but no arm names are MDSL004.
/// </summary>
/// <example>
/// <code>
/// [Picklist("Deal stage", Discovered = "deal.stage")]
/// public static OpportunitySalesStage Stage(string v) => v switch
/// {
///     "New" or "Qualified" => OpportunitySalesStage.Qualify,
///     "Proposal"           => OpportunitySalesStage.Propose,
///     _                    => Unmapped.Fail&lt;OpportunitySalesStage&gt;(v),
/// };
/// </code>
/// </example>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false, Inherited = false)]
public sealed class PicklistAttribute : Attribute
{
    /// <summary>Creates the marker.</summary>
    /// <param name="name">The matrix's name in reports and docs.</param>
    public PicklistAttribute(string name) => Name = name;

    /// <summary>The matrix's name in reports and docs.</summary>
    public string Name { get; }

    /// <summary>
    /// The key of the discovery snapshot's value list this matrix must cover (<c>object.field</c>, for example
    /// <c>deal.stage</c>). Empty: the matrix is not checked against discovery.
    /// </summary>
    public string Discovered { get; set; } = "";

    /// <summary>
    /// How source values meet rows. <see cref="MatrixComparison.Exact"/> (the default) compares ordinally;
    /// <see cref="MatrixComparison.IgnoreCase"/> needs the switch to read <c>Matrix.Fold(v)</c> and folded rows.
    /// </summary>
    public MatrixComparison Comparison { get; set; } = MatrixComparison.Exact;
}
