using Microsoft.Data.Sqlite;

namespace MappingDsl.Sources.Events;

/// <summary>
/// What <see cref="NewestByKey"/> must remember of each record (module, id, timestamp, problem, key) and which record
/// of each key survives, in a temporary SQLite file: a million profiles cost disk, not memory.
/// </summary>
/// <remarks>
/// Records are only appended while they are added (one insert each, grouped in transactions); the fate of each keyed
/// record is worked out once, when first asked, by sorting (cheaper than keeping a key index up to date through every
/// insert), and stored so the replay reads everything in order: the survivor of each keyed position (<c>fate</c>) and
/// the merged records grouped by survivor (<c>losers</c>). The survivor is the record with the latest timestamp (none
/// counts as the earliest), the later record on a tie: exactly what folding the records in order, a record replacing
/// the current one when it is not older, leaves behind; every other record of the key is merged into it.
/// </remarks>
internal sealed class DedupeLedger : IDisposable
{
    // Writes are grouped: one transaction per this many, so a record costs microseconds, not a sync.
    private const int WritesPerTransaction = 10_000;

    private readonly string _path;
    private readonly SqliteConnection _db;
    private readonly SqliteCommand _insert;
    private readonly Lock _settling = new();
    private SqliteTransaction? _transaction;
    private int _writes;
    private int? _superseded;

    public DedupeLedger(string path)
    {
        _path = path;
        _db = Open(path, SqliteOpenMode.ReadWriteCreate);
        using (var setup = _db.CreateCommand())
        {
            // at_rank orders the timestamps (UTC ticks, 0 without one); at_offset restores the offset (null: no timestamp).
            setup.CommandText = """
                CREATE TABLE headers(position INTEGER PRIMARY KEY, module TEXT NOT NULL, id TEXT, at_rank INTEGER NOT NULL, at_offset INTEGER, problem TEXT, key TEXT);
                CREATE TABLE fate(position INTEGER PRIMARY KEY, survivor INTEGER NOT NULL);
                CREATE TABLE losers(survivor INTEGER NOT NULL, position INTEGER NOT NULL, id TEXT, at_rank INTEGER NOT NULL, at_offset INTEGER, PRIMARY KEY(survivor, position)) WITHOUT ROWID;
                """;
            setup.ExecuteNonQuery();
        }

        _insert = _db.CreateCommand();
        _insert.CommandText = "INSERT INTO headers(position, module, id, at_rank, at_offset, problem, key) VALUES($p, $m, $i, $r, $o, $x, $k)";
        foreach (var (name, type) in new[] { ("$p", SqliteType.Integer), ("$m", SqliteType.Text), ("$i", SqliteType.Text), ("$r", SqliteType.Integer), ("$o", SqliteType.Integer), ("$x", SqliteType.Text), ("$k", SqliteType.Text) })
        {
            _insert.Parameters.Add(new SqliteParameter(name, type));
        }
    }

    /// <summary>Appends the record at <paramref name="position"/>; <paramref name="key"/> null: it passes through.</summary>
    public void Add(int position, string module, string? id, DateTimeOffset? at, string? problem, string? key)
    {
        _transaction ??= _db.BeginTransaction();
        _insert.Transaction = _transaction;
        var parameters = _insert.Parameters;
        parameters[0].Value = position;
        parameters[1].Value = module;
        parameters[2].Value = (object?)id ?? DBNull.Value;
        parameters[3].Value = (at ?? DateTimeOffset.MinValue).UtcTicks;
        parameters[4].Value = at is { } stamp ? (object)(long)stamp.Offset.TotalMinutes : DBNull.Value;
        parameters[5].Value = (object?)problem ?? DBNull.Value;
        parameters[6].Value = (object?)key ?? DBNull.Value;
        _insert.ExecuteNonQuery();
        _superseded = null;
        if (++_writes % WritesPerTransaction == 0)
        {
            Commit();
        }
    }

