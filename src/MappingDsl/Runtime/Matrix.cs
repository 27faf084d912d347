namespace MappingDsl;

/// <summary>Helpers a <see cref="PicklistAttribute"/> matrix uses to state its comparison rule in code.</summary>
public static class Matrix
{
    /// <summary>
    /// The value as a <see cref="MatrixComparison.IgnoreCase"/> matrix compares it: trimmed and lower-case
    /// (invariant culture), so "Customer", "CUSTOMER" and " customer " all meet the row <c>"customer"</c>.
    /// </summary>
    /// <param name="value">The source value.</param>
    /// <returns>The folded value; null stays null.</returns>
    public static string? Fold(string? value) => value?.Trim().ToLowerInvariant();
}
