using System.Text.Json;
using System.Text.Json.Nodes;
using MappingDsl.Engine;

namespace MappingDsl.Engine.Tests.Fakes;

// A Dataverse org in dictionaries: upsert by source-id key merges columns like PATCH does.
internal sealed class InMemoryTarget : IMigrationTarget
{
    private readonly Dictionary<string, Dictionary<Guid, JsonObject>> _tables = [];

    public List<TargetUser> Users { get; } = [];

    public Dictionary<string, Guid> Teams { get; } = [];

    // Tables whose source-id keys were paged (the live target count), in call order.
    public List<string> KeyReads { get; } = [];

    // Upserted records, table by table, in call order.
    public List<(string Table, string SourceKey)> Upserts { get; } = [];

    // Records per upsert call, table by table, in call order: one call per table per journaled batch.
    public List<(string Table, int Records)> UpsertCalls { get; } = [];

    public Func<TargetRecord, string?> Refuse { get; set; } = _ => null;

    // State changes asked for, in call order.
    public List<RecordState> StateChanges { get; } = [];

    // Simulates a process killed after a batch landed but before the journal committed it.
    public int? CrashAfterUpsertCalls { get; set; }

    private int _upsertCalls;

    public IReadOnlyDictionary<Guid, JsonObject> Table(string table) =>
        _tables.TryGetValue(table, out var rows) ? rows : new Dictionary<Guid, JsonObject>();

    public JsonObject? Find(string table, string sourceKey) =>
        Table(table).Values.SingleOrDefault(r => (string?)r["sm_sourceid"] == sourceKey);

    public Guid Seed(string table, JsonObject columns)
    {
        var id = Guid.NewGuid();
        Rows(table)[id] = columns;
        return id;
    }

    public Task<IReadOnlyList<UpsertResult>> UpsertAsync(TableInfo table, string sourceIdColumn, IReadOnlyList<TargetRecord> records, CancellationToken cancellationToken)
    {
        var rows = Rows(table.LogicalName);
        var results = new List<UpsertResult>();
        UpsertCalls.Add((table.LogicalName, records.Count));
        foreach (var record in records)
        {
            if (Refuse(record) is { } error)
            {
                results.Add(UpsertResult.Failed(error));
                continue;
            }
            var body = AsStored(JsonNode.Parse(record.Body.Span)!.AsObject(), record.Binds);
            var existing = rows.FirstOrDefault(r => (string?)r.Value[sourceIdColumn] == record.SourceKey);
            var id = existing.Value is null ? Guid.NewGuid() : existing.Key;
            var row = existing.Value ?? [];
            foreach (var (name, value) in body)
                row[name] = value?.DeepClone();
            rows[id] = row;
            Upserts.Add((table.LogicalName, record.SourceKey));
            results.Add(UpsertResult.Ok(id));
        }
        if (++_upsertCalls == CrashAfterUpsertCalls)
            throw new InvalidOperationException("simulated crash");
        return Task.FromResult<IReadOnlyList<UpsertResult>>(results);
    }

