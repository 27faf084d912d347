using System.Globalization;
using System.Text.Json;
using MappingDsl.Catalog;
using MappingDsl.Engine.Reports;

namespace MappingDsl.Engine;

/// <summary>
/// Field-level verification: a reproducible random sample of a pair's source records is transformed again and each
/// record is read back from the target by source id; every column the transform wrote must hold what it wrote.
/// Bindings and activity parties are not compared (the target returns them in another shape).
/// </summary>
internal sealed class FieldVerifier(MapCatalog catalog, IMigrationSource source, IMigrationTarget target, ILookupResolver resolver)
{
    // Parsed from the manifest once per run, not per pair.
    private readonly (string Column, IReadOnlySet<string> Tables)? _originalOwner = OriginalOwnerColumn.Of(catalog);

    public async Task<VerificationReport> VerifyAsync(PairInfo pair, int sampleSize, DateTimeOffset? since, ISet<string> quarantined, CancellationToken cancellationToken)
    {
        var sample = await SampleAsync(pair, sampleSize, since, quarantined, cancellationToken).ConfigureAwait(false);
        var transform = catalog.Transform(pair.Name);
        var expected = new List<(string Key, TableInfo Table, byte[] Body)>();
        using (var writer = new RecordWriter(new MapContext(resolver)) { OriginalOwner = _originalOwner })
        {
            foreach (var item in sample)
            {
                writer.Clear();
                var outcome = transform.Transform(item.Json.Span, writer);
                if (outcome.Status == TransformStatus.Rejected)
                    continue;
                foreach (var record in writer.Records.Where(r => r.Problems.Count == 0))
                    expected.Add((record.SourceKey, record.Table, record.Body.ToArray()));
            }
        }
        var differences = new List<FieldDifference>();
        var matched = 0;
        foreach (var group in expected.GroupBy(e => e.Table.LogicalName))
        {
            var table = group.First().Table;
            var columns = WrittenColumns.Of(group.Select(g => (ReadOnlyMemory<byte>)g.Body));
            var actual = await target.ReadBySourceIdsAsync(table, catalog.SourceIdColumn, [.. group.Select(g => g.Key).Distinct()], columns, cancellationToken).ConfigureAwait(false);
            foreach (var (key, _, body) in group)
            {
                if (!actual.TryGetValue(key, out var snapshot))
                {
                    differences.Add(new FieldDifference(key, "(record)", "present", "missing"));
                    continue;
                }
                var before = differences.Count;
                Compare(key, body, snapshot.Columns, differences);
                if (differences.Count == before)
                    matched++;
            }
        }
        return new VerificationReport(pair.Name, expected.Count, matched, differences);
    }

    // Reservoir sampling with a fixed seed: the same records are checked every time for the same source.
    private async Task<List<SourceItem>> SampleAsync(PairInfo pair, int size, DateTimeOffset? since, ISet<string> quarantined, CancellationToken cancellationToken)
    {
        var random = new Random(20_240_601);
        var reservoir = new List<SourceItem>(size);
        long seen = 0;
        await foreach (var item in source.ReadAsync(pair.Module, since, cancellationToken).ConfigureAwait(false))
        {
            if (item.Problem is not null || quarantined.Contains(item.Id))
                continue;
            seen++;
            var copy = item with { Json = item.Json.ToArray() };
            if (reservoir.Count < size)
                reservoir.Add(copy);
            else if (random.NextInt64(seen) is var slot && slot < size)
                reservoir[(int)slot] = copy;
        }
        return reservoir;
    }

    private static void Compare(string key, byte[] body, JsonElement actual, List<FieldDifference> differences)
    {
        using var document = JsonDocument.Parse(body);
        foreach (var property in document.RootElement.EnumerateObject())
        {
            if (property.Name.Contains('@', StringComparison.Ordinal) || property.Value.ValueKind is JsonValueKind.Array or JsonValueKind.Object)
                continue;
            var found = actual.ValueKind == JsonValueKind.Object && actual.TryGetProperty(property.Name, out var value) ? value : default;
            if (!Same(property.Value, found))
                differences.Add(new FieldDifference(key, property.Name, property.Value.GetRawText(), found.ValueKind == JsonValueKind.Undefined ? "(absent)" : found.GetRawText()));
        }
    }

    private static bool Same(JsonElement expected, JsonElement actual)
    {
        if (actual.ValueKind == JsonValueKind.Undefined)
            return expected.ValueKind == JsonValueKind.Null;
        return expected.ValueKind switch
        {
            JsonValueKind.Number => actual.ValueKind == JsonValueKind.Number && expected.GetDecimal() == actual.GetDecimal(),
            JsonValueKind.String when actual.ValueKind == JsonValueKind.String => SameText(expected.GetString()!, actual.GetString()!),
            _ => expected.ValueKind == actual.ValueKind && expected.GetRawText() == actual.GetRawText(),
        };
    }

    // Dataverse returns instants in its own format ("…Z" for "+00:00"); the same instant is the same value.
    private static bool SameText(string expected, string actual) =>
        expected == actual
        || (DateTimeOffset.TryParse(expected, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var a)
            && DateTimeOffset.TryParse(actual, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var b)
            && a == b);
}
