using MappingDsl.Catalog;
using MappingDsl.Engine.Journal;
using MappingDsl.Engine.Reports;

namespace MappingDsl.Engine;

/// <summary>
/// Transforms every source record without loading anything, in phase order: what would be rejected, duplicate
/// source keys, orphan lookups (keys in neither the source nor the id map) and every owner email named, so problems
/// surface before a record moves. The keys it has seen live in a temporary file (<see cref="SourceKeyIndex"/>), so its
/// memory does not grow with the source.
/// </summary>
internal sealed class DataQualityPass(MapCatalog catalog, IMigrationSource source, ILookupResolver known)
{
    public async Task<DataQualityResult> RunAsync(
        Func<PairInfo, DateTimeOffset?> since,
        SampleSpec? sample,
        IProgress<MigrationProgress>? progress,
        CancellationToken cancellationToken)
    {
        using var keys = new SourceKeyIndex();
        var resolver = new DryResolver(known, keys);
        var result = new DataQualityResult();
        using var writer = new RecordWriter(new MapContext(resolver));
        foreach (var phase in catalog.Phases)
        {
            foreach (var pairName in phase.Pairs)
            {
                var pair = catalog.Pair(pairName);
                var transform = catalog.Transform(pairName);
                var counts = new QualityCounter(pairName);
                long ordinal = 0;
                await foreach (var item in source.ReadAsync(pair.Module, since(pair), cancellationToken).ConfigureAwait(false))
                {
                    ordinal++;
                    if (sample is not null && !sample.Includes(ordinal, item.Id))
                        continue;
                    counts.Records++;
                    if (item.Problem is { } problem)
                    {
                        counts.Add(result, item.Id, "would-reject", problem, c => c.WouldReject++);
                        continue;
                    }
                    writer.Clear();
                    resolver.BeginRecord(pairName);
                    var outcome = transform.Transform(item.Json.Span, writer);
                    var key = outcome.SourceKey ?? item.Id;
                    if (outcome.Status == TransformStatus.Rejected)
                    {
                        counts.Add(result, key, "would-reject", outcome.Reason ?? "rejected", c => c.WouldReject++);
                        continue;
                    }
                    if (writer.Records.Count > 0 && !keys.TryAdd(pairName, key, writer.Records[0].Table))
                        counts.Add(result, key, "duplicate", $"source key '{key}' appears more than once", c => c.Duplicates++);
                    foreach (var orphan in resolver.Orphans)
                        counts.Add(result, key, "orphan", orphan, c => c.Orphans++);
                    var problems = writer.Records.SelectMany(r => r.Problems).ToList();
                    if (problems.Count > 0)
                        counts.Add(result, key, "would-reject", string.Join("; ", problems), c => c.WouldReject++);
                    foreach (var record in writer.Records)
                    {
                        foreach (var lookup in record.Deferred)
                            keys.Defer(pairName, key, lookup.Reference.Pair, lookup.Reference.Key!);
                    }
                    if (ordinal % 1000 == 0)
                        progress?.Report(new MigrationProgress(phase.Number, pairName, ordinal, "check"));
                }
                result.Pairs[pairName] = counts;
            }
        }
        foreach (var (fromPair, fromKey, pair, key) in keys.Deferred())
        {
            if (keys.Find(pair, key) is null && !known.TryResolve(pair, key, out _))
                result.Pairs[fromPair].Add(result, fromKey, "orphan", $"{pair} '{key}' (second pass) is in neither the source nor the id map", c => c.Orphans++);
        }
        foreach (var ((email, pair), records) in resolver.OwnerUse)
            result.OwnerUse[(email, pair)] = records;
        return result;
    }

    // Resolves lookups to keys seen earlier in the pass (or already migrated) and accepts every owner, recording
    // what it was asked so the pass can report orphans and owners without a target.
    private sealed class DryResolver(ILookupResolver known, SourceKeyIndex keys) : ILookupResolver
    {
        private string _pair = "";

        public List<string> Orphans { get; } = [];

        public Dictionary<(string Email, string Pair), long> OwnerUse { get; } = [];

        public void BeginRecord(string pair)
        {
            _pair = pair;
            Orphans.Clear();
        }

        public bool TryResolve(string pair, string sourceKey, out RecordId record)
        {
            if (keys.Find(pair, sourceKey) is { } table)
            {
                record = new RecordId(table.LogicalName, table.EntitySetName, Guid.Empty);
                return true;
            }
            if (known.TryResolve(pair, sourceKey, out record))
                return true;
            Orphans.Add($"{pair} '{sourceKey}' is in neither the source nor the id map");
            return false;
        }

        public bool TryResolveOwner(string? email, out RecordId owner)
        {
            var name = email ?? "";
            OwnerUse[(name, _pair)] = OwnerUse.GetValueOrDefault((name, _pair)) + 1;
            owner = new RecordId("systemuser", "systemusers", Guid.Empty);
            return true;
        }
    }
}

/// <summary>What the data-quality pass found.</summary>
internal sealed class DataQualityResult
{
    public Dictionary<string, QualityCounter> Pairs { get; } = [];

    public List<Finding> Findings { get; } = [];

    // Owner email ("" for records naming none) and pair → records.
    public Dictionary<(string Email, string Pair), long> OwnerUse { get; } = [];
}

internal sealed class QualityCounter(string pair)
{
    // Enough examples per pair and kind to act on; the counts stay exact.
    private const int ExamplesPerKind = 500;

    private readonly Dictionary<string, int> _examples = [];

    public string Pair { get; } = pair;
    public long Records { get; set; }
    public long WouldReject { get; set; }
    public long Duplicates { get; set; }
    public long Orphans { get; set; }

    public void Add(DataQualityResult result, string? key, string kind, string detail, Action<QualityCounter> count)
    {
        count(this);
        var shown = _examples.GetValueOrDefault(kind);
        if (shown >= ExamplesPerKind)
            return;
        _examples[kind] = shown + 1;
        result.Findings.Add(new Finding(Pair, key, kind, detail));
    }

    public QualityReport ToReport(long missingOwners) => new(Pair, Records, WouldReject, Duplicates, Orphans, missingOwners);
}
