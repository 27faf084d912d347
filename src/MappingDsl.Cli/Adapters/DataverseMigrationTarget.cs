using System.Net;
using System.Text.Json;
using MappingDsl.Dataverse;
using MappingDsl.Dataverse.Http;
using MappingDsl.Dataverse.Loading;
using MappingDsl.Dataverse.Metadata;
using MappingDsl.Dataverse.Query;
using MappingDsl.Dataverse.Throughput;
using MappingDsl.Engine;

namespace MappingDsl.Cli.Adapters;

/// <summary>
/// The engine's target port over the Dataverse Web API client: upserts through the <see cref="BulkLoader"/>
/// (UpsertMultiple by the source-id key with adaptive throttling), reads by source id with <c>In</c> filters. With
/// several application users, upserts are spread over them (<see cref="MultiUserLoader"/>: each its own token, 429 gate
/// and throughput controller) and the other calls take turns, so each user's limits carry a share; the engine still
/// sees one target, so the journal, id map and checkpoint stay single.
/// </summary>
/// <param name="clients">One client per application user, identity 1 first.</param>
internal sealed class DataverseMigrationTarget(IReadOnlyList<DataverseClient> clients) : IMigrationTarget
{
    // Keys per read-back query: 200 keys of up to 40 characters stay under 16 KB of URL, half of Dataverse's 32 KB GET
    // limit, while a 500-record batch costs 3 reads of the service-protection window rather than 10.
    private const int KeysPerQuery = 200;
    private const int KeyCharsPerQuery = 2_000;

    private readonly MultiUserLoader _loader = new(clients, () => new AdaptiveThroughput());
    private int _turn;

    /// <summary>A target with one application user.</summary>
    /// <param name="client">Its client.</param>
    public DataverseMigrationTarget(DataverseClient client)
        : this([client])
    {
    }

    // The users take turns at the single calls (reads, state changes, deletes): each spends its own request budget.
    private DataverseClient Next => clients[(int)((uint)Interlocked.Increment(ref _turn) % (uint)clients.Count)];

    public async Task<IReadOnlyList<UpsertResult>> UpsertAsync(TableInfo table, string sourceIdColumn, IReadOnlyList<TargetRecord> records, CancellationToken cancellationToken)
    {
        IReadOnlyList<RecordLoadResult> results;
        try
        {
            results = await _loader.UpsertAsync(new BulkLoadOptions(table, sourceIdColumn), records.ToAsyncEnumerable(), cancellationToken).ConfigureAwait(false);
        }
        catch (DataverseException exception) when (IsAboutTheData(exception))
        {
            // The org refused the whole request for what is in it: one record at a time, so each carries its own
            // reason to the quarantine and the rest still land.
            return await OneByOneAsync(table, sourceIdColumn, records, cancellationToken).ConfigureAwait(false);
        }
        // The loader answers per source key, in no particular order.
        var byKey = new Dictionary<string, RecordLoadResult>(StringComparer.Ordinal);
        foreach (var result in results)
            byKey[result.SourceKey] = result;
        return [.. records.Select(r => byKey.TryGetValue(r.SourceKey, out var result)
            ? result.Id is { } id ? UpsertResult.Ok(id) : UpsertResult.Failed($"{result.ErrorCode}: {result.ErrorMessage}")
            : UpsertResult.Failed("the loader returned no result for this record"))];
    }

    private async Task<IReadOnlyList<UpsertResult>> OneByOneAsync(TableInfo table, string sourceIdColumn, IReadOnlyList<TargetRecord> records, CancellationToken cancellationToken)
    {
        var results = new List<UpsertResult>(records.Count);
        foreach (var record in records)
        {
            try
            {
                results.Add(UpsertResult.Ok(await Next.UpsertAsync(table, sourceIdColumn, SourceIdText.Encode(record.SourceKey), record.Body, cancellationToken: cancellationToken).ConfigureAwait(false)));
            }
            catch (DataverseException exception) when (IsAboutTheData(exception))
            {
                results.Add(UpsertResult.Failed(exception.Message));
            }
        }
        return results;
    }

    // 4xx other than throttling and authentication: the request's content was refused; anything else stops the run.
    private static bool IsAboutTheData(DataverseException exception) =>
        (int)exception.Status is >= 400 and < 500
        && exception.Status is not (HttpStatusCode.TooManyRequests or HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden);

    public async Task PatchAsync(RecordId record, ReadOnlyMemory<byte> body, CancellationToken cancellationToken)
    {
        try
        {
            await Next.UpdateAsync(record.EntitySet, record.Id, body, cancellationToken).ConfigureAwait(false);
        }
        catch (DataverseException exception)
        {
            throw new MigrationTargetException(exception.Message);
        }
    }

    public async Task<IReadOnlyList<string?>> SetStatesAsync(IReadOnlyList<RecordState> changes, CancellationToken cancellationToken)
    {
        try
        {
            return await Next.SetStatesAsync([.. changes.Select(c => new StateChange(c.Record.EntitySet, c.Record.Id, c.State, c.Status))], cancellationToken).ConfigureAwait(false);
        }
        catch (DataverseException exception) when (IsAboutTheData(exception))
        {
            return [.. changes.Select(_ => (string?)exception.Message)];
        }
    }

