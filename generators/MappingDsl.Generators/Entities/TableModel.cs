using MappingDsl.Generators.Common;

namespace MappingDsl.Generators.Entities;

/// <summary>One table read from a metadata file: strings, numbers and equatable lists only, so the pipeline can cache it.</summary>
internal sealed record TableModel(
    string FilePath,
    string LogicalName,
    string SchemaName,
    string EntitySetName,
    string PrimaryId,
    string PrimaryName,
    string Ownership,
    bool IsActivity,
    string DisplayName,
    string Description,
    EquatableArray<SnapshotColumnModel> Columns);

/// <summary>One writable column of a table.</summary>
/// <param name="RequiredLevel">The <c>MappingDsl.RequiredLevel</c> member name (<c>None</c>, <c>ApplicationRequired</c> …).</param>
/// <param name="MaxLength">Text columns only; 0 otherwise.</param>
/// <param name="Precision">Decimal and money columns only; 0 otherwise.</param>
/// <param name="Targets">Lookup and owner columns: the tables it can point at, in metadata order.</param>
/// <param name="Options">Choice columns: the options in metadata order.</param>
internal sealed record SnapshotColumnModel(
    string LogicalName,
    string SchemaName,
    ColumnKind Kind,
    string DisplayName,
    string Description,
    string RequiredLevel,
    bool ValidForCreate,
    bool ValidForUpdate,
    int MaxLength,
    int Precision,
    EquatableArray<LookupTargetModel> Targets,
    EquatableArray<OptionModel> Options);

/// <summary>A table a lookup can point at, with the navigation property used in <c>@odata.bind</c>.</summary>
/// <param name="EntitySet">Empty until the target is resolved against every table of the snapshot.</param>
internal sealed record LookupTargetModel(string LogicalName, string NavigationProperty, string EntitySet);

/// <summary>One option of a choice column.</summary>
internal sealed record OptionModel(int Value, string Label);
