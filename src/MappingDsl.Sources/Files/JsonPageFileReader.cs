using System.Runtime.CompilerServices;

namespace MappingDsl.Sources.Files;

/// <summary>Reads one saved API page (or a bare JSON array) and yields its rows.</summary>
internal static class JsonPageFileReader
{
    public static async IAsyncEnumerable<SourceRecord> ReadAsync(
        string path,
        string module,
        RecordFields fields,
        [EnumeratorCancellation] CancellationToken ct)
    {
        var bytes = await File.ReadAllBytesAsync(path, ct).ConfigureAwait(false);
        var page = JsonPageParser.Parse(bytes);
        if (page.IsFailure)
        {
            throw new InvalidDataException(
                $"'{path}' is a failure envelope ({page.ErrorName ?? "no name"}: {page.ErrorMessage ?? "no message"}), not a page of records");
        }

        if (page.Malformed is not null)
        {
            // The file as a whole becomes one quarantined record so its bytes are kept and the reason is visible.
            yield return new SourceRecord(module, null, null, bytes, $"'{Path.GetFileName(path)}': {page.Malformed}");
            yield break;
        }

        foreach (var row in page.Rows)
        {
            yield return SourceRecordFactory.Create(module, row, fields);
        }
    }
}
