using System.Text.Json.Nodes;
using Microsoft.Data.Sqlite;

namespace MappingDsl.Emulators.Dataverse.Storage;

/// <summary>
/// Records as JSON documents in SQLite, plus one row per alternate-key value so key lookups and duplicate checks are
/// indexed. One instance is one connection and not thread-safe: the emulator's writer is used by one request at a
/// time, each request (or change set) in a transaction; reads run in parallel, each on a reader of its own
/// (<see cref="OpenReader"/>) inside a read transaction, which in WAL mode sees the last committed state and never
/// waits for the writer. Without a path the database is a temporary file (WAL needs one), deleted on dispose.
/// </summary>
internal sealed class RecordStore : IDisposable
{
    private readonly SqliteConnection _connection;
    private readonly SqliteCommand _get;
    private readonly SqliteCommand _exists;
    private readonly SqliteCommand _insert;
    private readonly SqliteCommand _update;
    private readonly SqliteCommand _delete;
    private readonly SqliteCommand _findKey;
    private readonly SqliteCommand _findKeys;
    private readonly SqliteCommand _addKey;
    private readonly SqliteCommand _dropKeys;
    private readonly SqliteCommand _page;
    private readonly SqliteCommand _count;
    private readonly SqliteCommand _referencing;
    private readonly string _source;
    private readonly bool _temporary;
    private const int KeyChunk = 100;
    private SqliteTransaction? _transaction;

    public RecordStore(string? path)
        : this(path ?? Path.Combine(Path.GetTempPath(), $"dataverse-emulator-{Guid.NewGuid():N}.db"), temporary: path is null, reader: false)
    {
    }

