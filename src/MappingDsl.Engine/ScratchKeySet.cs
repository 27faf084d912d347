using Microsoft.Data.Sqlite;

namespace MappingDsl.Engine;

/// <summary>
/// A set of strings in a temporary SQLite file, for passes that must remember every key they met (the first record
/// with a key wins) without their memory growing with the source: a million keys cost disk, not memory.
/// </summary>
internal sealed class ScratchKeySet : IDisposable
{
    // Writes are grouped: one transaction per this many, so a key costs microseconds, not a sync.
    private const int WritesPerTransaction = 10_000;

    private readonly string _path = Path.Combine(Path.GetTempPath(), "mapdsl-seen-" + Guid.NewGuid().ToString("N") + ".db");
    private readonly SqliteConnection _db;
    private readonly SqliteCommand _insert;
    private SqliteTransaction? _transaction;
    private int _writes;

    public ScratchKeySet()
    {
        _db = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = _path, Pooling = false }.ToString());
        _db.Open();
        using (var setup = _db.CreateCommand())
        {
            // A scratch file: nothing to recover after a crash, so no journal and no syncs.
            setup.CommandText = "PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF; PRAGMA cache_size=-8192; CREATE TABLE keys(key TEXT PRIMARY KEY) WITHOUT ROWID;";
            setup.ExecuteNonQuery();
        }
        _insert = _db.CreateCommand();
        _insert.CommandText = "INSERT OR IGNORE INTO keys(key) VALUES($key)";
        _insert.Parameters.Add(new SqliteParameter("$key", SqliteType.Text));
    }

    /// <summary>Adds a key; false when the set already held it.</summary>
    public bool Add(string key)
    {
        _transaction ??= _db.BeginTransaction();
        _insert.Transaction = _transaction;
        _insert.Parameters[0].Value = key;
        var added = _insert.ExecuteNonQuery() == 1;
        if (++_writes % WritesPerTransaction == 0)
        {
            _transaction.Commit();
            _transaction.Dispose();
            _transaction = null;
        }
        return added;
    }

    public void Dispose()
    {
        _transaction?.Dispose();
        _insert.Dispose();
        _db.Dispose();
        File.Delete(_path);
    }
}
