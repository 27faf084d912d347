using MappingDsl.Catalog;
using MappingDsl.Engine.Journal;

namespace MappingDsl.Engine;

/// <summary>
/// Counts, live, the records carrying the pack's source-id column in every target table of the given pairs, by paging
/// their keys, and compares them with the journal's id map: per pair, how many of its migrated records the org still
/// holds and which keys it lacks; per table, records with a source id the journal never loaded. The comparison runs
/// in the journal's scratch tables, so memory does not grow with the tables counted.
/// </summary>
internal sealed class TargetCounter(MapCatalog catalog, IMigrationTarget target, MigrationJournal journal)
{
    private const int KeysNamed = 50;

    // Keys read from the target go to the journal's scratch table this many at a time.
    private const int KeysPerWrite = 5_000;

    public async Task CountAsync(string run, IEnumerable<PairInfo> pairs, CancellationToken cancellationToken)
    {
        var loaded = pairs.Where(p => p.Kind != PairKind.DocumentationOnly).ToList();
        // Every table the journal has loaded (its id map names the entity set); the rest have nothing of this journal.
        var sets = journal.EntitySets();
        var tables = loaded.SelectMany(p => p.Targets).Concat(sets.Keys).Distinct(StringComparer.Ordinal).Where(sets.ContainsKey).ToList();
        var counts = journal.TargetCounts(run);
        var extra = journal.TargetExtra(run).ToDictionary(e => e.Table, e => (e.Records, (IReadOnlyList<string>)e.Keys), StringComparer.Ordinal);
        var found = new Dictionary<string, long>(StringComparer.Ordinal);
        var missing = new Dictionary<string, (long Count, List<string> Named)>(StringComparer.Ordinal);
        var names = loaded.Select(p => p.Name).ToHashSet(StringComparer.Ordinal);
        foreach (var table in tables)
        {
            // The table's keys and the id map's are compared in the journal's scratch tables (on disk), not in memory:
            // a table of a million events would otherwise hold the id map's million entries and a copy of them.
            journal.BeginTargetKeys(table);
            try
            {
                var info = new TableInfo(table, sets[table], PrimaryId(table));
                var buffer = new List<string>(KeysPerWrite);
                await foreach (var key in target.ReadSourceIdsAsync(info, catalog.SourceIdColumn, cancellationToken).ConfigureAwait(false))
                {
                    buffer.Add(key);
                    if (buffer.Count < KeysPerWrite)
                        continue;
                    journal.AddTargetKeys(buffer);
                    buffer.Clear();
                }
                journal.AddTargetKeys(buffer);
                foreach (var (pair, (have, lacking, named)) in journal.CompareTargetKeys(KeysNamed))
                {
                    found[pair] = found.GetValueOrDefault(pair) + have;
                    var before = missing.GetValueOrDefault(pair, (0, []));
                    missing[pair] = (before.Count + lacking, [.. before.Named.Concat(named).Order(StringComparer.Ordinal).Take(KeysNamed)]);
                }
                var (unknownCount, unknown) = journal.UnknownTargetKeys(KeysNamed);
                if (unknownCount > 0)
                    extra[table] = (unknownCount, unknown);
                else
                    extra.Remove(table);
            }
            finally
            {
                journal.EndTargetKeys();
            }
        }
        var now = DateTimeOffset.UtcNow;
        foreach (var pair in names)
        {
            var (lacking, named) = missing.GetValueOrDefault(pair, (0, []));
            var have = found.GetValueOrDefault(pair);
            counts[pair] = new TargetCount(pair, have + lacking, have, named, now);
        }
        journal.SetTargetCounts(run, counts.Values, extra.Select(e => (e.Key, e.Value.Records, e.Value.Item2)));
    }

    // Standard tables follow `{table}id`; activities share `activityid`.
    private static string PrimaryId(string table) =>
        table is "task" or "email" or "phonecall" or "appointment" or "letter" or "fax" or "opportunityclose" ? "activityid" : table + "id";
}
