using System.Runtime.CompilerServices;
using System.Text.Json;

namespace MappingDsl.Sources.Files;

/// <summary>
/// Reads one saved API page (or a bare JSON array) and yields its rows as they are read (<see cref="JsonPageStream"/>):
/// a file of any size costs memory for one row, not the file. Only a file whose JSON is broken is read whole, so the
/// bracket-depth splitter of <see cref="JsonPageParser"/> can save the rows after the break.
/// </summary>
internal static class JsonPageFileReader
{
    public static async IAsyncEnumerable<SourceRecord> ReadAsync(
        string path,
        string module,
        RecordFields fields,
        [EnumeratorCancellation] CancellationToken ct)
    {
        var facts = new JsonPageStream.PageFacts();
        var streamed = 0;
        JsonException? broken = null;
        await using (var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, useAsync: true))
        {
            var rows = JsonPageStream.RowsAsync(new JsonChunkReader(stream), facts, ct).GetAsyncEnumerator(ct);
            await using (rows.ConfigureAwait(false))
            {
                while (true)
                {
                    // A yield cannot sit in a try with a catch: the step is tried, the row yielded outside.
                    try
                    {
                        if (!await rows.MoveNextAsync().ConfigureAwait(false))
                        {
                            break;
                        }
                    }
                    catch (JsonException ex)
                    {
                        broken = ex;
                        break;
                    }

                    streamed++;
                    yield return SourceRecordFactory.Create(module, rows.Current, fields);
                }
            }
        }

        if (broken is null && facts.IsFailure)
        {
            throw new InvalidDataException(
                $"'{path}' is a failure envelope ({facts.ErrorName ?? "no name"}: {facts.ErrorMessage ?? "no message"}), not a page of records");
        }

        if (broken is null && facts.Malformed is null)
        {
            yield break;
        }

        // Broken JSON (or no rows at all): the whole file, as the page parser sees it, minus the rows already yielded.
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

        foreach (var row in page.Rows.Skip(streamed))
        {
            yield return SourceRecordFactory.Create(module, row, fields);
        }
    }
}
