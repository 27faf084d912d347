using System.Runtime.CompilerServices;
using System.Text.Json.Nodes;
using MappingDsl.Engine;

namespace MappingDsl.EndToEnd.Tests;

// A live source seen between two runs: records deleted, inserted and edited on top of what the Salesmate emulator
// serves. Every engine reading it sees the same changes, so two orgs fed from one EditedSource get the same data.
internal sealed class EditedSource(IMigrationSource inner) : IMigrationSource
{
    // Records the source no longer serves as they were (deleted, or replaced by an edit), with their original times.
    private readonly Dictionary<(string Module, string Id), SourceItem> _hidden = [];
    private readonly Dictionary<string, List<SourceItem>> _added = new(StringComparer.Ordinal);

    public async IAsyncEnumerable<SourceItem> ReadAsync(string module, DateTimeOffset? modifiedSince, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var item in inner.ReadAsync(module, modifiedSince, cancellationToken).ConfigureAwait(false))
        {
            if (!_hidden.ContainsKey((module, item.Id)))
                yield return item;
        }
        foreach (var item in Added(module).Where(i => After(i, modifiedSince)))
            yield return item;
    }

    // The emulator's own count, less the hidden records it still counts, plus the added ones the read returns.
    public async Task<SourceCount?> CountAsync(string module, DateTimeOffset? modifiedSince, CancellationToken cancellationToken)
    {
        if (await inner.CountAsync(module, modifiedSince, cancellationToken).ConfigureAwait(false) is not { } count)
            return null;
        var hidden = _hidden.Where(h => h.Key.Module == module && After(h.Value, modifiedSince)).LongCount();
        return count with { Records = count.Records - hidden + Added(module).LongCount(i => After(i, modifiedSince)) };
    }

    // Deletes every nth record of a module (from the first), as the customer deleting them in the source would.
    public async Task<int> DeleteAsync(string module, int every, int count)
    {
        var items = await Every(module, every, count);
        foreach (var item in items)
            _hidden[(module, item.Id)] = item;
        return items.Count;
    }

    // New records: copies of every nth record under new ids, created at `at`.
    public async Task<int> InsertAsync(string module, int every, int count, long firstId, DateTimeOffset at)
    {
        var items = await Every(module, every, count, skip: 1);
        for (var i = 0; i < items.Count; i++)
        {
            var json = JsonNode.Parse(items[i].Json.Span)!.AsObject();
            var id = firstId + i;
            json["id"] = id;
            Add(items[i] with { Id = id.ToString(System.Globalization.CultureInfo.InvariantCulture), ModifiedAt = at, Json = FileExport.Line(json) }, json);
        }
        return items.Count;
    }

    // Edits a text field of every nth record (from the third), modified at `at`.
    public async Task<int> EditAsync(string module, string field, int every, int count, DateTimeOffset at)
    {
        var items = await Every(module, every, count, skip: 2);
        foreach (var item in items)
        {
            var json = JsonNode.Parse(item.Json.Span)!.AsObject();
            json[field] = $"{json[field]} (edited)";
            _hidden[(module, item.Id)] = item;
            Add(item with { ModifiedAt = at, Json = FileExport.Line(json) }, json);
        }
        return items.Count;
    }

    private void Add(SourceItem item, JsonObject json)
    {
        if (!_added.TryGetValue(item.Module, out var list))
            _added[item.Module] = list = [];
        list.Add(item with { Json = FileExport.Line(json) });
    }

    private List<SourceItem> Added(string module) => _added.TryGetValue(module, out var list) ? list : [];

    private static bool After(SourceItem item, DateTimeOffset? since) => since is null || item.ModifiedAt > since;

    private async Task<List<SourceItem>> Every(string module, int every, int count, int skip = 0)
    {
        var result = new List<SourceItem>();
        var position = 0;
        await foreach (var item in inner.ReadAsync(module, null, CancellationToken.None).ConfigureAwait(false))
        {
            if (item.Problem is not null || _hidden.ContainsKey((module, item.Id)))
                continue;
            var at = position++;
            if (at >= skip && (at - skip) % every == 0)
                result.Add(item);
            if (result.Count == count)
                break;
        }
        return result;
    }
}
