namespace MappingDsl.Engine;

/// <summary>The state a landed record must end in.</summary>
/// <param name="Record">The record.</param>
/// <param name="State">The statecode.</param>
/// <param name="Status">The statuscode, or null for the state's default.</param>
public sealed record RecordState(RecordId Record, int State, int? Status);
