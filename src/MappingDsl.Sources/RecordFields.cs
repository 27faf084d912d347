namespace MappingDsl.Sources;

/// <summary>Which top-level JSON properties of a module's records hold the id and the last-modified timestamp.</summary>
/// <param name="IdField">The id property.</param>
/// <param name="ModifiedField">The last-modified property, or <see langword="null"/> when the module has none.</param>
/// <param name="IdKind">Which JSON types the id may have; any other type quarantines the record.</param>
public sealed record RecordFields(string IdField, string? ModifiedField, IdKind IdKind = IdKind.Any)
{
    /// <summary><c>id</c> and <c>lastModifiedAt</c>, as most CRM APIs name them, with an id of any scalar type.</summary>
    public static RecordFields Default { get; } = new("id", "lastModifiedAt");
}
