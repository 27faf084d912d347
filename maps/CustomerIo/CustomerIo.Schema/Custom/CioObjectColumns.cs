namespace MappingDsl.Entities;

/// <summary>
/// The identity columns every Customer.io custom-object table carries (name, object id, type name), declared once:
/// the object tables derive from this class and the pack's <c>[SharedColumns]</c> <c>ObjectColumns</c> sets them.
/// </summary>
public abstract class CioObjectColumns
{
    /// <summary>Name.</summary>
    [global::MappingDsl.CustomColumn(global::MappingDsl.ColumnType.String, MaxLength = 200, Label = "Name")]
    public string? cio_Name { get; set; }

    /// <summary>The object id in Customer.io.</summary>
    [global::MappingDsl.CustomColumn(global::MappingDsl.ColumnType.String, MaxLength = 150, Label = "Object id")]
    public string? cio_ObjectId { get; set; }

    /// <summary>The Customer.io object type name, kept as it was.</summary>
    [global::MappingDsl.CustomColumn(global::MappingDsl.ColumnType.String, MaxLength = 100, Label = "Customer.io object type")]
    public string? cio_ObjectType { get; set; }
}
