using System.Text.Json;

namespace MappingDsl.Engine.Journal;

// The numbers a customer signs off: the source's own count per pair, the journal's outcomes each counted from its own
// table, the target's live count, the loss ledger and the duplicate source keys a run met.
public sealed partial class MigrationJournal
{
    internal const string FidelitySql = """
        CREATE TABLE IF NOT EXISTS source_counts(
            run TEXT NOT NULL, pair TEXT NOT NULL, records INTEGER NOT NULL, origin TEXT NOT NULL, problem TEXT,
            PRIMARY KEY(run, pair));
        CREATE TABLE IF NOT EXISTS landed(
            run TEXT NOT NULL, pair TEXT NOT NULL, source_key TEXT NOT NULL, PRIMARY KEY(run, pair, source_key)) WITHOUT ROWID;
        CREATE TABLE IF NOT EXISTS skipped(run TEXT NOT NULL, pair TEXT NOT NULL, source_key TEXT NOT NULL);
        CREATE TABLE IF NOT EXISTS seen(
            run TEXT NOT NULL, pair TEXT NOT NULL, source_key TEXT NOT NULL, PRIMARY KEY(run, pair, source_key)) WITHOUT ROWID;
        CREATE TABLE IF NOT EXISTS duplicates(
            run TEXT NOT NULL, phase INTEGER NOT NULL, pair TEXT NOT NULL, source_key TEXT NOT NULL, position INTEGER NOT NULL,
            modified TEXT, json TEXT NOT NULL);
        CREATE TABLE IF NOT EXISTS losses(
            run TEXT NOT NULL, phase INTEGER NOT NULL, pair TEXT NOT NULL, source_key TEXT NOT NULL, col TEXT NOT NULL,
            rule TEXT NOT NULL, reason TEXT NOT NULL, original TEXT NOT NULL, stored INTEGER);
        CREATE INDEX IF NOT EXISTS losses_run ON losses(run, pair);
        CREATE TABLE IF NOT EXISTS target_counts(
            run TEXT NOT NULL, pair TEXT NOT NULL, expected INTEGER NOT NULL, found INTEGER NOT NULL, missing TEXT NOT NULL,
            counted TEXT NOT NULL, PRIMARY KEY(run, pair));
        CREATE TABLE IF NOT EXISTS target_extra(
            run TEXT NOT NULL, tbl TEXT NOT NULL, records INTEGER NOT NULL, keys TEXT NOT NULL, PRIMARY KEY(run, tbl));
        CREATE INDEX IF NOT EXISTS changes_key ON changes(run, pair, source_key);
        CREATE INDEX IF NOT EXISTS idmap_id ON idmap(id);
        """;

    // Inside the batch's transaction (see Commit): skipped keys, loss-ledger rows, duplicates and the keys seen.
    private void CommitFidelity(BatchCommit batch)
    {
        var skipped = Statement("INSERT INTO skipped(run, pair, source_key) VALUES($run,$pair,$key)", "$run", "$pair", "$key");
        foreach (var key in batch.SkippedKeys)
            Exec(skipped, batch.Run, batch.Pair, key);
        var loss = Statement("INSERT INTO losses(run, phase, pair, source_key, col, rule, reason, original, stored) VALUES($run,$phase,$pair,$key,$col,$rule,$reason,$original,$stored)",
            "$run", "$phase", "$pair", "$key", "$col", "$rule", "$reason", "$original", "$stored");
        foreach (var (key, l) in batch.Losses)
            Exec(loss, batch.Run, batch.Phase, batch.Pair, key, l.Column, l.Rule, l.Reason, l.Original, l.Stored);
        var duplicate = Statement("INSERT INTO duplicates(run, phase, pair, source_key, position, modified, json) VALUES($run,$phase,$pair,$key,$position,$modified,$json)",
            "$run", "$phase", "$pair", "$key", "$position", "$modified", "$json");
        foreach (var (key, position, modified, json) in batch.Duplicates)
            Exec(duplicate, batch.Run, batch.Phase, batch.Pair, key, position, modified is { } m ? Text(m) : null, json);
        // Every record the pair has in the target after this batch, whether this pair created it, updated it, or found
        // it closed as the source wants: the rollback log keeps one row per record and run, so a second pass over the
        // same records (PurchaseWins after Purchases) or a record left as it was would not be counted there.
        var landed = Statement("INSERT OR IGNORE INTO landed(run, pair, source_key) VALUES($run,$pair,$key)", "$run", "$pair", "$key");
        foreach (var key in batch.Landed)
            Exec(landed, batch.Run, batch.Pair, key);
        var seen = Statement("INSERT OR IGNORE INTO seen(run, pair, source_key) VALUES($run,$pair,$key)", "$run", "$pair", "$key");
        foreach (var key in batch.Seen)
            Exec(seen, batch.Run, batch.Pair, key);
    }

    // The keys a SeenKeys query asks about at once; a shorter last chunk repeats its last key (IN ignores repeats), so
    // one prepared statement serves every chunk.
    private const int SeenChunk = 500;

