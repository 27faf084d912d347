namespace MappingDsl.Generators.Entities;

/// <summary>
/// The generator's copy of <c>MappingDsl.ColumnType</c>: the generator cannot reference the net10.0 DSL assembly, and
/// the emitted text names members of that enum, so the member names here must match it exactly.
/// </summary>
internal enum ColumnKind
{
    String,
    Memo,
    Integer,
    BigInt,
    Decimal,
    Double,
    Money,
    DateTime,
    DateOnly,
    Boolean,
    Picklist,
    MultiSelectPicklist,
    State,
    Status,
    Lookup,
    Owner,
    PartyList,
    Uniqueidentifier,
    EntityName,
}
