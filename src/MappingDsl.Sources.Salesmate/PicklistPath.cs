namespace MappingDsl.Sources.Salesmate;

/// <summary>A field whose values discovery collects.</summary>
/// <param name="Path">The dotted path from the record (arrays are crossed).</param>
/// <param name="MultiValue">Whether a value is a comma-separated list.</param>
internal sealed record PicklistPath(string Path, bool MultiValue);