    /// <summary>How many keyed records were merged into a newer one; works the fates out if a record came since.</summary>
    public int Superseded()
    {
        lock (_settling)
        {
            if (_superseded is { } known)
            {
                return known;
            }

            Commit();
            using var transaction = _db.BeginTransaction();
            using var settle = _db.CreateCommand();
            settle.Transaction = transaction;
            settle.CommandText = """
                DELETE FROM fate;
                DELETE FROM losers;
                INSERT INTO fate(position, survivor)
                    SELECT position, FIRST_VALUE(position) OVER (PARTITION BY key ORDER BY at_rank DESC, position DESC)
                    FROM headers WHERE key IS NOT NULL ORDER BY position;
                INSERT INTO losers(survivor, position, id, at_rank, at_offset)
                    SELECT f.survivor, h.position, h.id, h.at_rank, h.at_offset
                    FROM fate f JOIN headers h ON h.position = f.position
                    WHERE f.survivor <> f.position ORDER BY f.survivor, f.position;
                SELECT COUNT(*) FROM losers;
                """;
            var superseded = Convert.ToInt32(settle.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
            transaction.Commit();
            _superseded = superseded;
            return superseded;
        }
    }

    /// <summary>
    /// The records to yield in position order: every pass-through record and each key's survivor (with the id and
    /// timestamp of the records merged into it, in position order), read from disk in order as it goes, over a
    /// connection of its own so replays do not share state.
    /// </summary>
    public IEnumerable<LedgerRow> Replay()
    {
        Superseded();
        using var db = Open(_path, SqliteOpenMode.ReadOnly);
        using var rows = db.CreateCommand();
        rows.CommandText = """
            SELECT h.position, h.module, h.id, h.at_rank, h.at_offset, h.problem, h.key
            FROM headers h LEFT JOIN fate f ON f.position = h.position
            WHERE h.key IS NULL OR f.survivor = h.position
            ORDER BY h.position
            """;
        using var losers = db.CreateCommand();
        losers.CommandText = "SELECT survivor, id, at_rank, at_offset FROM losers ORDER BY survivor, position";
        using var reader = rows.ExecuteReader();
        using var loser = losers.ExecuteReader();
        // Both in survivor order: each survivor takes the losers at the head of the second cursor.
        var more = loser.Read();
        while (reader.Read())
        {
            var position = reader.GetInt32(0);
            List<(string? Id, DateTimeOffset? At)>? merged = null;
            for (; more && loser.GetInt32(0) == position; more = loser.Read())
            {
                (merged ??= []).Add((loser.IsDBNull(1) ? null : loser.GetString(1), At(loser, 2)));
            }

            yield return new LedgerRow(position, reader.GetString(1), reader.IsDBNull(2) ? null : reader.GetString(2), At(reader, 3), reader.IsDBNull(5) ? null : reader.GetString(5), reader.IsDBNull(6) ? null : reader.GetString(6), merged ?? []);
        }
    }

    /// <summary>Closes and deletes the file.</summary>
    public void Dispose()
    {
        _transaction?.Dispose();
        _insert.Dispose();
        _db.Dispose();
        File.Delete(_path);
    }

    private static SqliteConnection Open(string path, SqliteOpenMode mode)
    {
        var db = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Mode = mode, Pooling = false }.ToString());
        db.Open();
        using var setup = db.CreateCommand();
        // A scratch file: nothing to recover after a crash, so no journal and no syncs; the cache is bounded.
        setup.CommandText = mode == SqliteOpenMode.ReadOnly
            ? "PRAGMA cache_size=-8192;"
            : "PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF; PRAGMA cache_size=-8192;";
        setup.ExecuteNonQuery();
        return db;
    }

    // The timestamp stored as UTC ticks (at column) and offset minutes (the next one), null when there was none.
    private static DateTimeOffset? At(SqliteDataReader reader, int column)
    {
        if (reader.IsDBNull(column + 1))
        {
            return null;
        }

        var offset = TimeSpan.FromMinutes(reader.GetInt64(column + 1));
        return new DateTimeOffset(reader.GetInt64(column) + offset.Ticks, offset);
    }

    private void Commit()
    {
        _transaction?.Commit();
        _transaction?.Dispose();
        _transaction = null;
    }
}

/// <summary>One record to replay from the spool, as <see cref="DedupeLedger.Replay"/> found it.</summary>
/// <param name="Position">Its position in the spool (the order it was added).</param>
/// <param name="Module">Its module.</param>
/// <param name="Id">Its id.</param>
/// <param name="At">Its timestamp.</param>
/// <param name="Problem">Its problem (pass-through records only).</param>
/// <param name="Key">Its key; null for a pass-through record.</param>
/// <param name="Merged">The id and timestamp of each record merged into it, in the order they were added.</param>
internal sealed record LedgerRow(int Position, string Module, string? Id, DateTimeOffset? At, string? Problem, string? Key, IReadOnlyList<(string? Id, DateTimeOffset? At)> Merged);
