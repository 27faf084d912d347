namespace MappingDsl.Sources.Scaffolding;

/// <summary>One proposed column assignment: <c>Column = Expression</c> in a pair's initializer for <see cref="Target"/>.</summary>
/// <param name="Target">The target table's logical name.</param>
/// <param name="Column">The column's logical name.</param>
/// <param name="Property">The entity property the initializer sets.</param>
/// <param name="SourceField">The source field's JSON key.</param>
/// <param name="Expression">The proposed C# expression.</param>
/// <param name="Score">How sure the match is, 0 to 1 (1: same name).</param>
/// <param name="Why">Why this field was matched to this column.</param>
/// <param name="NewColumn">Whether the column is a proposed custom column (no standard column matched).</param>
public sealed record ProposedAssignment(string Target, string Column, string Property, string SourceField, string Expression, double Score, string Why, bool NewColumn)
{
    /// <summary><c>high</c> (0.9 and above), <c>medium</c> (0.75 and above) or <c>low</c>.</summary>
    public string Confidence => Score >= 0.9 ? "high" : Score >= 0.75 ? "medium" : "low";
}

/// <summary>A proposed custom column, declared in the schema project with <c>[CustomColumn]</c>.</summary>
/// <param name="Table">The table's logical name.</param>
/// <param name="SchemaClass">The entity class it extends.</param>
/// <param name="Property">The property (and schema) name.</param>
/// <param name="ColumnType">The <c>ColumnType</c> member.</param>
/// <param name="ClrType">The property's C# type.</param>
/// <param name="Label">Its display label.</param>
/// <param name="SourceField">The source field it holds.</param>
/// <param name="LookupTarget">For lookups: the table it points to.</param>
public sealed record ProposedColumn(string Table, string SchemaClass, string Property, string ColumnType, string ClrType, string Label, string SourceField, string? LookupTarget);

/// <summary>One row of a proposed picklist matrix.</summary>
/// <param name="Value">The discovered source value.</param>
/// <param name="Option">The proposed option label, or null when the engineer must decide.</param>
/// <param name="Why">Why (label match, or nothing matched).</param>
public sealed record ProposedMatrixRow(string Value, string? Option, string Why);

/// <summary>A proposed <c>[Picklist]</c> matrix with a row per discovered value.</summary>
/// <param name="Method">The matrix method's name.</param>
/// <param name="Discovered">The discovery key (<c>deal.priority</c>).</param>
/// <param name="ReturnType">The enum it returns (an option enum, or a split's route enum).</param>
/// <param name="Rows">One row per discovered value.</param>
public sealed record ProposedMatrix(string Method, string Discovered, string ReturnType, IReadOnlyList<ProposedMatrixRow> Rows);

/// <summary>A proposed pair: one source module to its usual table(s).</summary>
/// <param name="Name">The pair method's name.</param>
/// <param name="Module">The source module.</param>
/// <param name="SourceObject">The object as the customer knows it.</param>
/// <param name="SourceType">The proposed source record class.</param>
/// <param name="Targets">The target tables; two for a split.</param>
/// <param name="Fields">Every field of the module's records, custom fields included.</param>
/// <param name="Assignments">The proposed assignments, per target.</param>
/// <param name="Ignored">Fields proposed as ignored, with the reason.</param>
public sealed record ProposedPair(
    string Name,
    string Module,
    string SourceObject,
    string SourceType,
    IReadOnlyList<string> Targets,
    IReadOnlyList<FieldShape> Fields,
    IReadOnlyList<ProposedAssignment> Assignments,
    IReadOnlyDictionary<string, string> Ignored)
{
    /// <summary>The entity classes of <see cref="Targets"/>, in the same order.</summary>
    public IReadOnlyList<string> TargetClasses { get; init; } = [];

    /// <summary>For a split: the field whose matrix decides the branch.</summary>
    public string? SplitBy { get; init; }
}

/// <summary>Something the scaffolder could not decide: the engineer must, before any record moves.</summary>
/// <param name="Pair">The pair it concerns, or null for the pack.</param>
/// <param name="What">What to decide.</param>
public sealed record Decision(string? Pair, string What);

/// <summary>A whole proposed pack: pairs, custom columns, custom tables, matrices and open decisions.</summary>
/// <param name="Source">The source's name.</param>
/// <param name="DisplayName">The source's display name (<c>Salesmate</c>).</param>
/// <param name="Pack">The proposed pack class's name.</param>
/// <param name="Publisher">The publisher prefix.</param>
/// <param name="Pairs">One pair per discovered module with a usual table.</param>
/// <param name="Columns">Custom columns to declare.</param>
/// <param name="CustomTables">Custom tables to declare (logical names).</param>
/// <param name="Matrices">Picklist matrices.</param>
/// <param name="Decisions">What the engineer must decide.</param>
public sealed record PackProposal(
    string Source,
    string DisplayName,
    string Pack,
    string Publisher,
    IReadOnlyList<ProposedPair> Pairs,
    IReadOnlyList<ProposedColumn> Columns,
    IReadOnlyList<string> CustomTables,
    IReadOnlyList<ProposedMatrix> Matrices,
    IReadOnlyList<Decision> Decisions);
