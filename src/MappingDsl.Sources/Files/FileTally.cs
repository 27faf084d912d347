using System.Globalization;
using System.Text.Json;

namespace MappingDsl.Sources.Files;

/// <summary>
/// Counts an export's records without the record readers: every non-blank JSON line, every CSV row after the
/// header, every row of a saved page (or the <c>totalRows</c> the captured API pages report, which also shows a
/// page missing from the folder). A file that ends in the middle of a record is a problem: whatever followed the cut
/// cannot be counted.
/// </summary>
internal static class FileTally
{
    public static async Task<SourceTally> CountAsync(IReadOnlyList<string> files, CancellationToken ct)
    {
        long records = 0;
        long? reportedTotal = null;
        var problems = new List<string>();
        foreach (var file in files)
        {
            var name = Path.GetFileName(file);
            switch (Path.GetExtension(file).ToLowerInvariant())
            {
                case ".jsonl":
                    records += await JsonLinesAsync(file, name, problems, ct).ConfigureAwait(false);
                    break;
                case ".csv":
                    records += await CsvAsync(file, name, problems, ct).ConfigureAwait(false);
                    break;
                default:
                    var (rows, total) = await PageAsync(file, name, problems, ct).ConfigureAwait(false);
                    records += rows;
                    if (total is { } reported)
                        reportedTotal = Math.Max(reportedTotal ?? 0, reported);
                    break;
            }
        }
        var problem = problems.Count == 0 ? null : string.Join("; ", problems);
        return reportedTotal is { } api && api > records
            ? new SourceTally(api, "totalRows of the saved pages", problem)
            : new SourceTally(records, "lines and rows of the files", problem);
    }

    // Streamed like the reader; a file with broken JSON is counted whole by the page parser's bracket-depth split.
    private static async Task<(long Rows, long? Total)> PageAsync(string file, string name, List<string> problems, CancellationToken ct)
    {
        var facts = new JsonPageStream.PageFacts();
        long rows = 0;
        try
        {
            await using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.Read, 1, useAsync: true);
            await foreach (var _ in JsonPageStream.RowsAsync(new JsonChunkReader(stream), facts, ct).ConfigureAwait(false))
                rows++;
            if (facts.Malformed is null)
                return (rows, facts.TotalRows);
        }
        catch (JsonException)
        {
        }
        var page = JsonPageParser.Parse(await File.ReadAllBytesAsync(file, ct).ConfigureAwait(false));
        if (page.Malformed is not null)
            problems.Add($"{name} cannot be counted: {page.Malformed}");
        return (page.Rows.Count, page.TotalRows);
    }

    private static async Task<long> JsonLinesAsync(string file, string name, List<string> problems, CancellationToken ct)
    {
        long count = 0;
        ReadOnlyMemory<byte> last = default;
        await using var stream = File.OpenRead(file);
        await foreach (var line in JsonLines.ReadAsync(stream, ct).ConfigureAwait(false))
        {
            if (JsonLines.IsBlank(line.Span))
                continue;
            count++;
            last = line;
        }
        if (count > 0 && !EndsWithNewline(file) && !IsJson(last.Span))
            problems.Add(string.Create(CultureInfo.InvariantCulture, $"{name} ends in the middle of line {count} (no line end, not a whole record{KeyOf(last.Span)}): the export looks cut off"));
        return count;
    }

    private static async Task<long> CsvAsync(string file, string name, List<string> problems, CancellationToken ct)
    {
        long count = 0;
        SourceRecord? last = null;
        await foreach (var record in CsvRecordReader.ReadAsync(file, "(count)", RecordFields.Default, ct).ConfigureAwait(false))
        {
            count++;
            last = record;
        }
        if (last?.Problem is { } problem && !EndsWithNewline(file))
            problems.Add(string.Create(CultureInfo.InvariantCulture, $"{name} ends in the middle of row {count} ({problem}): the export looks cut off"));
        return count;
    }

    // The cut record's id, when the cut left it readable.
    private static string KeyOf(ReadOnlySpan<byte> line)
    {
        var match = System.Text.RegularExpressions.Regex.Match(System.Text.Encoding.UTF8.GetString(line), "\"id\"\\s*:\\s*\"?([^\",}]+)");
        return match.Success ? $"; its id reads '{match.Groups[1].Value}'" : "";
    }

    private static bool EndsWithNewline(string file)
    {
        using var stream = File.OpenRead(file);
        if (stream.Length == 0)
            return true;
        stream.Seek(-1, SeekOrigin.End);
        return stream.ReadByte() == '\n';
    }

    private static bool IsJson(ReadOnlySpan<byte> line)
    {
        try
        {
            var reader = new Utf8JsonReader(line);
            while (reader.Read())
            {
            }
            return true;
        }
        catch (JsonException)
        {
            return false;
        }
    }
}
