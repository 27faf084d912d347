namespace MappingDsl.Dataverse;

/// <summary>A state change for a record that already exists: a closed task, a won or lost opportunity.</summary>
/// <param name="EntitySet">The record's entity set.</param>
/// <param name="Id">The record.</param>
/// <param name="State">The new statecode.</param>
/// <param name="Status">The new statuscode, or null for the state's default.</param>
public sealed record StateChange(string EntitySet, Guid Id, int State, int? Status);
