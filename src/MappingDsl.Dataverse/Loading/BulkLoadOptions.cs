namespace MappingDsl.Dataverse.Loading;

/// <summary>How <see cref="BulkLoader"/> loads one table.</summary>
/// <param name="Table">The table.</param>
/// <param name="KeyColumn">The pack's source-id column, which carries the alternate key used for upsert.</param>
public sealed record BulkLoadOptions(TableInfo Table, string KeyColumn)
{
    /// <summary>Look up the ids of upserted records (one extra request per batch). Off, results carry <see cref="Guid.Empty"/>.</summary>
    public bool ResolveIds { get; init; } = true;
}
