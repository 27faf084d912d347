using System.Collections.Concurrent;

namespace MappingDsl.Emulators.Salesmate;

/// <summary>
/// Which record indexes a search matches, in id order. Unfiltered and type-only searches are plain arithmetic;
/// a <c>lastModifiedAt</c> filter scans once and is cached per (module, type, bound, data version), so paging
/// through 100 000 records does not rescan for every page.
/// </summary>
internal sealed class SearchIndexes(EmulatorDataset dataset)
{
    private const int MaxCached = 32;
    private readonly ConcurrentDictionary<(string Module, int Type, long After, int Version), int[]> _cache = new();

    public (int Total, IEnumerable<int> Page) Find(string module, SearchQuery query)
    {
        var type = module == "activity" && query.ActivityType is { } name ? IndexOf(name) : -1;
        if (module == "activity" && query.ActivityType is not null && type < 0)
        {
            return (0, []);
        }

        if (query.ModifiedAfter is { } after)
        {
            var key = (module, type, after.UtcTicks, dataset.Version);
            if (!_cache.TryGetValue(key, out var matches))
            {
                if (_cache.Count >= MaxCached)
                {
                    _cache.Clear();
                }

                matches = [.. All(module, type).Where(i => dataset.ModifiedAt(module, i) > after)];
                _cache[key] = matches;
            }

            return (matches.Length, matches.Skip((int)Math.Min(query.From, int.MaxValue)).Take(query.Rows));
        }

        var total = type >= 0 ? dataset.Count(EmulatorDataset.ActivityTypes[type].ToLowerInvariant()) : dataset.Count(module);
        var first = (int)Math.Min(query.From, total);
        var count = Math.Min(query.Rows, total - first);
        var types = EmulatorDataset.ActivityTypes.Count;
        return (total, Enumerable.Range(first, count).Select(k => type >= 0 ? (k * types) + type : k));
    }

    private IEnumerable<int> All(string module, int type)
    {
        var count = dataset.Count(module);
        if (type < 0)
        {
            return Enumerable.Range(0, count);
        }

        var types = EmulatorDataset.ActivityTypes.Count;
        return Enumerable.Range(0, dataset.Count(EmulatorDataset.ActivityTypes[type].ToLowerInvariant())).Select(k => (k * types) + type);
    }

    private static int IndexOf(string type)
    {
        for (var i = 0; i < EmulatorDataset.ActivityTypes.Count; i++)
        {
            if (string.Equals(EmulatorDataset.ActivityTypes[i], type, StringComparison.OrdinalIgnoreCase))
            {
                return i;
            }
        }

        return -1;
    }
}