    public async Task<bool> DeleteAsync(RecordId record, CancellationToken cancellationToken)
    {
        try
        {
            await Next.DeleteAsync(record.EntitySet, record.Id, cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (DataverseException exception) when (exception.Status == HttpStatusCode.NotFound)
        {
            return false;
        }
        catch (DataverseException exception)
        {
            throw new MigrationTargetException(exception.Message);
        }
    }

    public async Task<IReadOnlyDictionary<string, TargetSnapshot>> ReadBySourceIdsAsync(
        TableInfo table, string sourceIdColumn, IReadOnlyCollection<string> sourceKeys, IReadOnlyCollection<string>? columns, CancellationToken cancellationToken)
    {
        var found = new Dictionary<string, TargetSnapshot>(StringComparer.Ordinal);
        foreach (var chunk in Chunks(sourceKeys.Select(SourceIdText.Encode)))
        {
            // An activity's parties are a collection-valued navigation property: an org returns them only through
            // $expand (webapi/query/join-tables), never in $select or in a read of all columns.
            var parties = columns?.Where(IsPartyCollection).ToList() ?? [];
            var query = new ODataQuery
            {
                Filter = In(sourceIdColumn, chunk),
                Select = columns is null ? [] : [table.PrimaryId, sourceIdColumn, .. columns.Where(c => c != sourceIdColumn && c != table.PrimaryId && !IsPartyCollection(c))],
                Expand = [.. parties.Select(p => p + "($select=participationtypemask,_partyid_value,addressused)")],
                IncludeLookupTables = true,
            };
            try
            {
                await ReadAsync(table, sourceIdColumn, query, found, cancellationToken).ConfigureAwait(false);
            }
            catch (DataverseException exception) when (query.Select.Count > 0 && IsAboutTheData(exception))
            {
                // A column the org does not have: read everything, and let the upsert report the column per record.
                await ReadAsync(table, sourceIdColumn, query with { Select = [] }, found, cancellationToken).ConfigureAwait(false);
            }
        }
        return found;
    }

    private static bool IsPartyCollection(string column) => column.EndsWith("_activity_parties", StringComparison.Ordinal);

    private async Task ReadAsync(TableInfo table, string sourceIdColumn, ODataQuery query, Dictionary<string, TargetSnapshot> found, CancellationToken cancellationToken)
    {
        await foreach (var row in Next.QueryAsync(table.EntitySetName, query, cancellationToken).ConfigureAwait(false))
        {
            if (row.TryGetProperty(sourceIdColumn, out var key) && key.GetString() is { } text
                && row.TryGetProperty(table.PrimaryId, out var id) && id.TryGetGuid(out var guid))
            {
                found[SourceIdText.Decode(text)] = new TargetSnapshot(guid, row.Clone());
            }
        }
    }

    public async IAsyncEnumerable<string> ReadSourceIdsAsync(TableInfo table, string sourceIdColumn, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        // Keys only, 5 000 a page: the count is exact at any size, where $count stops at 5 000.
        var query = new ODataQuery { Select = [sourceIdColumn], Filter = sourceIdColumn + " ne null", PageSize = 5000 };
        await foreach (var row in Next.QueryAsync(table.EntitySetName, query, cancellationToken).ConfigureAwait(false))
        {
            if (row.TryGetProperty(sourceIdColumn, out var key) && key.GetString() is { } text)
                yield return SourceIdText.Decode(text);
        }
    }

    public async Task<IReadOnlyDictionary<string, ColumnLimit>?> ReadColumnLimitsAsync(TableInfo table, CancellationToken cancellationToken)
    {
        var definition = await new TableMetadataReader(Next).ReadAsync(table.LogicalName, cancellationToken: cancellationToken).ConfigureAwait(false);
        return definition is null ? null : ColumnLimits.From(definition);
    }

    public async Task<IReadOnlyList<TargetUser>> FindUsersAsync(IReadOnlyCollection<string> emails, CancellationToken cancellationToken)
    {
        var users = new List<TargetUser>();
        foreach (var chunk in Chunks(emails))
        {
            var query = new ODataQuery
            {
                Filter = In("internalemailaddress", chunk),
                Select = ["systemuserid", "internalemailaddress", "fullname", "isdisabled"],
            };
            await foreach (var row in Next.QueryAsync("systemusers", query, cancellationToken).ConfigureAwait(false))
            {
                users.Add(new TargetUser(
                    row.GetProperty("internalemailaddress").GetString() ?? "",
                    row.GetProperty("systemuserid").GetGuid(),
                    row.TryGetProperty("fullname", out var name) ? name.GetString() ?? "" : "",
                    row.TryGetProperty("isdisabled", out var disabled) && disabled.ValueKind == JsonValueKind.True));
            }
        }
        return users;
    }

    public async Task<RecordId?> FindTeamAsync(string name, CancellationToken cancellationToken)
    {
        var query = new ODataQuery { Filter = "name eq " + ODataLiteral.Quote(name), Select = ["teamid"], Top = 1 };
        await foreach (var row in Next.QueryAsync("teams", query, cancellationToken).ConfigureAwait(false))
            return new RecordId("team", "teams", row.GetProperty("teamid").GetGuid());
        return null;
    }

    // At most KeysPerQuery keys, and few enough characters that the escaped GET line stays far below the 8 KB a web
    // server's request line commonly allows (Kestrel's default; the Web API's own limit is larger): long keys
    // (thread/message ids, e-mails) would otherwise make a 200-key filter a 414.
    private static IEnumerable<List<string>> Chunks(IEnumerable<string> keys)
    {
        var chunk = new List<string>(KeysPerQuery);
        var chars = 0;
        foreach (var key in keys)
        {
            if (chunk.Count == KeysPerQuery || (chunk.Count > 0 && chars + key.Length > KeyCharsPerQuery))
            {
                yield return chunk;
                chunk = new List<string>(KeysPerQuery);
                chars = 0;
            }
            chunk.Add(key);
            chars += key.Length;
        }
        if (chunk.Count > 0)
            yield return chunk;
    }

    private static string In(string column, IEnumerable<string> values) =>
        $"Microsoft.Dynamics.CRM.In(PropertyName='{column}',PropertyValues=[{string.Join(",", values.Select(ODataLiteral.Quote))}])";
}
