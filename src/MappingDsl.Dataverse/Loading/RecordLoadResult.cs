namespace MappingDsl.Dataverse.Loading;

/// <summary>What happened to one record: its Dataverse id, or why it did not load.</summary>
/// <param name="SourceKey">The source record's key.</param>
/// <param name="Id">The Dataverse id, when it loaded.</param>
/// <param name="ErrorCode">The Dataverse error code (or <c>MappingDsl.Problems</c> for records that were not sent).</param>
/// <param name="ErrorMessage">The error message.</param>
public sealed record RecordLoadResult(string SourceKey, Guid? Id, string? ErrorCode, string? ErrorMessage)
{
    /// <summary>True when the record is in Dataverse.</summary>
    public bool Succeeded => Id is not null;
}
