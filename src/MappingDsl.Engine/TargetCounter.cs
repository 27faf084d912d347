using MappingDsl.Catalog;
using MappingDsl.Engine.Journal;

namespace MappingDsl.Engine;

/// <summary>
/// Counts, live, the records carrying the pack's source-id column in every target table of the given pairs, by paging
/// their keys, and compares them with the journal's id map: per pair, how many of its migrated records the org still
/// holds and which keys it lacks; per table, records with a source id the journal never loaded.
/// </summary>
internal sealed class TargetCounter(MapCatalog catalog, IMigrationTarget target, MigrationJournal journal)
{
    private const int KeysNamed = 50;

    public async Task CountAsync(string run, IEnumerable<PairInfo> pairs, CancellationToken cancellationToken)
    {
        var loaded = pairs.Where(p => p.Kind != PairKind.DocumentationOnly).ToList();
        var idmap = journal.IdMapByTable();
        var sets = journal.EntitySets();
        var tables = loaded.SelectMany(p => p.Targets).Concat(idmap.Keys).Distinct(StringComparer.Ordinal).ToList();
        var counts = journal.TargetCounts(run);
        var extra = journal.TargetExtra(run).ToDictionary(e => e.Table, e => (e.Records, (IReadOnlyList<string>)e.Keys), StringComparer.Ordinal);
        var found = new Dictionary<string, long>(StringComparer.Ordinal);
        var missing = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var names = loaded.Select(p => p.Name).ToHashSet(StringComparer.Ordinal);
        foreach (var table in tables)
        {
            // A table the journal never loaded has no known entity set here, and nothing of this journal to find.
            if (!sets.TryGetValue(table, out var set) || !idmap.TryGetValue(table, out var expected))
                continue;
            var info = new TableInfo(table, set, PrimaryId(table));
            var remaining = new Dictionary<string, string>(expected, StringComparer.Ordinal);
            var unknown = new List<string>();
            long unknownCount = 0;
            await foreach (var key in target.ReadSourceIdsAsync(info, catalog.SourceIdColumn, cancellationToken).ConfigureAwait(false))
            {
                if (remaining.Remove(key, out var pair))
                {
                    found[pair] = found.GetValueOrDefault(pair) + 1;
                }
                else if (!expected.ContainsKey(key))
                {
                    unknownCount++;
                    if (unknown.Count < KeysNamed)
                        unknown.Add(key);
                }
            }
            foreach (var (key, pair) in remaining)
            {
                if (!missing.TryGetValue(pair, out var list))
                    missing[pair] = list = [];
                list.Add(key);
            }
            if (unknownCount > 0)
                extra[table] = (unknownCount, unknown);
            else
                extra.Remove(table);
        }
        var now = DateTimeOffset.UtcNow;
        foreach (var pair in names)
        {
            var lacking = missing.GetValueOrDefault(pair) ?? [];
            var have = found.GetValueOrDefault(pair);
            counts[pair] = new TargetCount(pair, have + lacking.Count, have, [.. lacking.Order(StringComparer.Ordinal).Take(KeysNamed)], now);
        }
        journal.SetTargetCounts(run, counts.Values, extra.Select(e => (e.Key, e.Value.Records, e.Value.Item2)));
    }

    // Standard tables follow `{table}id`; activities share `activityid`.
    private static string PrimaryId(string table) =>
        table is "task" or "email" or "phonecall" or "appointment" or "letter" or "fax" or "opportunityclose" ? "activityid" : table + "id";
}