    private RecordStore(string source, bool temporary, bool reader)
    {
        _source = source;
        _temporary = temporary;
        _connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = source, Pooling = false }.ToString());
        _connection.Open();
        // A reader opens per request and finds the writer's schema and WAL mode (both persist in the file) in place.
        if (!reader)
            CreateSchema();
        _get = Prepare("SELECT json FROM rec WHERE entity=$e AND id=$i", "$e", "$i");
        _exists = Prepare("SELECT 1 FROM rec WHERE entity=$e AND id=$i", "$e", "$i");
        _insert = Prepare("INSERT INTO rec(entity, id, json) VALUES($e, $i, $j)", "$e", "$i", "$j");
        _update = Prepare("UPDATE rec SET json=$j WHERE entity=$e AND id=$i", "$e", "$i", "$j");
        _delete = Prepare("DELETE FROM rec WHERE entity=$e AND id=$i", "$e", "$i");
        _findKey = Prepare("SELECT id FROM akey WHERE entity=$e AND keyname=$k AND value=$v", "$e", "$k", "$v");
        // A key-filtered read asks for up to a page of values: one statement looks a chunk of them up, a short last
        // chunk repeating its last value (IN ignores repeats), instead of one statement per value.
        _findKeys = Prepare(
            $"SELECT value, id FROM akey WHERE entity=$e AND keyname=$k AND value IN ({string.Join(',', Enumerable.Range(0, KeyChunk).Select(i => "$v" + i.ToString(System.Globalization.CultureInfo.InvariantCulture)))})",
            ["$e", "$k", .. Enumerable.Range(0, KeyChunk).Select(i => "$v" + i.ToString(System.Globalization.CultureInfo.InvariantCulture))]);
        _addKey = Prepare("INSERT OR REPLACE INTO akey(entity, keyname, value, id) VALUES($e, $k, $v, $i)", "$e", "$k", "$v", "$i");
        _dropKeys = Prepare("DELETE FROM akey WHERE entity=$e AND id=$i", "$e", "$i");
        // An index entry ends with the row's rowid, so rec_order holds each table's rows in insertion order: a page
        // after a position is a range seek on (entity, rowid), never a scan or a sort of the table.
        _page = Prepare("SELECT rowid, json FROM rec WHERE entity=$e AND rowid>$after ORDER BY rowid LIMIT $n", "$e", "$after", "$n");
        _count = Prepare("SELECT COUNT(*) FROM rec WHERE entity=$e", "$e");
        _referencing = Prepare("SELECT id FROM rec WHERE entity=$e AND lower(json_extract(json, $p))=$v", "$e", "$p", "$v");
    }

    /// <summary>Another connection to the same database, for a request that only reads.</summary>
    public RecordStore OpenReader() => new(_source, temporary: false, reader: true);

    public void Begin() => _transaction = _connection.BeginTransaction();

    /// <summary>A read transaction: deferred, so it takes no write lock and reads one committed snapshot.</summary>
    public void BeginRead() => _transaction = _connection.BeginTransaction(deferred: true);

    public void Commit()
    {
        _transaction?.Commit();
        _transaction?.Dispose();
        _transaction = null;
    }

    public void Rollback()
    {
        _transaction?.Rollback();
        _transaction?.Dispose();
        _transaction = null;
    }

    public JsonObject? Get(string entity, Guid id)
    {
        var json = (string?)Run(_get, entity, Id(id)).ExecuteScalar();
        return json is null ? null : (JsonObject)JsonNode.Parse(json)!;
    }

    /// <summary>Whether the record exists, answered from the primary key without reading or parsing its document.</summary>
    public bool Exists(string entity, Guid id) => Run(_exists, entity, Id(id)).ExecuteScalar() is not null;

    public void Insert(string entity, Guid id, JsonObject record) => Run(_insert, entity, Id(id), record.ToJsonString()).ExecuteNonQuery();

    public void Update(string entity, Guid id, JsonObject record) => Run(_update, entity, Id(id), record.ToJsonString()).ExecuteNonQuery();

    public bool Delete(string entity, Guid id)
    {
        Run(_dropKeys, entity, Id(id)).ExecuteNonQuery();
        return Run(_delete, entity, Id(id)).ExecuteNonQuery() > 0;
    }

    public Guid? FindByKey(string entity, string keyName, string value) =>
        Run(_findKey, entity, keyName, value).ExecuteScalar() is string id ? Guid.Parse(id) : null;

    /// <summary>The ids holding any of <paramref name="values"/> under a key, by value; values no record holds are absent.</summary>
    public Dictionary<string, Guid> FindByKeys(string entity, string keyName, IReadOnlyList<string> values)
    {
        var found = new Dictionary<string, Guid>(StringComparer.Ordinal);
        _findKeys.Transaction = _transaction;
        _findKeys.Parameters[0].Value = entity;
        _findKeys.Parameters[1].Value = keyName;
        for (var start = 0; start < values.Count; start += KeyChunk)
        {
            for (var i = 0; i < KeyChunk; i++) _findKeys.Parameters[i + 2].Value = values[Math.Min(start + i, values.Count - 1)];
            using var reader = _findKeys.ExecuteReader();
            while (reader.Read()) found[reader.GetString(0)] = Guid.Parse(reader.GetString(1));
        }
        return found;
    }

    public void AddKey(string entity, string keyName, string value, Guid id) => Run(_addKey, entity, keyName, value, Id(id)).ExecuteNonQuery();

    public void ReplaceKeys(string entity, Guid id, IEnumerable<(string Key, string Value)> keys)
    {
        Run(_dropKeys, entity, Id(id)).ExecuteNonQuery();
        foreach (var (key, value) in keys) Run(_addKey, entity, key, value, Id(id)).ExecuteNonQuery();
    }

    /// <summary>
    /// Up to <paramref name="limit"/> records of <paramref name="entity"/> after <paramref name="after"/> (0: from the
    /// start), in insertion order, each with its position (the row's rowid: kept by updates, never reused while the
    /// row lives), as stored JSON text so the caller parses only what it keeps.
    /// </summary>
    public List<(long Position, string Json)> Page(string entity, long after, int limit)
    {
        _page.Transaction = _transaction;
        _page.Parameters[0].Value = entity;
        _page.Parameters[1].Value = after;
        _page.Parameters[2].Value = limit;
        using var reader = _page.ExecuteReader();
        var rows = new List<(long, string)>(Math.Min(limit, 1024));
        while (reader.Read()) rows.Add((reader.GetInt64(0), reader.GetString(1)));
        return rows;
    }

    /// <summary>
    /// The records of <paramref name="entity"/> after <paramref name="after"/>, in store order, read
    /// <paramref name="chunk"/> rows a query and parsed as they are enumerated, so a caller that stops early reads no further.
    /// </summary>
    public IEnumerable<(long Position, JsonObject Record)> Scan(string entity, long after = 0, int chunk = 5000)
    {
        while (true)
        {
            var rows = Page(entity, after, chunk);
            foreach (var (position, json) in rows) yield return (position, (JsonObject)JsonNode.Parse(json)!);
            if (rows.Count < chunk) yield break;
            after = rows[^1].Position;
        }
    }

    /// <summary>The records of <paramref name="entity"/> whose lookup <paramref name="column"/> points to <paramref name="id"/>.</summary>
    public IReadOnlyList<Guid> Referencing(string entity, string column, Guid id)
    {
        using var reader = Run(_referencing, entity, $"$.\"_{column}_value\"", Id(id)).ExecuteReader();
        var ids = new List<Guid>();
        while (reader.Read()) ids.Add(Guid.Parse(reader.GetString(0)));
        return ids;
    }

    public int Count(string entity) => Convert.ToInt32(Run(_count, entity).ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);

    public void Dispose()
    {
        _transaction?.Dispose();
        foreach (var command in new[] { _get, _exists, _insert, _update, _delete, _findKey, _findKeys, _addKey, _dropKeys, _page, _count, _referencing }) command.Dispose();
        _connection.Dispose();
        if (!_temporary) return;
        foreach (var file in new[] { _source, _source + "-wal", _source + "-shm" })
            File.Delete(file);
    }

    private static string Id(Guid id) => id.ToString("D");

    private SqliteCommand Run(SqliteCommand command, params string[] values)
    {
        command.Transaction = _transaction;
        for (var i = 0; i < values.Length; i++) command.Parameters[i].Value = values[i];
        return command;
    }

    private SqliteCommand Prepare(string sql, params string[] parameters)
    {
        var command = _connection.CreateCommand();
        command.CommandText = sql;
        foreach (var p in parameters) command.Parameters.Add(new SqliteParameter(p, ""));
        return command;
    }

    private void CreateSchema()
    {
        Execute("PRAGMA journal_mode=WAL; PRAGMA synchronous=OFF;");
        Execute("""
            CREATE TABLE IF NOT EXISTS rec(entity TEXT NOT NULL, id TEXT NOT NULL, json TEXT NOT NULL, PRIMARY KEY(entity, id));
            CREATE TABLE IF NOT EXISTS akey(entity TEXT NOT NULL, keyname TEXT NOT NULL, value TEXT NOT NULL, id TEXT NOT NULL, PRIMARY KEY(entity, keyname, value));
            CREATE INDEX IF NOT EXISTS akey_id ON akey(entity, id);
            CREATE INDEX IF NOT EXISTS rec_order ON rec(entity);
            """);
    }

    private void Execute(string sql)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
