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

    /// <summary>
    /// For a multi-select choice column typed <c>IReadOnlyList&lt;string&gt;?</c>: the discovery list (for example
    /// <c>tags</c>) whose labels become its options, with the option values discovery fixed for them, so the values
    /// stay the same however often discovery runs. A label that appears after discovery is flagged for review on its
    /// record and left out of the column; keep the values in a text column too so nothing is lost.
    /// </summary>
    public string Choices { get; set; } = "";

    /// <summary>
    /// With <see cref="Choices"/>: when the discovery list holds this many values or more, the column is neither
    /// provisioned nor written (diagnostic MDSL017) and the values travel only in the text column. Defaults to 300;
    /// 0 always chooses text.
    /// </summary>
    public int ChoicesBelow { get; set; } = 300;

    /// <summary>For lookups: the target table's logical name.</summary>
    public string Target { get; set; } = "";
}
