using MappingDsl.Generators.Common;

namespace MappingDsl.Generators.Packs;

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
/// from a discovery list names it in <paramref name="ChoiceList"/>; validation fills <paramref name="Options"/> from the
/// snapshot, or sets <paramref name="LeftOut"/> when the list has <paramref name="ChoicesBelow"/> values or more.
/// </summary>
internal sealed record ColumnModel(
    string Property,
    string LogicalName,
    string Type,
    int Required,
    int MaxLength,
    int Precision,
    bool ValidForCreate,
    bool ValidForUpdate,
    string Targets,
    bool IsCustom,
    string Label,
    string Options,
    string CustomTarget,
    bool Nullable,
    string ChoiceList = "",
    int ChoicesBelow = 0,
    bool LeftOut = false);

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
