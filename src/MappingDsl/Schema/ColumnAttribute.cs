namespace MappingDsl;

/// <summary>
/// Describes the Dataverse column a generated entity property stands for. Emitted by the generator from the metadata
/// snapshot; the map pack generator reads it for required-column, length and type checks and to write the transform.
/// </summary>
[AttributeUsage(AttributeTargets.Property, AllowMultiple = false, Inherited = false)]
public sealed class ColumnAttribute : Attribute
{
    /// <summary>Creates the description.</summary>
    /// <param name="logicalName">The column's logical name (<c>parentcustomerid</c>).</param>
    /// <param name="type">The column's type.</param>
    public ColumnAttribute(string logicalName, ColumnType type)
    {
        LogicalName = logicalName;
        Type = type;
    }

    /// <summary>The column's logical name.</summary>
    public string LogicalName { get; }

    /// <summary>The column's type.</summary>
    public ColumnType Type { get; }

    /// <summary>How required the column is.</summary>
    public RequiredLevel Required { get; set; }

    /// <summary>Maximum length of a text column; 0 when not a text column.</summary>
    public int MaxLength { get; set; }

    /// <summary>Decimal places of a decimal or money column.</summary>
    public int Precision { get; set; }

    /// <summary>Whether the column can be set on create.</summary>
    public bool ValidForCreate { get; set; } = true;

    /// <summary>Whether the column can be set on update.</summary>
    public bool ValidForUpdate { get; set; } = true;

    /// <summary>
    /// For lookups: <c>target:navigationProperty:entitySet</c> triples separated by <c>;</c>
    /// (for example <c>account:parentcustomerid_account:accounts;contact:parentcustomerid_contact:contacts</c>).
    /// </summary>
    public string Targets { get; set; } = "";
}
