using Microsoft.Data.Sqlite;

namespace MappingDsl.Engine;

/// <summary>
/// The source keys the data-quality pass has seen (to find duplicates and resolve lookups) and the second-pass lookups
/// it must check at the end, in a temporary SQLite file: a million-record source costs disk, not memory.
/// </summary>
internal sealed class SourceKeyIndex : IDisposable
{
    // Writes are grouped: one transaction per this many, so the index costs microseconds per key, not a sync each.
    private const int WritesPerTransaction = 10_000;

    private readonly string _path = Path.Combine(Path.GetTempPath(), "mapdsl-keys-" + Guid.NewGuid().ToString("N") + ".db");
    private readonly SqliteConnection _db;
    private readonly SqliteCommand _insert;
    private readonly SqliteCommand _find;
    private readonly SqliteCommand _defer;
    private readonly Dictionary<(string, string), TableInfo> _tables = [];
    private SqliteTransaction? _transaction;
    private int _writes;

    public SourceKeyIndex()
    {
        _db = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = _path, Pooling = false }.ToString());
        _db.Open();
        using (var setup = _db.CreateCommand())
        {
            // A scratch file: nothing to recover after a crash, so no journal and no syncs.
            setup.CommandText = """
                PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF; PRAGMA cache_size=-8192;
                CREATE TABLE keys(pair TEXT NOT NULL, key TEXT NOT NULL, tbl TEXT NOT NULL, entity_set TEXT NOT NULL, primary_id TEXT NOT NULL, PRIMARY KEY(pair, key)) WITHOUT ROWID;
                CREATE TABLE deferred(from_pair TEXT NOT NULL, from_key TEXT NOT NULL, pair TEXT NOT NULL, key TEXT NOT NULL);
                """;
            setup.ExecuteNonQuery();
        }
        _insert = Prepare("INSERT OR IGNORE INTO keys(pair, key, tbl, entity_set, primary_id) VALUES($a, $b, $c, $d, $e)", 5);
        _find = Prepare("SELECT tbl, entity_set, primary_id FROM keys WHERE pair=$a AND key=$b", 2);
        _defer = Prepare("INSERT INTO deferred(from_pair, from_key, pair, key) VALUES($a, $b, $c, $d)", 4);
    }

    /// <summary>Records a pair's key and the table its record goes to; false when the pair already had the key.</summary>
    public bool TryAdd(string pair, string key, TableInfo table) =>
        Write(_insert, pair, key, table.LogicalName, table.EntitySetName, table.PrimaryId) == 1;

    /// <summary>The table a pair's key went to, or null when the pass has not seen it.</summary>
    public TableInfo? Find(string pair, string key)
    {
        Bind(_find, pair, key);
        using var reader = _find.ExecuteReader();
        if (!reader.Read())
            return null;
        var (logical, set) = (reader.GetString(0), reader.GetString(1));
        if (!_tables.TryGetValue((logical, set), out var table))
            _tables[(logical, set)] = table = new TableInfo(logical, set, reader.GetString(2));
        return table;
    }

    /// <summary>Remembers a second-pass lookup to check once every pair has been read.</summary>
    public void Defer(string fromPair, string fromKey, string pair, string key) => Write(_defer, fromPair, fromKey, pair, key);

    /// <summary>Every deferred lookup, in the order recorded, read from disk as it goes.</summary>
    public IEnumerable<(string FromPair, string FromKey, string Pair, string Key)> Deferred()
    {
        Commit();
        using var command = _db.CreateCommand();
        command.CommandText = "SELECT from_pair, from_key, pair, key FROM deferred ORDER BY rowid";
        using var reader = command.ExecuteReader();
        while (reader.Read())
            yield return (reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetString(3));
    }

    public void Dispose()
    {
        _transaction?.Dispose();
        _insert.Dispose();
        _find.Dispose();
        _defer.Dispose();
        _db.Dispose();
        File.Delete(_path);
    }

    private SqliteCommand Prepare(string sql, int parameters)
    {
        var command = _db.CreateCommand();
        command.CommandText = sql;
        foreach (var name in new[] { "$a", "$b", "$c", "$d", "$e" }.Take(parameters))
            command.Parameters.Add(new SqliteParameter(name, SqliteType.Text));
        return command;
    }

    private int Write(SqliteCommand command, params string[] values)
    {
        _transaction ??= _db.BeginTransaction();
        command.Transaction = _transaction;
        Bind(command, values);
        var changed = command.ExecuteNonQuery();
        if (++_writes % WritesPerTransaction == 0)
            Commit();
        return changed;
    }

    private void Bind(SqliteCommand command, params string[] values)
    {
        command.Transaction = _transaction;
        for (var i = 0; i < values.Length; i++)
            command.Parameters[i].Value = values[i];
    }

    private void Commit()
    {
        _transaction?.Commit();
        _transaction?.Dispose();
        _transaction = null;
    }
}
