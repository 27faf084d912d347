using System.Runtime.CompilerServices;

namespace MappingDsl.Sources.Files;

/// <summary>
/// Streams a JSON Lines file: one record per non-blank line. Lines are read as bytes, so invalid UTF-8 is found and
/// recorded (see <see cref="InvalidUtf8"/>) rather than replaced silently by a text decoder.
/// </summary>
internal static class JsonLinesRecordReader
{
    public static async IAsyncEnumerable<SourceRecord> ReadAsync(
        string path,
        string module,
        RecordFields fields,
        [EnumeratorCancellation] CancellationToken ct)
    {
        await using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, useAsync: true);
        await foreach (var line in JsonLines.ReadAsync(stream, ct).ConfigureAwait(false))
        {
            if (JsonLines.IsBlank(line.Span))
                continue;
            var (json, losses) = InvalidUtf8.Repair(line.Span);
            var record = SourceRecordFactory.Create(module, json, fields);
            yield return losses.Count == 0 ? record : record with { Losses = losses };
        }
    }
}
