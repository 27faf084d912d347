using System.Runtime.CompilerServices;
using System.Text;
using MappingDsl.Engine;

namespace MappingDsl.Engine.Tests.Fakes;

// A source whose modules are lists; tests edit them between runs to simulate changes at cutover.
internal sealed class InMemorySource : IMigrationSource
{
    private readonly Dictionary<string, List<SourceItem>> _modules = [];

    public int Reads { get; private set; }

    public void Put(string module, string id, string json, DateTimeOffset modified, string? problem = null)
    {
        if (!_modules.TryGetValue(module, out var items))
            _modules[module] = items = [];
        var item = new SourceItem(module, id, modified, Encoding.UTF8.GetBytes(json), problem);
        var index = items.FindIndex(i => i.Id == id);
        if (index >= 0)
            items[index] = item;
        else
            items.Add(item);
    }

    // A record deleted in the source.
    public void Remove(string module, string id) => _modules[module].RemoveAll(i => i.Id == id);

    // A record created in the source, listed first (a source ordered newest first, or by a key that sorts lower).
    public void PutFirst(string module, string id, string json, DateTimeOffset modified) =>
        _modules[module].Insert(0, new SourceItem(module, id, modified, Encoding.UTF8.GetBytes(json), null));
    // A second record under a key already there, as a source that repeats a key serves it.
    public void Append(string module, string id, string json, DateTimeOffset modified) =>
        _modules[module].Add(new SourceItem(module, id, modified, Encoding.UTF8.GetBytes(json)));

    public async IAsyncEnumerable<SourceItem> ReadAsync(string module, DateTimeOffset? modifiedSince, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        Reads++;
        foreach (var item in _modules.GetValueOrDefault(module) ?? [])
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (modifiedSince is null || item.ModifiedAt > modifiedSince)
                yield return item;
        }
        await Task.CompletedTask;
    }
}
