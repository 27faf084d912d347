namespace MappingDsl.Engine;

/// <summary>
/// What the engine needs from a Dataverse org. Upserts go by the pack's source-id alternate key, so replaying a batch
/// after a crash changes nothing.
/// </summary>
public interface IMigrationTarget
{
    /// <summary>Upserts a batch of records of one table by source-id key.</summary>
    /// <param name="table">The table.</param>
    /// <param name="sourceIdColumn">The pack's source-id column, the alternate key.</param>
    /// <param name="records">The records; their bodies carry the source-id column.</param>
    /// <param name="cancellationToken">Stops the load.</param>
    /// <returns>One result per record, in the same order.</returns>
    Task<IReadOnlyList<UpsertResult>> UpsertAsync(TableInfo table, string sourceIdColumn, IReadOnlyList<TargetRecord> records, CancellationToken cancellationToken);

    /// <summary>Updates some columns of a record.</summary>
    /// <param name="record">The record.</param>
    /// <param name="body">The columns as a UTF-8 JSON object.</param>
    /// <param name="cancellationToken">Stops the call.</param>
    /// <exception cref="MigrationTargetException">The org refused the update.</exception>
    Task PatchAsync(RecordId record, ReadOnlyMemory<byte> body, CancellationToken cancellationToken);

    /// <summary>
    /// Sets the state and status of landed records (closed tasks, won deals), all of a batch at once so a migration
    /// spends a few requests on them rather than one per record.
    /// </summary>
    /// <param name="changes">The records and their new state.</param>
    /// <param name="cancellationToken">Stops the calls.</param>
    /// <returns>One entry per change, in order: null when applied, otherwise why the org refused it.</returns>
    Task<IReadOnlyList<string?>> SetStatesAsync(IReadOnlyList<RecordState> changes, CancellationToken cancellationToken);

    /// <summary>Deletes a record.</summary>
    /// <param name="record">The record.</param>
    /// <param name="cancellationToken">Stops the call.</param>
    /// <returns>False when it did not exist.</returns>
    /// <exception cref="MigrationTargetException">The org refused the delete.</exception>
    Task<bool> DeleteAsync(RecordId record, CancellationToken cancellationToken);

    /// <summary>Reads the records of a table whose source-id column holds one of the keys.</summary>
    /// <param name="table">The table.</param>
    /// <param name="sourceIdColumn">The pack's source-id column.</param>
    /// <param name="sourceKeys">The keys.</param>
    /// <param name="columns">The columns the engine will look at (besides the id and source-id), or null for all.</param>
    /// <param name="cancellationToken">Stops the read.</param>
    /// <returns>The records found, by source key; columns as the org returns them.</returns>
    Task<IReadOnlyDictionary<string, TargetSnapshot>> ReadBySourceIdsAsync(
        TableInfo table, string sourceIdColumn, IReadOnlyCollection<string> sourceKeys, IReadOnlyCollection<string>? columns, CancellationToken cancellationToken);

    /// <summary>
    /// Every source key a table holds in the pack's source-id column, read live page by page (<c>$count</c> stops at
    /// 5 000 and <c>RetrieveTotalRecordCount</c> is a day old, so the keys themselves are paged).
    /// </summary>
    /// <param name="table">The table.</param>
    /// <param name="sourceIdColumn">The pack's source-id column.</param>
    /// <param name="cancellationToken">Stops the read.</param>
    IAsyncEnumerable<string> ReadSourceIdsAsync(TableInfo table, string sourceIdColumn, CancellationToken cancellationToken);

    /// <summary>The org's limits for a table's columns (length, range, precision, options), or null when unknown.</summary>
    /// <param name="table">The table.</param>
    /// <param name="cancellationToken">Stops the read.</param>
    Task<IReadOnlyDictionary<string, ColumnLimit>?> ReadColumnLimitsAsync(TableInfo table, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyDictionary<string, ColumnLimit>?>(null);

    /// <summary>Finds system users by primary email (internalemailaddress).</summary>
    /// <param name="emails">The emails.</param>
    /// <param name="cancellationToken">Stops the read.</param>
    Task<IReadOnlyList<TargetUser>> FindUsersAsync(IReadOnlyCollection<string> emails, CancellationToken cancellationToken);

    /// <summary>Finds a team by name.</summary>
    /// <param name="name">The team's name.</param>
    /// <param name="cancellationToken">Stops the read.</param>
    /// <returns>The team, or null.</returns>
    Task<RecordId?> FindTeamAsync(string name, CancellationToken cancellationToken);
}

/// <summary>The outcome of upserting one record.</summary>
/// <param name="Id">The record's id when it landed.</param>
/// <param name="Error">Why it did not, or null.</param>
public readonly record struct UpsertResult(Guid? Id, string? Error)
{
    /// <summary>A record that landed.</summary>
    /// <param name="id">Its id.</param>
    public static UpsertResult Ok(Guid id) => new(id, null);

    /// <summary>A record the org refused.</summary>
    /// <param name="error">Why.</param>
    public static UpsertResult Failed(string error) => new(null, error);
}

/// <summary>A record read back from the target.</summary>
/// <param name="Id">Its id.</param>
/// <param name="Columns">Its columns as a JSON object.</param>
public sealed record TargetSnapshot(Guid Id, System.Text.Json.JsonElement Columns);

/// <summary>A Dataverse system user.</summary>
/// <param name="Email">Its internalemailaddress.</param>
/// <param name="Id">Its systemuserid.</param>
/// <param name="FullName">Its full name.</param>
/// <param name="IsDisabled">True when the user is disabled; records cannot be assigned to it.</param>
public sealed record TargetUser(string Email, Guid Id, string FullName, bool IsDisabled);

/// <summary>The target refused an operation.</summary>
/// <param name="message">What the target said.</param>
public sealed class MigrationTargetException(string message) : Exception(message);