    private static readonly string[] SeenNames = [.. Enumerable.Range(0, SeenChunk).Select(i => "$k" + i.ToString(System.Globalization.CultureInfo.InvariantCulture))];

    private static readonly string SeenSql = $"SELECT source_key FROM seen WHERE run=$run AND pair=$pair AND source_key IN ({string.Join(",", SeenNames)})";

    /// <summary>The keys among <paramref name="keys"/> a run already read for a pair (the duplicate policy's memory).</summary>
    internal HashSet<string> SeenKeys(string run, string pair, IEnumerable<string> keys)
    {
        var result = new HashSet<string>(StringComparer.Ordinal);
        var command = Statement(SeenSql, ["$run", "$pair", .. SeenNames]);
        foreach (var chunk in keys.Distinct(StringComparer.Ordinal).Chunk(SeenChunk))
        {
            command.Parameters[0].Value = run;
            command.Parameters[1].Value = pair;
            for (var i = 0; i < SeenChunk; i++)
                command.Parameters[i + 2].Value = chunk[Math.Min(i, chunk.Length - 1)];
            using var reader = command.ExecuteReader();
            while (reader.Read())
                result.Add(reader.GetString(0));
        }
        return result;
    }

    /// <summary>Records the source's own count for a pair of a run (taken when the pair starts).</summary>
    internal void SetSourceCount(string run, string pair, SourceCount count) => Execute(
        "INSERT INTO source_counts(run, pair, records, origin, problem) VALUES($run,$pair,$records,$origin,$problem) ON CONFLICT(run, pair) DO UPDATE SET records=$records, origin=$origin, problem=$problem",
        ("$run", run), ("$pair", pair), ("$records", count.Records), ("$origin", count.Origin), ("$problem", count.Problem));

    internal SourceCount? SourceCountOf(string run, string pair)
    {
        using var command = Command("SELECT records, origin, problem FROM source_counts WHERE run=$run AND pair=$pair", ("$run", run), ("$pair", pair));
        using var reader = command.ExecuteReader();
        return reader.Read() ? new SourceCount(reader.GetInt64(0), reader.GetString(1), reader.IsDBNull(2) ? null : reader.GetString(2)) : null;
    }

    /// <summary>
    /// A pair's outcomes in a run, each counted from its own table: loaded from the landed records (a record that
    /// landed but was then quarantined counts as rejected), rejected from the quarantine, skipped, inventoried and
    /// duplicates from theirs.
    /// </summary>
    internal JournalCounts CountsOf(string run, string pair)
    {
        long Scalar(string sql)
        {
            using var command = Command(sql, ("$run", run), ("$pair", pair));
            return (long)command.ExecuteScalar()!;
        }
        // A second-pass lookup that fails is quarantined at stage 'deferred' while its record stays loaded.
        var rejected = Scalar("SELECT COUNT(DISTINCT source_key) FROM quarantine WHERE run=$run AND pair=$pair AND stage<>'deferred' AND source_key IS NOT NULL AND source_key<>''")
            + Scalar("SELECT COUNT(*) FROM quarantine WHERE run=$run AND pair=$pair AND stage<>'deferred' AND (source_key IS NULL OR source_key='')");
        var loaded = Scalar("SELECT COUNT(*) FROM landed WHERE run=$run AND pair=$pair AND source_key NOT IN (SELECT source_key FROM quarantine WHERE run=$run AND pair=$pair AND stage<>'deferred' AND source_key IS NOT NULL)");
        return new JournalCounts(loaded, rejected,
            Scalar("SELECT COUNT(*) FROM skipped WHERE run=$run AND pair=$pair"),
            Scalar("SELECT COUNT(DISTINCT source_key) FROM inventory WHERE run=$run AND pair=$pair"),
            Scalar("SELECT COUNT(*) FROM duplicates WHERE run=$run AND pair=$pair"));
    }

    /// <summary>Replaces a run's live target counts.</summary>
    internal void SetTargetCounts(string run, IEnumerable<TargetCount> counts, IEnumerable<(string Table, long Records, IReadOnlyList<string> Keys)> extra)
    {
        InTransaction(() =>
        {
            Execute("DELETE FROM target_counts WHERE run=$run", ("$run", run));
            Execute("DELETE FROM target_extra WHERE run=$run", ("$run", run));
            using var insert = Command("INSERT INTO target_counts(run, pair, expected, found, missing, counted) VALUES($run,$pair,$expected,$found,$missing,$counted)");
            foreach (var c in counts)
            {
                Run(insert, ("$run", run), ("$pair", c.Pair), ("$expected", c.Expected), ("$found", c.Found),
                    ("$missing", JsonSerializer.Serialize(c.MissingKeys.ToArray(), EngineJsonContext.Default.StringArray)), ("$counted", Text(c.Counted)));
            }
            using var more = Command("INSERT INTO target_extra(run, tbl, records, keys) VALUES($run,$tbl,$records,$keys)");
            foreach (var (table, records, keys) in extra)
                Run(more, ("$run", run), ("$tbl", table), ("$records", records), ("$keys", JsonSerializer.Serialize(keys.ToArray(), EngineJsonContext.Default.StringArray)));
        });
    }

