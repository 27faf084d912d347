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
    public static string? Fold(string? value)
    {
        if (value is null)
            return null;
        // A matrix sees few distinct values (stages, types), each on many records: the folded text of the value last
        // seen in its slot is reused when the same text comes again, so folding costs no string per record. Entries are
        // immutable, so threads may share the slots without locks.
        ref var slot = ref Folded[(int)((uint)value.GetHashCode() % (uint)Folded.Length)];
        if (slot is { } kept && string.Equals(kept.Value, value, StringComparison.Ordinal))
            return kept.Text;
        var text = value.Trim().ToLowerInvariant();
        slot = new FoldedText(value, text);
        return text;
    }

    private static readonly FoldedText?[] Folded = new FoldedText?[256];

    private sealed record FoldedText(string Value, string Text);
}
