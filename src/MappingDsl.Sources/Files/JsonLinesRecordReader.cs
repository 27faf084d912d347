using System.Runtime.CompilerServices;
using System.Text;

namespace MappingDsl.Sources.Files;

/// <summary>Streams a JSON Lines file: one record per non-blank line.</summary>
internal static class JsonLinesRecordReader
{
    public static async IAsyncEnumerable<SourceRecord> ReadAsync(
        string path,
        string module,
        RecordFields fields,
        [EnumeratorCancellation] CancellationToken ct)
    {
        using var reader = new StreamReader(path, Encoding.UTF8);
        while (await reader.ReadLineAsync(ct).ConfigureAwait(false) is { } line)
        {
            if (!string.IsNullOrWhiteSpace(line))
            {
                yield return SourceRecordFactory.Create(module, Encoding.UTF8.GetBytes(line), fields);
            }
        }
    }
}
