namespace MappingDsl.Segments;

/// <summary>How a migrated attribute's values are typed in its Dataverse column, which decides value conversion.</summary>
public enum SegmentValueKind
{
    /// <summary>Single or multiple lines of text.</summary>
    Text,

    /// <summary>Whole number, decimal, float or currency.</summary>
    Number,

    /// <summary>Two options (yes/no).</summary>
    Boolean,

    /// <summary>Date and time; source values are Unix seconds or ISO 8601 text.</summary>
    DateTime,

    /// <summary>A choice: source values are labels, the column holds option values.</summary>
    Choice,
}

/// <summary>The Dataverse column a source attribute was migrated to.</summary>
/// <param name="Column">The column's logical name.</param>
/// <param name="Kind">How values convert.</param>
/// <param name="Choices">For <see cref="SegmentValueKind.Choice"/>: source value to option value (compared case-insensitively).</param>
/// <param name="AlsoIn">
/// Other columns of the same kind that hold the value instead of <paramref name="Column"/> for some records, at most one
/// of them filled per record (a lead keeps a valid email in <c>emailaddress1</c> and an invalid one in
/// <c>cio_rawemail</c>): a condition tests them all.
/// </param>
public sealed record SegmentColumn(string Column, SegmentValueKind Kind, IReadOnlyDictionary<string, int>? Choices = null, IReadOnlyList<string>? AlsoIn = null)
{
    /// <summary>Every column that may hold the value, <see cref="Column"/> first.</summary>
    public IReadOnlyList<string> Columns => AlsoIn is { Count: > 0 } also ? [Column, .. also] : [Column];
}

/// <summary>Where a person's attributes went: one table (contact or lead) and a column per migrated attribute.</summary>
/// <remarks>A person split between contact and lead needs one map, and one translation, per table.</remarks>
public sealed class SegmentColumnMap
{
    private readonly Dictionary<string, SegmentColumn> _columns;

    /// <summary>Creates a map.</summary>
    /// <param name="table">The table's logical name (<c>contact</c>).</param>
    /// <param name="primaryId">Its primary key column (<c>contactid</c>), the column a query returns.</param>
    /// <param name="columns">Source attribute name (as the source spells it) to column.</param>
    public SegmentColumnMap(string table, string primaryId, IReadOnlyDictionary<string, SegmentColumn> columns)
    {
        Table = table;
        PrimaryId = primaryId;
        _columns = new Dictionary<string, SegmentColumn>(StringComparer.Ordinal);
        foreach (var (attribute, column) in columns)
        {
            // Choice labels compare as Dataverse compares text: case-insensitively.
            _columns[attribute] = column.Choices is null ? column : column with { Choices = new Dictionary<string, int>(column.Choices, StringComparer.OrdinalIgnoreCase) };
        }
    }

    /// <summary>The table's logical name.</summary>
    public string Table { get; }

    /// <summary>The table's primary key column.</summary>
    public string PrimaryId { get; }

    /// <summary>The column an attribute was migrated to, if any.</summary>
    /// <param name="attribute">The source attribute name.</param>
    public SegmentColumn? Column(string attribute) => _columns.GetValueOrDefault(attribute);

    /// <summary>How an attribute's values are typed (text when it was not migrated).</summary>
    /// <param name="attribute">The source attribute name.</param>
    public SegmentValueKind KindOf(string attribute) => Column(attribute)?.Kind ?? SegmentValueKind.Text;
}
