using System.Buffers;
using System.Text.Json;
using MappingDsl.Engine.Journal;

namespace MappingDsl.Engine;

/// <summary>
/// The second pass after a phase has loaded: writes the lookups maps asked for with <c>m.RefLater</c> (parent
/// accounts, cycles) as updates, reading the queue from the journal a page at a time. A lookup that still does not
/// resolve quarantines with its reason; the record itself stays loaded.
/// </summary>
internal sealed class DeferredLookupPass(MigrationJournal journal, IMigrationTarget target, ILookupResolver resolver)
{
    private const int Page = 500;

    public async Task<(long Written, long Failed)> RunAsync(string run, int phase, CancellationToken cancellationToken)
    {
        long written = 0, failed = 0, after = 0;
        while (journal.Deferred(run, phase, after, Page) is { Count: > 0 } page)
        {
            foreach (var entry in page)
            {
                after = entry.Seq;
                var failure = await WriteAsync(entry, cancellationToken).ConfigureAwait(false);
                journal.CompleteDeferred(run, phase, entry, failure);
                if (failure is null)
                    written++;
                else
                    failed++;
            }
        }
        return (written, failed);
    }

    private async Task<string?> WriteAsync(DeferredEntry entry, CancellationToken cancellationToken)
    {
        if (!resolver.TryResolve(entry.RefPair, entry.RefKey, out var referenced))
            return $"{entry.Column.LogicalName}: {entry.RefPair} '{entry.RefKey}' has no migrated record";
        if (entry.Column.NavigationFor(referenced.Table) is not { } navigation)
            return $"{entry.Column.LogicalName}: cannot point to a {referenced.Table}";
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteString(navigation + "@odata.bind", $"/{referenced.EntitySet}({referenced.Id:D})");
            writer.WriteEndObject();
        }
        try
        {
            await target.PatchAsync(entry.Record, buffer.WrittenMemory, cancellationToken).ConfigureAwait(false);
            return null;
        }
        catch (MigrationTargetException exception)
        {
            return $"{entry.Column.LogicalName}: {exception.Message}";
        }
    }
}
