using System.Globalization;
using Microsoft.Data.Sqlite;

namespace MappingDsl.Engine.Journal;

/// <summary>
/// The migration's SQLite journal (WAL): runs, checkpoints, the id map, quarantine, owner reconciliation, findings and
/// the created/updated records rollback needs. One writer; lookups read through their own connection.
/// </summary>
public sealed partial class MigrationJournal : IDisposable
{
    private readonly SqliteConnection _db;
    private readonly Dictionary<string, SqliteCommand> _statements = new(StringComparer.Ordinal);
    private SqliteTransaction? _transaction;

    private MigrationJournal(string path, SqliteConnection db)
    {
        Path = path;
        _db = db;
    }

    /// <summary>The journal file.</summary>
    public string Path { get; }

    /// <summary>The folder reports are written under.</summary>
    public string Folder => System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(Path))!;

    /// <summary>Opens (creating when needed) a journal file.</summary>
    /// <param name="path">The file.</param>
    public static MigrationJournal Open(string path)
    {
        var full = System.IO.Path.GetFullPath(path);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
        var db = Connect(full, SqliteOpenMode.ReadWriteCreate);
        // WAL lets the lookup resolver read while the loader writes; NORMAL sync survives a killed process.
        Execute(db, "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;");
        Execute(db, JournalSchema.Sql);
        Execute(db, FidelitySql);
        return new MigrationJournal(full, db);
    }

    // Per connection (the writer and the lookup resolver's reader): bounded, so mapdsl's memory stays flat.
    internal const int CacheKibibytes = 8 * 1024;

    internal static SqliteConnection Connect(string path, SqliteOpenMode mode)
    {
        var builder = new SqliteConnectionStringBuilder { DataSource = path, Mode = mode, Pooling = false, DefaultTimeout = 30 };
        var db = new SqliteConnection(builder.ToString());
        db.Open();
        // A batch writes a few index entries per record at random places in large indexes (keys, record ids), and every
        // lookup reads one: SQLite's default 2 MB page cache re-reads their upper levels from the file each time; a
        // bounded 8 MB per connection keeps them in memory while mapdsl's memory stays flat.
        Execute(db, $"PRAGMA busy_timeout=30000; PRAGMA cache_size=-{CacheKibibytes};");
        return db;
    }

    /// <summary>Records a new run.</summary>
    /// <param name="run">The run.</param>
    public void StartRun(RunInfo run) => Execute(
        "INSERT INTO runs(id, pack, version, kind, status, source, target, fallback, sample, started) VALUES($id,$pack,$version,$kind,$status,$source,$target,$fallback,$sample,$started)",
        ("$id", run.Id), ("$pack", run.Pack), ("$version", run.Version), ("$kind", run.Kind), ("$status", run.Status.ToString()),
        ("$source", run.Source), ("$target", run.Target), ("$fallback", run.Fallback), ("$sample", run.Sample), ("$started", Text(run.Started)));

    /// <summary>Sets a run's status.</summary>
    /// <param name="id">The run.</param>
    /// <param name="status">Its new status.</param>
    /// <param name="message">Why, when it stopped early.</param>
    public void SetStatus(string id, RunStatus status, string? message = null)
    {
        var finished = status is RunStatus.Running ? null : Text(DateTimeOffset.UtcNow);
        Execute("UPDATE runs SET status=$status, message=$message, finished=$finished WHERE id=$id",
            ("$id", id), ("$status", status.ToString()), ("$message", message), ("$finished", finished));
    }

    /// <summary>Marks the data-quality pass of a run as done.</summary>
    /// <param name="id">The run.</param>
    public void SetChecked(string id) => Execute("UPDATE runs SET checked=1 WHERE id=$id", ("$id", id));

    /// <summary>A run by id, or null.</summary>
    /// <param name="id">The run.</param>
    public RunInfo? Run(string id) => ReadRuns("WHERE id=$id", ("$id", id)).FirstOrDefault();

    /// <summary>Every run, oldest first.</summary>
    public IReadOnlyList<RunInfo> Runs() => ReadRuns("");

    /// <summary>The newest run of a pack that did not finish (running, interrupted, blocked or failed), or null.</summary>
    /// <param name="pack">The pack.</param>
    /// <param name="kind">migrate or delta.</param>
    public RunInfo? Unfinished(string pack, string kind) => ReadRuns(
        "WHERE pack=$pack AND kind=$kind AND status IN ('Running','Interrupted','Blocked','Failed')",
        ("$pack", pack), ("$kind", kind)).LastOrDefault();

    /// <summary>
    /// Per pair, where the next delta starts reading: for each completed run of the pack, the earlier of the latest
    /// source modification time it saw and its start time minus <see cref="ClockSkewMargin"/>; the latest of those over
    /// the runs. The start time bounds it so an edit made while the run was reading (after the record was read) is
    /// still after the mark; the margin covers a source clock running behind this machine's. Sampled rehearsals do
    /// not count, since they skipped records older than their marks.
    /// </summary>
    /// <param name="pack">The pack.</param>
    /// <param name="before">Only runs started before this instant, or null for all.</param>
    public IReadOnlyDictionary<string, DateTimeOffset> Watermarks(string pack, DateTimeOffset? before = null)
    {
        var result = new Dictionary<string, DateTimeOffset>();
        using var command = Command(
            "SELECT p.pair, p.watermark, r.started FROM progress p JOIN runs r ON r.id=p.run WHERE r.pack=$pack AND r.status IN ('Completed','CompletedWithRejections') AND r.sample IS NULL AND p.watermark IS NOT NULL AND ($before IS NULL OR r.started < $before)",
            ("$pack", pack), ("$before", before is { } b ? Text(b) : null));
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            var seen = Instant(reader.GetString(1));
            var started = Instant(reader.GetString(2)) - ClockSkewMargin;
            var mark = seen < started ? seen : started;
            if (!result.TryGetValue(reader.GetString(0), out var known) || mark > known)
                result[reader.GetString(0)] = mark;
        }
        return result;
    }

    /// <summary>How far a source clock may run behind this machine's without a delta missing an edit (5 minutes).</summary>
    public static TimeSpan ClockSkewMargin { get; } = TimeSpan.FromMinutes(5);

    /// <summary>The progress of every pair of a run.</summary>
    /// <param name="run">The run.</param>
    public IReadOnlyList<PairProgress> Progress(string run)
    {
        var result = new List<PairProgress>();
        using var command = Command(
            "SELECT pair, phase, position, loaded, rejected, skipped, inventoried, watermark, done FROM progress WHERE run=$run ORDER BY phase, rowid",
            ("$run", run));
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            result.Add(new PairProgress(reader.GetString(0), reader.GetInt32(1), reader.GetInt64(2), reader.GetInt64(3),
                reader.GetInt64(4), reader.GetInt64(5), reader.GetInt64(6),
                reader.IsDBNull(7) ? null : Instant(reader.GetString(7)), reader.GetInt64(8) != 0));
        }
        return result;
    }

    /// <summary>The progress of one pair, creating it at zero.</summary>
    /// <param name="run">The run.</param>
    /// <param name="pair">The pair.</param>
    /// <param name="phase">Its phase.</param>
    public PairProgress PairProgress(string run, string pair, int phase)
    {
        Execute("INSERT OR IGNORE INTO progress(run, pair, phase) VALUES($run,$pair,$phase)", ("$run", run), ("$pair", pair), ("$phase", phase));
        return Progress(run).First(p => p.Pair == pair);
    }

    /// <summary>Marks a pair as loaded.</summary>
    /// <param name="run">The run.</param>
    /// <param name="pair">The pair.</param>
    public void CompletePair(string run, string pair) =>
        Execute("UPDATE progress SET done=1 WHERE run=$run AND pair=$pair", ("$run", run), ("$pair", pair));

    /// <summary>The quarantined records of a run.</summary>
    /// <param name="run">The run.</param>
    public IReadOnlyList<QuarantineEntry> Quarantine(string run) => [.. ReadQuarantine(run)];

    // Streamed from disk, so a report over a million rejections holds one row at a time.
    internal IEnumerable<QuarantineEntry> ReadQuarantine(string run)
    {
        using var command = Command("SELECT phase, pair, source_key, stage, reason FROM quarantine WHERE run=$run ORDER BY rowid", ("$run", run));
        using var reader = command.ExecuteReader();
        while (reader.Read())
            yield return new QuarantineEntry(reader.GetInt32(0), reader.GetString(1), reader.IsDBNull(2) ? null : reader.GetString(2), reader.GetString(3), reader.GetString(4));
    }

    /// <summary>How many quarantine entries a run has.</summary>
    /// <param name="run">The run.</param>
    public long QuarantineCount(string run)
    {
        using var command = Command("SELECT COUNT(*) FROM quarantine WHERE run=$run", ("$run", run));
        return (long)command.ExecuteScalar()!;
    }

    /// <summary>The source keys of a pair quarantined in a run.</summary>
    /// <param name="run">The run.</param>
    /// <param name="pair">The pair.</param>
    public HashSet<string> QuarantinedKeys(string run, string pair)
    {
        var result = new HashSet<string>(StringComparer.Ordinal);
        using var command = Command("SELECT source_key FROM quarantine WHERE run=$run AND pair=$pair AND source_key IS NOT NULL", ("$run", run), ("$pair", pair));
        using var reader = command.ExecuteReader();
        while (reader.Read())
            result.Add(reader.GetString(0));
        return result;
    }

    /// <summary>
    /// The source keys of a pair a run has already dealt with: loaded (created or updated), quarantined, inventoried or
    /// flagged. A resumed run skips exactly these, so records deleted or inserted in the source since the crash shift
    /// nothing.
    /// </summary>
    /// <param name="run">The run.</param>
    /// <param name="pair">The pair.</param>
    public HashSet<string> HandledKeys(string run, string pair)
    {
        var result = new HashSet<string>(StringComparer.Ordinal);
        using var command = Command(
            "SELECT source_key FROM landed WHERE run=$run AND pair=$pair UNION SELECT source_key FROM quarantine WHERE run=$run AND pair=$pair AND source_key IS NOT NULL " +
            "UNION SELECT source_key FROM inventory WHERE run=$run AND pair=$pair UNION SELECT source_key FROM flags WHERE run=$run AND pair=$pair",
            ("$run", run), ("$pair", pair));
        using var reader = command.ExecuteReader();
        while (reader.Read())
            result.Add(reader.GetString(0));
        return result;
    }

    /// <summary>The review flags raised in a run.</summary>
    /// <param name="run">The run.</param>
    public IReadOnlyList<(string Pair, string SourceKey, string Flag)> Flags(string run) => [.. ReadFlags(run)];

    internal IEnumerable<(string Pair, string SourceKey, string Flag)> ReadFlags(string run)
    {
        using var command = Command("SELECT pair, source_key, flag FROM flags WHERE run=$run ORDER BY rowid", ("$run", run));
        using var reader = command.ExecuteReader();
        while (reader.Read())
            yield return (reader.GetString(0), reader.GetString(1), reader.GetString(2));
    }

    /// <summary>The inventory rows of a run's documentation-only pairs, cells as JSON arrays of [heading, value].</summary>
    /// <param name="run">The run.</param>
    public IReadOnlyList<(string Pair, string SourceKey, string Cells)> Inventory(string run) => [.. ReadInventory(run, null)];

    internal IEnumerable<(string Pair, string SourceKey, string Cells)> ReadInventory(string run, string? pair)
    {
        using var command = Command("SELECT pair, source_key, cells FROM inventory WHERE run=$run AND ($pair IS NULL OR pair=$pair) ORDER BY rowid", ("$run", run), ("$pair", pair));
        using var reader = command.ExecuteReader();
        while (reader.Read())
            yield return (reader.GetString(0), reader.GetString(1), reader.GetString(2));
    }

    internal IReadOnlyList<string> InventoryPairs(string run)
    {
        var result = new List<string>();
        using var command = Command("SELECT DISTINCT pair FROM inventory WHERE run=$run ORDER BY pair", ("$run", run));
        using var reader = command.ExecuteReader();
        while (reader.Read())
            result.Add(reader.GetString(0));
        return result;
    }

    /// <summary>The owner reconciliation queue and matches.</summary>
    public IReadOnlyList<OwnerEntry> Owners()
    {
        var result = new List<OwnerEntry>();
        using var command = Command("SELECT email, status, user_id, full_name FROM owners ORDER BY email");
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            result.Add(new OwnerEntry(reader.GetString(0), reader.GetString(1),
                reader.IsDBNull(2) ? null : Guid.Parse(reader.GetString(2)), reader.IsDBNull(3) ? null : reader.GetString(3)));
        }
        return result;
    }

    /// <summary>Records what reconciliation found for an owner.</summary>
    /// <param name="owner">The owner.</param>
    public void SetOwner(OwnerEntry owner) => Execute(
        "INSERT INTO owners(email, status, user_id, full_name) VALUES($email,$status,$user,$name) ON CONFLICT(email) DO UPDATE SET status=$status, user_id=$user, full_name=$name",
        ("$email", owner.Email), ("$status", owner.Status), ("$user", owner.UserId?.ToString()), ("$name", owner.FullName));

    /// <summary>Records how many of a pair's records name an owner.</summary>
    /// <param name="run">The run.</param>
    /// <param name="email">The owner's email.</param>
    /// <param name="pair">The pair.</param>
    /// <param name="records">How many records.</param>
    public void SetOwnerUse(string run, string email, string pair, long records) => Execute(
        "INSERT INTO owner_use(run, email, pair, records) VALUES($run,$email,$pair,$records) ON CONFLICT(run, email, pair) DO UPDATE SET records=$records",
        ("$run", run), ("$email", email), ("$pair", pair), ("$records", records));

    /// <summary>Which pairs of a run name which owners.</summary>
    /// <param name="run">The run.</param>
    public IReadOnlyList<(string Email, string Pair, long Records)> OwnerUse(string run)
    {
        var result = new List<(string, string, long)>();
        using var command = Command("SELECT email, pair, records FROM owner_use WHERE run=$run ORDER BY email, pair", ("$run", run));
        using var reader = command.ExecuteReader();
        while (reader.Read())
            result.Add((reader.GetString(0), reader.GetString(1), reader.GetInt64(2)));
        return result;
    }

    /// <summary>Replaces a run's data-quality findings.</summary>
    /// <param name="run">The run.</param>
    /// <param name="findings">The findings.</param>
    public void SetFindings(string run, IEnumerable<Finding> findings)
    {
        InTransaction(() =>
        {
            Execute("DELETE FROM findings WHERE run=$run", ("$run", run));
            using var insert = Command("INSERT INTO findings(run, pair, source_key, kind, detail) VALUES($run,$pair,$key,$kind,$detail)");
            foreach (var finding in findings)
                Run(insert, ("$run", run), ("$pair", finding.Pair), ("$key", finding.SourceKey), ("$kind", finding.Kind), ("$detail", finding.Detail));
        });
    }

    /// <summary>Replaces a run's data-quality counts.</summary>
    /// <param name="run">The run.</param>
    /// <param name="quality">Per pair.</param>
    public void SetQuality(string run, IEnumerable<Reports.QualityReport> quality)
    {
        InTransaction(() =>
        {
            Execute("DELETE FROM quality WHERE run=$run", ("$run", run));
            using var insert = Command("INSERT INTO quality(run, pair, records, would_reject, duplicates, orphans, missing_owners) VALUES($run,$pair,$records,$reject,$dup,$orphans,$owners)");
            foreach (var q in quality)
                Run(insert, ("$run", run), ("$pair", q.Pair), ("$records", q.Records), ("$reject", q.WouldReject), ("$dup", q.Duplicates), ("$orphans", q.Orphans), ("$owners", q.MissingOwners));
        });
    }

    /// <summary>A run's data-quality counts.</summary>
    /// <param name="run">The run.</param>
    public IReadOnlyList<Reports.QualityReport> Quality(string run)
    {
        var result = new List<Reports.QualityReport>();
        using var command = Command("SELECT pair, records, would_reject, duplicates, orphans, missing_owners FROM quality WHERE run=$run ORDER BY rowid", ("$run", run));
        using var reader = command.ExecuteReader();
        while (reader.Read())
            result.Add(new Reports.QualityReport(reader.GetString(0), reader.GetInt64(1), reader.GetInt64(2), reader.GetInt64(3), reader.GetInt64(4), reader.GetInt64(5)));
        return result;
    }

    /// <summary>A run's data-quality findings.</summary>
    /// <param name="run">The run.</param>
    public IReadOnlyList<Finding> Findings(string run) => [.. ReadFindings(run)];

    internal IEnumerable<Finding> ReadFindings(string run)
    {
        using var command = Command("SELECT pair, source_key, kind, detail FROM findings WHERE run=$run ORDER BY rowid", ("$run", run));
        using var reader = command.ExecuteReader();
        while (reader.Read())
            yield return new Finding(reader.GetString(0), reader.IsDBNull(1) ? null : reader.GetString(1), reader.GetString(2), reader.GetString(3));
    }

    /// <summary>The records a run created or updated, newest first.</summary>
    /// <param name="run">The run.</param>
    public IReadOnlyList<ChangeEntry> Changes(string run)
    {
        var result = new List<ChangeEntry>();
        using var command = Command(
            "SELECT seq, phase, pair, source_key, tbl, entity_set, id, kind, prior FROM changes WHERE run=$run AND undone=0 ORDER BY phase DESC, seq DESC",
            ("$run", run));
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            result.Add(new ChangeEntry(reader.GetInt64(0), reader.GetInt32(1), reader.GetString(2), reader.GetString(3),
                new RecordId(reader.GetString(4), reader.GetString(5), Guid.Parse(reader.GetString(6))),
                reader.GetString(7) == "created", reader.IsDBNull(8) ? null : reader.GetString(8)));
        }
        return result;
    }

    /// <summary>Marks a change as undone; a created record also leaves the id map.</summary>
    /// <param name="change">The change.</param>
    public void Undo(ChangeEntry change)
    {
        InTransaction(() =>
        {
            Execute("UPDATE changes SET undone=1 WHERE seq=$seq", ("$seq", change.Seq));
            if (change.Created)
            {
                // A deleted record can no longer be a lookup target or an activity party found by its e-mail.
                Execute("DELETE FROM idmap WHERE pair=$pair AND source_key=$key AND id=$id", ("$pair", change.Pair), ("$key", change.SourceKey), ("$id", change.Record.Id.ToString()));
                Execute("DELETE FROM party_emails WHERE pair=$pair AND id=$id", ("$pair", change.Pair), ("$id", change.Record.Id.ToString()));
            }
        });
    }

    /// <summary>Remembers, before an upsert, which keys of a table the run is about to create.</summary>
    /// <param name="run">The run.</param>
    /// <param name="table">The table.</param>
    /// <param name="keys">The keys not yet in the target.</param>
    internal void AddPending(string run, string table, IEnumerable<string> keys)
    {
        InTransaction(() =>
        {
            var insert = Statement("INSERT OR IGNORE INTO pending(run, tbl, source_key) VALUES($run,$tbl,$key)", "$run", "$tbl", "$key");
            foreach (var key in keys)
                Exec(insert, run, table, key);
        });
    }

    /// <summary>The keys of a table a run was about to create when it stopped.</summary>
    /// <param name="run">The run.</param>
    /// <param name="table">The table.</param>
    internal HashSet<string> Pending(string run, string table)
    {
        var result = new HashSet<string>(StringComparer.Ordinal);
        using var command = Command("SELECT source_key FROM pending WHERE run=$run AND tbl=$tbl", ("$run", run), ("$tbl", table));
        using var reader = command.ExecuteReader();
        while (reader.Read())
            result.Add(reader.GetString(0));
        return result;
    }

    /// <summary>The entity set of every table the journal's id map holds records of, by logical name.</summary>
    public IReadOnlyDictionary<string, string> EntitySets()
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        using var command = Command("SELECT DISTINCT tbl, entity_set FROM idmap");
        using var reader = command.ExecuteReader();
        while (reader.Read())
            result[reader.GetString(0)] = reader.GetString(1);
        return result;
    }

    /// <summary>The id-map entries of a pair.</summary>
    /// <param name="pair">The pair.</param>
    public IReadOnlyList<(string SourceKey, RecordId Record)> IdMap(string pair)
    {
        var result = new List<(string, RecordId)>();
        using var command = Command("SELECT source_key, tbl, entity_set, id FROM idmap WHERE pair=$pair ORDER BY rowid", ("$pair", pair));
        using var reader = command.ExecuteReader();
        while (reader.Read())
            result.Add((reader.GetString(0), new RecordId(reader.GetString(1), reader.GetString(2), Guid.Parse(reader.GetString(3)))));
        return result;
    }

    /// <inheritdoc />
    public void Dispose()
    {
        foreach (var statement in _statements.Values)
            statement.Dispose();
        _db.Dispose();
        SqliteConnection.ClearAllPools();
    }

    private void InTransaction(Action work)
    {
        _transaction = _db.BeginTransaction();
        try
        {
            work();
            _transaction.Commit();
        }
        finally
        {
            _transaction.Dispose();
            _transaction = null;
        }
    }

    internal static string Text(DateTimeOffset instant) => instant.UtcDateTime.ToString("O", CultureInfo.InvariantCulture);

    internal static DateTimeOffset Instant(string text) =>
        DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);

    private List<RunInfo> ReadRuns(string where, params (string, object?)[] parameters)
    {
        var result = new List<RunInfo>();
        using var command = Command(
            "SELECT id, pack, version, kind, status, source, target, fallback, sample, started, finished, message, checked FROM runs " + where + " ORDER BY started, rowid",
            parameters);
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            result.Add(new RunInfo(reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetString(3),
                Enum.Parse<RunStatus>(reader.GetString(4)), reader.GetString(5), reader.GetString(6),
                reader.IsDBNull(7) ? null : reader.GetString(7), reader.IsDBNull(8) ? null : reader.GetString(8),
                Instant(reader.GetString(9)), reader.IsDBNull(10) ? null : Instant(reader.GetString(10)),
                reader.IsDBNull(11) ? null : reader.GetString(11), reader.GetInt64(12) != 0));
        }
        return result;
    }

    private SqliteCommand Command(string sql, params (string Name, object? Value)[] parameters)
    {
        var command = _db.CreateCommand();
        command.CommandText = sql;
        command.Transaction = _transaction;
        foreach (var (name, value) in parameters)
            command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        return command;
    }

    private void Execute(string sql, params (string Name, object? Value)[] parameters)
    {
        using var command = Command(sql, parameters);
        command.ExecuteNonQuery();
    }

    // A statement the journal runs for every record of a batch (a few per record): created once and kept, so SQLite
    // compiles it once per journal rather than once per batch, with its parameters made once in the order named;
    // a row then only sets their values (Exec) instead of allocating a parameter per value.
    private SqliteCommand Statement(string sql, params ReadOnlySpan<string> names)
    {
        if (!_statements.TryGetValue(sql, out var command))
        {
            command = _db.CreateCommand();
            command.CommandText = sql;
            foreach (var name in names)
                command.Parameters.Add(new SqliteParameter { ParameterName = name, Value = DBNull.Value });
            _statements.Add(sql, command);
        }
        command.Transaction = _transaction;
        return command;
    }

    // Runs a kept statement with its parameters' values, in the order Statement named them.
    private static void Exec(SqliteCommand command, params ReadOnlySpan<object?> values)
    {
        for (var i = 0; i < values.Length; i++)
            command.Parameters[i].Value = values[i] ?? DBNull.Value;
        command.ExecuteNonQuery();
    }

    private static void Run(SqliteCommand command, params (string Name, object? Value)[] parameters)
    {
        command.Parameters.Clear();
        foreach (var (name, value) in parameters)
            command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        command.ExecuteNonQuery();
    }

    private static void Execute(SqliteConnection db, string sql)
    {
        using var command = db.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
