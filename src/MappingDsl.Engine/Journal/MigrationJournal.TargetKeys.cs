namespace MappingDsl.Engine.Journal;

// The live target count's comparison, done in SQLite: the keys a table holds in the target are gathered in a
// temporary table (on disk) and compared with the id map there, so counting a million-record table costs disk, not a
// million-entry dictionary of the id map and its copy in memory.
public sealed partial class MigrationJournal
{
    /// <summary>
    /// The tables (with their entity sets) the id map holds records of <paramref name="pairs"/> in: read through the id
    /// map's (pair, key) order, so a phase's count looks at its own pairs' entries, not at every record of the journal.
    /// </summary>
    internal IReadOnlyDictionary<string, string> EntitySetsOf(IEnumerable<string> pairs)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var pair in pairs)
        {
            using var command = Command("SELECT DISTINCT tbl, entity_set FROM idmap WHERE pair=$pair", ("$pair", pair));
            using var reader = command.ExecuteReader();
            while (reader.Read())
                result[reader.GetString(0)] = reader.GetString(1);
        }
        return result;
    }

    /// <summary>Empties the scratch tables a count gathers one table's keys in (created on first use, on disk).</summary>
    internal void BeginTargetKeys(string table)
    {
        Execute("PRAGMA temp_store=FILE");
        Execute("CREATE TEMP TABLE IF NOT EXISTS target_keys(k TEXT NOT NULL PRIMARY KEY, n INTEGER NOT NULL)");
        Execute("CREATE TEMP TABLE IF NOT EXISTS expected_keys(k TEXT NOT NULL PRIMARY KEY, pair TEXT NOT NULL)");
        Execute("DELETE FROM temp.target_keys");
        Execute("DELETE FROM temp.expected_keys");
        // One pair per key and table, the one recorded last (a second pass over the same records, as before); read
        // through idmap_tbl, so a small table's count does not scan a million other records of the id map.
        Execute("INSERT OR REPLACE INTO temp.expected_keys(k, pair) SELECT source_key, pair FROM idmap WHERE tbl=$tbl ORDER BY rowid", ("$tbl", table));
    }

    /// <summary>Adds keys read from the target (a key read twice counts twice when it is unknown).</summary>
    internal void AddTargetKeys(IReadOnlyCollection<string> keys)
    {
        if (keys.Count == 0)
            return;
        InTransaction(() =>
        {
            using var insert = Command("INSERT INTO temp.target_keys(k, n) VALUES($k, 1) ON CONFLICT(k) DO UPDATE SET n = n + 1");
            foreach (var key in keys)
                Run(insert, ("$k", key));
        });
    }

    /// <summary>Per pair: its keys the target holds, its keys it lacks (how many, and the first <paramref name="named"/> in order).</summary>
    internal Dictionary<string, (long Found, long Missing, List<string> Named)> CompareTargetKeys(int named)
    {
        var result = new Dictionary<string, (long Found, long Missing, List<string> Named)>(StringComparer.Ordinal);
        using (var counts = Command("""
            SELECT e.pair, SUM(t.k IS NOT NULL), SUM(t.k IS NULL)
            FROM temp.expected_keys e LEFT JOIN temp.target_keys t ON t.k = e.k GROUP BY e.pair
            """))
        using (var reader = counts.ExecuteReader())
        {
            while (reader.Read())
                result[reader.GetString(0)] = (reader.GetInt64(1), reader.GetInt64(2), []);
        }
        foreach (var (pair, entry) in result.Where(r => r.Value.Missing > 0).ToList())
        {
            using var first = Command("""
                SELECT e.k FROM temp.expected_keys e
                WHERE e.pair = $pair AND NOT EXISTS (SELECT 1 FROM temp.target_keys t WHERE t.k = e.k) ORDER BY e.k LIMIT $n
                """, ("$pair", pair), ("$n", named));
            using var reader = first.ExecuteReader();
            while (reader.Read())
                entry.Named.Add(reader.GetString(0));
        }
        return result;
    }

    /// <summary>Keys the target holds that the id map does not: how many reads, and the first <paramref name="named"/> met.</summary>
    internal (long Count, List<string> Named) UnknownTargetKeys(int named)
    {
        const string Unknown = "FROM temp.target_keys t WHERE NOT EXISTS (SELECT 1 FROM temp.expected_keys e WHERE e.k = t.k)";
        using var count = Command("SELECT COALESCE(SUM(t.n), 0) " + Unknown);
        var total = Convert.ToInt64(count.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
        var names = new List<string>();
        using var first = Command("SELECT t.k " + Unknown + " ORDER BY t.rowid LIMIT $n", ("$n", named));
        using var reader = first.ExecuteReader();
        while (reader.Read())
            names.Add(reader.GetString(0));
        return (total, names);
    }

    /// <summary>Empties the scratch tables once a count is done, giving their pages back.</summary>
    internal void EndTargetKeys()
    {
        Execute("DELETE FROM temp.target_keys");
        Execute("DELETE FROM temp.expected_keys");
    }
}
