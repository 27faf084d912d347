using MappingDsl.Generators.Common;

namespace MappingDsl.Generators.Packs.Model;

/// <summary>
/// One object creation a pair returns: the target (or an inventory row), the branch of a split it belongs to
/// (0 for 1:1, 1 = First, 2 = Second), its condition text and what its initializer sets.
/// </summary>
internal sealed record RecordModel(
    EntityModel? Entity,
    int Branch,
    string? Condition,
    EquatableArray<AssignmentModel> Assignments,
    LocationInfo? Location);

/// <summary>A Dataverse table as the entity type describes it.</summary>
internal sealed record EntityModel(
    string Type,
    string LogicalName,
    string EntitySetName,
    string PrimaryId,
    CustomTableModel? CustomTable,
    EquatableArray<ColumnModel> RequiredColumns);

/// <summary>A <c>[CustomTable]</c> the pack writes.</summary>
internal sealed record CustomTableModel(
    string SchemaName,
    string DisplayName,
    string PluralName,
    string PrimaryNameSchemaName,
    int PrimaryNameMaxLength,
    LocationInfo? Location);

/// <summary>
/// A column as its <c>[Column]</c> or <c>[CustomColumn]</c> attribute declares it. A choice column whose options come
/// from a discovery list names it in <see cref="ChoiceList"/>; validation fills <see cref="Options"/> from the
/// snapshot, or sets <see cref="LeftOut"/> when the list has <see cref="ChoicesBelow"/> values or more.
/// </summary>
internal sealed record ColumnModel
{
    /// <summary>The C# property name.</summary>
    public required string Property { get; init; }

    /// <summary>The Dataverse logical name.</summary>
    public required string LogicalName { get; init; }

    /// <summary>The <c>ColumnType</c> member name (<c>String</c>, <c>Lookup</c> …).</summary>
    public required string Type { get; init; }

    /// <summary>The column's required level; custom columns are never required.</summary>
    public RequiredLevel Required { get; init; }

    /// <summary>Text columns: the maximum length; 0 otherwise.</summary>
    public int MaxLength { get; init; }

    /// <summary>Decimal and money columns: the precision; 0 otherwise.</summary>
    public int Precision { get; init; }

    /// <summary>Whether a create may set it.</summary>
    public bool ValidForCreate { get; init; } = true;

    /// <summary>Whether an update may set it.</summary>
    public bool ValidForUpdate { get; init; } = true;

    /// <summary>Standard lookups: the tables it can point at, comma-separated.</summary>
    public string Targets { get; init; } = "";

    /// <summary>Whether the pack declares it (<c>[CustomColumn]</c>) and provisioning creates it.</summary>
    public required bool IsCustom { get; init; }

    /// <summary>Custom columns: the display label; empty for the property name.</summary>
    public string Label { get; init; } = "";

    /// <summary>Choice columns: <c>value=label;…</c>.</summary>
    public string Options { get; init; } = "";

    /// <summary>Custom lookups: the target table's logical name.</summary>
    public string CustomTarget { get; init; } = "";

    /// <summary>Whether the property's type accepts null.</summary>
    public required bool Nullable { get; init; }

    /// <summary>The discovery list a choice column takes its options from; empty otherwise.</summary>
    public string ChoiceList { get; init; } = "";

    /// <summary>From this many discovered values on, the column is left out.</summary>
    public int ChoicesBelow { get; init; }

    /// <summary>Whether validation left the column out (too many discovered values).</summary>
    public bool LeftOut { get; init; }
}

/// <summary>A standard column's required level; mirrors <c>MappingDsl.RequiredLevel</c>.</summary>
internal enum RequiredLevel
{
    /// <summary>Optional.</summary>
    None = 0,

    /// <summary>Required by the platform.</summary>
    SystemRequired = 1,

    /// <summary>Required by the business.</summary>
    ApplicationRequired = 2,

    /// <summary>Recommended.</summary>
    Recommended = 3,
}

/// <summary>What kind of value an initializer assignment holds.</summary>
internal enum ValueKind
{
    Plain,
    Ref,
    RefLater,
    Owner,
    Lossy,
    Picklist,
}

/// <summary>One initializer assignment (<c>Name = s.Name</c>) or inventory cell (<c>["Flow"] = s.FlowName</c>).</summary>
internal sealed record AssignmentModel(
    string Property,
    ColumnModel? Column,
    string Expression,
    EquatableArray<string> SourceMembers,
    ValueKind Kind,
    string? Lookup,
    string? LossyReason,
    string? Picklist,
    int SourceMaxLength,
    bool ReadsFraction,
    bool ReadsDateTime,
    bool ReadsCollection,
    LocationInfo? Location)
{
    /// <summary>The assigned property's C# type, fully qualified (empty when unknown), for the direct-write twin.</summary>
    public string PropertyType { get; init; } = "";
}
