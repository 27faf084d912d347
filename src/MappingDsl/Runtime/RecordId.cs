namespace MappingDsl;

/// <summary>A Dataverse record: its table and id.</summary>
/// <param name="Table">The table's logical name.</param>
/// <param name="EntitySet">The table's Web API entity set name.</param>
/// <param name="Id">The record's id.</param>
public readonly record struct RecordId(string Table, string EntitySet, Guid Id);
