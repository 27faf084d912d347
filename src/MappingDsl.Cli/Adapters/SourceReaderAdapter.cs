using System.Runtime.CompilerServices;
using MappingDsl.Engine;
using MappingDsl.Sources;

namespace MappingDsl.Cli.Adapters;

/// <summary>Presents a <see cref="ISourceReader"/> (file export, live API) as the engine's source port.</summary>
/// <param name="reader">The reader.</param>
internal sealed class SourceReaderAdapter(ISourceReader reader) : IMigrationSource
{
    public async IAsyncEnumerable<SourceItem> ReadAsync(string module, DateTimeOffset? modifiedSince, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        IAsyncEnumerator<SourceRecord> records;
        try
        {
            records = reader.ReadAsync(module, modifiedSince, cancellationToken).GetAsyncEnumerator(cancellationToken);
        }
        catch (ArgumentException exception)
        {
            records = Unreadable(module, exception).GetAsyncEnumerator(cancellationToken);
        }
        await using (records.ConfigureAwait(false))
        {
            while (true)
            {
                SourceRecord record;
                string? unreadable = null;
                try
                {
                    if (!await records.MoveNextAsync().ConfigureAwait(false))
                        yield break;
                    record = records.Current;
                }
                catch (ArgumentException exception)
                {
                    unreadable = Reason(module, exception);
                    record = null!;
                }
                if (unreadable is not null)
                {
                    yield return new SourceItem(module, $"({module})", null, ReadOnlyMemory<byte>.Empty, unreadable);
                    yield break;
                }
                // A record without a readable id still reaches the quarantine, under an empty key, with its reason.
                var problem = record.Problem ?? (record.Id is null ? "the record has no readable id" : null);
                yield return new SourceItem(record.Module, record.Id ?? "", record.ModifiedAt, record.Json, problem)
                {
                    Losses = record.Losses.Count == 0 ? [] : [.. record.Losses.Select(l => new RecordLoss(l.Field, l.Rule, l.Reason, l.Original, l.Stored))],
                };
            }
        }
    }

    public async Task<SourceCount?> CountAsync(string module, DateTimeOffset? modifiedSince, CancellationToken cancellationToken)
    {
        if (reader is not ISourceCounter counter)
            return null;
        try
        {
            return await counter.CountAsync(module, modifiedSince, cancellationToken).ConfigureAwait(false) is { } tally
                ? new SourceCount(tally.Records, tally.Origin, tally.Problem)
                : null;
        }
        catch (ArgumentException)
        {
            // A module the reader does not know has no count; the read reports it.
            return null;
        }
    }

    // A module the reader does not know (a pack ahead of its reader) must not sink the other pairs: it reaches the
    // quarantine and the report as one record saying why.
    private static async IAsyncEnumerable<SourceRecord> Unreadable(string module, ArgumentException exception)
    {
        await Task.CompletedTask.ConfigureAwait(false);
        yield return new SourceRecord(module, $"({module})", null, ReadOnlyMemory<byte>.Empty, Reason(module, exception));
    }

    private static string Reason(string module, ArgumentException exception) => $"module '{module}' cannot be read: {exception.Message}";
}