    public Task PatchAsync(RecordId record, ReadOnlyMemory<byte> body, CancellationToken cancellationToken)
    {
        var row = Rows(record.Table).GetValueOrDefault(record.Id) ?? throw new MigrationTargetException("record not found");
        foreach (var (name, value) in AsStored(JsonNode.Parse(body.Span)!.AsObject(), []))
            row[name] = value?.DeepClone();
        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<string?>> SetStatesAsync(IReadOnlyList<RecordState> changes, CancellationToken cancellationToken)
    {
        var errors = new List<string?>();
        foreach (var change in changes)
        {
            StateChanges.Add(change);
            if (Rows(change.Record.Table).GetValueOrDefault(change.Record.Id) is not { } row)
            {
                errors.Add("record not found");
                continue;
            }
            row["statecode"] = change.State;
            row["statuscode"] = change.Status;
            errors.Add(null);
        }
        return Task.FromResult<IReadOnlyList<string?>>(errors);
    }

    public Task<bool> DeleteAsync(RecordId record, CancellationToken cancellationToken) =>
        Task.FromResult(Rows(record.Table).Remove(record.Id));

    public Task<IReadOnlyDictionary<string, TargetSnapshot>> ReadBySourceIdsAsync(TableInfo table, string sourceIdColumn, IReadOnlyCollection<string> sourceKeys, IReadOnlyCollection<string>? columns, CancellationToken cancellationToken)
    {
        var wanted = sourceKeys.ToHashSet();
        var found = Rows(table.LogicalName)
            .Where(r => (string?)r.Value[sourceIdColumn] is { } key && wanted.Contains(key))
            .ToDictionary(r => (string)r.Value[sourceIdColumn]!, r => new TargetSnapshot(r.Key, JsonSerializer.SerializeToElement(r.Value)));
        return Task.FromResult<IReadOnlyDictionary<string, TargetSnapshot>>(found);
    }

    public async IAsyncEnumerable<string> ReadSourceIdsAsync(TableInfo table, string sourceIdColumn, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        KeyReads.Add(table.LogicalName);
        foreach (var row in Table(table.LogicalName).Values.ToList())
        {
            if ((string?)row[sourceIdColumn] is { } key)
                yield return key;
        }
        await Task.CompletedTask;
    }

    public Dictionary<string, Dictionary<string, ColumnLimit>> Limits { get; } = [];

    public Task<IReadOnlyDictionary<string, ColumnLimit>?> ReadColumnLimitsAsync(TableInfo table, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyDictionary<string, ColumnLimit>?>(Limits.GetValueOrDefault(table.LogicalName));

    public Task<IReadOnlyList<TargetUser>> FindUsersAsync(IReadOnlyCollection<string> emails, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<TargetUser>>([.. Users.Where(u => emails.Contains(u.Email, StringComparer.OrdinalIgnoreCase))]);

    public Task<RecordId?> FindTeamAsync(string name, CancellationToken cancellationToken) =>
        Task.FromResult<RecordId?>(Teams.TryGetValue(name, out var id) ? new RecordId("team", "teams", id) : null);

    // As an org stores and returns them: a bind becomes `_column_value` with its table annotation (the bind itself is
    // kept too, as earlier tests read it), and an activity party's bind becomes `_partyid_value`.
    private static JsonObject AsStored(JsonObject body, IReadOnlyList<LookupColumn> binds)
    {
        foreach (var (name, value) in body.ToList())
        {
            if (name.EndsWith("@odata.bind", StringComparison.Ordinal) && value?.ToString() is { } reference)
            {
                var navigation = name[..^"@odata.bind".Length];
                var column = navigation == "ownerid" ? "ownerid"
                    : binds.FirstOrDefault(b => b.Targets.Any(t => t.NavigationProperty == navigation))?.LogicalName ?? StripTable(navigation);
                var (table, id) = Parse(reference);
                body["_" + column + "_value"] = id;
                body["_" + column + "_value@Microsoft.Dynamics.CRM.lookuplogicalname"] = table;
            }
            else if (name.EndsWith("@odata.bind", StringComparison.Ordinal))
            {
                var column = StripTable(name[..^"@odata.bind".Length]);
                body["_" + column + "_value"] = null;
            }
            else if (name.EndsWith("_activity_parties", StringComparison.Ordinal) && value is JsonArray parties)
            {
                foreach (var party in parties.OfType<JsonObject>())
                {
                    foreach (var (p, bind) in party.ToList())
                    {
                        if (p.StartsWith("partyid_", StringComparison.Ordinal) && bind?.ToString() is { } r)
                            party["_partyid_value"] = Parse(r).Id;
                    }
                }
            }
        }
        return body;
    }

    private static string StripTable(string navigation)
    {
        var at = navigation.LastIndexOf('_');
        return at > 0 && navigation[(at + 1)..] is "account" or "contact" or "lead" or "systemuser" or "team" ? navigation[..at] : navigation;
    }

    private static (string Table, string Id) Parse(string reference)
    {
        var open = reference.IndexOf('(', StringComparison.Ordinal);
        var set = reference[1..open];
        var table = set.EndsWith("ies", StringComparison.Ordinal) ? set[..^3] + "y" : set.TrimEnd('s');
        return (table, reference[(open + 1)..^1]);
    }

    private Dictionary<Guid, JsonObject> Rows(string table)
    {
        if (!_tables.TryGetValue(table, out var rows))
            _tables[table] = rows = [];
        return rows;
    }
}
