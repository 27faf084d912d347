namespace MappingDsl;

/// <summary>
/// Declares a custom column on an entity type (in a <c>partial</c> of a generated entity or on a
/// <see cref="CustomTableAttribute"/> type). The schema-provisioning manifest creates it before any record loads.
/// The property's name is the column's schema name and must carry the pack's publisher prefix.
/// </summary>
/// <example>
/// <code>
/// public partial class Lead
/// {
///     /// &lt;summary&gt;Salesmate lifecycle stage before the split.&lt;/summary&gt;
///     [CustomColumn(ColumnType.String, MaxLength = 100, Label = "Original lifecycle stage")]
///     public string? sm_OriginalLifecycle { get; set; }
/// }
/// </code>
/// </example>
[AttributeUsage(AttributeTargets.Property, AllowMultiple = false, Inherited = false)]
public sealed class CustomColumnAttribute : Attribute
{
    /// <summary>Creates the declaration.</summary>
    /// <param name="type">The column's type.</param>
    public CustomColumnAttribute(ColumnType type) => Type = type;

    /// <summary>The column's type.</summary>
    public ColumnType Type { get; }

    /// <summary>Display label; defaults to the property name without its prefix.</summary>
    public string Label { get; set; } = "";

    /// <summary>Maximum length of a text column.</summary>
    public int MaxLength { get; set; }

    /// <summary>Decimal places of a decimal or money column.</summary>
    public int Precision { get; set; }

    /// <summary>
    /// For choice columns: the options as <c>value=Label</c> pairs separated by <c>;</c>
    /// (for example <c>100000000=Sales;100000001=Partner</c>). Values the pack discovers later are added with
    /// <c>InsertOptionValue</c>.
    /// </summary>
    public string Options { get; set; } = "";

    /// <summary>For lookups: the target table's logical name.</summary>
    public string Target { get; set; } = "";
}
