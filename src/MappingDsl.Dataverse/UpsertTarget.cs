namespace MappingDsl.Dataverse;

/// <summary>One target of <c>UpsertMultiple</c>.</summary>
/// <param name="ODataId">The record's key address (<c>contacts(sm_sourceid='42')</c>), or null when the body carries the key column.</param>
/// <param name="Body">The record's JSON object.</param>
public readonly record struct UpsertTarget(string? ODataId, ReadOnlyMemory<byte> Body);
