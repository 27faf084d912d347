namespace MappingDsl.Engine;

/// <summary>
/// What the org's metadata allows in one column; values outside it are quarantined before any request.
/// </summary>
/// <param name="Column">The column's logical name.</param>
/// <param name="Type">Its AttributeType (String, Memo, Integer, Decimal, Money, Double, BigInt, Picklist, DateTime …).</param>
/// <param name="MaxLength">Text: the most characters.</param>
/// <param name="Min">Numbers: the least value.</param>
/// <param name="Max">Numbers: the greatest value.</param>
/// <param name="Precision">Decimals: digits after the point.</param>
/// <param name="Options">Choices: the option values.</param>
public sealed record ColumnLimit(string Column, string Type, int? MaxLength = null, decimal? Min = null, decimal? Max = null, int? Precision = null, IReadOnlySet<int>? Options = null);
