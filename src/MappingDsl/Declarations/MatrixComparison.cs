namespace MappingDsl;

/// <summary>
/// How a <see cref="PicklistAttribute"/> matrix compares a source value with its rows, stated on the matrix so the
/// customer document and the discovery check (MDSL004) use the same rule the running code does.
/// </summary>
public enum MatrixComparison
{
    /// <summary>Ordinal, case-sensitive: <c>"customer"</c> does not match a <c>"Customer"</c> row.</summary>
    Exact,

    /// <summary>
    /// Ordinal after <see cref="Matrix.Fold"/> (lower-case invariant, surrounding white space trimmed): the switch
    /// reads <c>Matrix.Fold(v)</c> and its rows are written folded (<c>"customer"</c>); MDSL027 checks both.
    /// </summary>
    IgnoreCase,
}
