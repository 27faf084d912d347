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
        await foreach (var record in reader.ReadAsync(module, modifiedSince, cancellationToken).ConfigureAwait(false))
        {
            // A record without a readable id still reaches the quarantine, under an empty key, with its reason.
            var problem = record.Problem ?? (record.Id is null ? "the record has no readable id" : null);
            yield return new SourceItem(record.Module, record.Id ?? "", record.ModifiedAt, record.Json, problem);
        }
    }
}
