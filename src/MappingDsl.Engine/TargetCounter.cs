using MappingDsl.Catalog;
using MappingDsl.Engine.Journal;

namespace MappingDsl.Engine;

/// <summary>
/// Counts, live, the records carrying the pack's source-id column in every target table of the given pairs, by paging
/// their keys, and compares them with the journal's id map: per pair, how many of its migrated records the org still
/// holds and which keys it lacks; per table, records with a source id the journal never loaded. The comparison runs
/// in the journal's scratch tables, so memory does not grow with the tables counted.
/// A phase counts only the tables its own pairs write: the counts of earlier pairs and the strangers found in their
/// tables are kept from their own phase, so a million-row table is paged once per run, not once per later phase.
/// A reconcile counts every table the journal has loaded.
/// </summary>
internal sealed class TargetCounter(MapCatalog catalog, IMigrationTarget target, MigrationJournal journal)
{
    private const int KeysNamed = 50;

    // Keys read from the target go to the journal's scratch table this many at a time.
    private const int KeysPerWrite = 5_000;

    /// <param name="run">The run whose counts are recorded.</param>
    /// <param name="pairs">The pairs whose counts are (re)computed.</param>
    /// <param name="everyTable">Also every other table the journal has loaded (a reconcile), not only the pairs' own.</param>
    /// <param name="cancellationToken">Stops the count.</param>
    public async Task CountAsync(string run, IEnumerable<PairInfo> pairs, bool everyTable, CancellationToken cancellationToken)
    {
        var loaded = pairs.Where(p => p.Kind != PairKind.DocumentationOnly).ToList();
        // Only tables the journal has loaded records into (its id map names the entity set); the rest have nothing of
        // this journal. A phase: the tables its pairs' records are in; a reconcile: every one.
        var sets = everyTable ? journal.EntitySets() : journal.EntitySetsOf(loaded.Select(p => p.Name));
        var tables = sets.Keys.Order(StringComparer.Ordinal).ToList();
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