    internal Dictionary<string, TargetCount> TargetCounts(string run)
    {
        var result = new Dictionary<string, TargetCount>(StringComparer.Ordinal);
        using var command = Command("SELECT pair, expected, found, missing, counted FROM target_counts WHERE run=$run", ("$run", run));
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            result[reader.GetString(0)] = new TargetCount(reader.GetString(0), reader.GetInt64(1), reader.GetInt64(2),
                JsonSerializer.Deserialize(reader.GetString(3), EngineJsonContext.Default.StringArray) ?? [], Instant(reader.GetString(4)));
        }
        return result;
    }

    internal List<(string Table, long Records, string[] Keys)> TargetExtra(string run)
    {
        var result = new List<(string, long, string[])>();
        using var command = Command("SELECT tbl, records, keys FROM target_extra WHERE run=$run ORDER BY tbl", ("$run", run));
        using var reader = command.ExecuteReader();
        while (reader.Read())
            result.Add((reader.GetString(0), reader.GetInt64(1), JsonSerializer.Deserialize(reader.GetString(2), EngineJsonContext.Default.StringArray) ?? []));
        return result;
    }

    /// <summary>The pair and source key of a record the id map holds, by its Dataverse id; null when it holds none.</summary>
    internal (string Pair, string SourceKey)? SourceKeyOf(Guid id)
    {
        using var command = Command("SELECT pair, source_key FROM idmap WHERE id=$id", ("$id", id.ToString()));
        using var reader = command.ExecuteReader();
        if (reader.Read())
            return (reader.GetString(0), reader.GetString(1));
        using var owner = Command("SELECT email FROM owners WHERE user_id=$id", ("$id", id.ToString()));
        return owner.ExecuteScalar() is string email ? ("owner", email) : null;
    }

    /// <summary>The source keys of a pair a run quarantined without loading (a failed second-pass lookup leaves its record loaded).</summary>
    internal HashSet<string> RejectedKeys(string run, string pair)
    {
        var result = new HashSet<string>(StringComparer.Ordinal);
        using var command = Command("SELECT source_key FROM quarantine WHERE run=$run AND pair=$pair AND stage<>'deferred' AND source_key IS NOT NULL", ("$run", run), ("$pair", pair));
        using var reader = command.ExecuteReader();
        while (reader.Read())
            result.Add(reader.GetString(0));
        return result;
    }

    /// <summary>A run's loss-ledger rows, streamed.</summary>
    /// <param name="run">The run.</param>
    public IEnumerable<(int Phase, string Pair, string SourceKey, RecordLoss Loss)> ReadLosses(string run)
    {
        using var command = Command("SELECT phase, pair, source_key, col, rule, reason, original, stored FROM losses WHERE run=$run ORDER BY rowid", ("$run", run));
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            yield return (reader.GetInt32(0), reader.GetString(1), reader.GetString(2),
                new RecordLoss(reader.GetString(3), reader.GetString(4), reader.GetString(5), reader.GetString(6), reader.IsDBNull(7) ? null : reader.GetInt64(7)));
        }
    }

    /// <summary>The source records a run did not load because their key had been read before, streamed.</summary>
    /// <param name="run">The run.</param>
    public IEnumerable<(int Phase, string Pair, string SourceKey, long Position, string? Modified, string Json)> ReadDuplicates(string run)
    {
        using var command = Command("SELECT phase, pair, source_key, position, modified, json FROM duplicates WHERE run=$run ORDER BY rowid", ("$run", run));
        using var reader = command.ExecuteReader();
        while (reader.Read())
            yield return (reader.GetInt32(0), reader.GetString(1), reader.GetString(2), reader.GetInt64(3), reader.IsDBNull(4) ? null : reader.GetString(4), reader.GetString(5));
    }

    internal List<(string Pair, string Column, string Rule, long Count)> LossCounts(string run)
    {
        var result = new List<(string, string, string, long)>();
        using var command = Command("SELECT pair, col, rule, COUNT(*) FROM losses WHERE run=$run GROUP BY pair, col, rule ORDER BY pair, col, rule", ("$run", run));
        using var reader = command.ExecuteReader();
        while (reader.Read())
            result.Add((reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetInt64(3)));
        return result;
    }
}

/// <summary>A pair's outcomes as the journal's own tables count them.</summary>
internal sealed record JournalCounts(long Loaded, long Rejected, long Skipped, long Inventoried, long Duplicates)
{
    public long Total => Loaded + Rejected + Skipped + Inventoried + Duplicates;
}

/// <summary>A pair's records found live in the target.</summary>
internal sealed record TargetCount(string Pair, long Expected, long Found, IReadOnlyList<string> MissingKeys, DateTimeOffset Counted);
