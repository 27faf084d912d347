using System.Buffers;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using CsvHelper;
using CsvHelper.Configuration;

namespace MappingDsl.Sources.Files;

/// <summary>
/// Streams a CSV file with a header row, one record per row, each row rewritten as the JSON object the header
/// describes (see <see cref="CsvHeader"/>). Empty cells become JSON null. A row with the wrong number of cells or a
/// cell that does not fit its column's type is yielded with a problem, never dropped.
/// </summary>
public static class CsvRecordReader
{
    /// <summary>Reads <paramref name="path"/> as records of <paramref name="module"/>.</summary>
    /// <param name="path">The CSV file.</param>
    /// <param name="module">The module its rows belong to.</param>
    /// <param name="fields">Where the id and timestamp are.</param>
    /// <param name="ct">Stops the read.</param>
    public static async IAsyncEnumerable<SourceRecord> ReadAsync(
        string path,
        string module,
        RecordFields fields,
        [EnumeratorCancellation] CancellationToken ct)
    {
        string? badData = null;
        var configuration = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            BadDataFound = args => badData = $"bad CSV quoting near '{args.Field}'",
            DetectColumnCountChanges = false,
        };
        using var text = new StreamReader(path, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        using var parser = new CsvParser(text, configuration);
        if (!await parser.ReadAsync().ConfigureAwait(false))
        {
            yield break;
        }

        var header = CsvHeader.Parse(parser.Record ?? []);
        var buffer = new ArrayBufferWriter<byte>();
        while (await parser.ReadAsync().ConfigureAwait(false))
        {
            ct.ThrowIfCancellationRequested();
            var cells = parser.Record ?? [];
            var line = parser.RawRow;
            buffer.Clear();
            string? problem;
            using (var writer = new Utf8JsonWriter(buffer))
            {
                problem = WriteRow(writer, header, cells);
            }

            problem ??= badData;
            badData = null;
            if (cells.Length != header.ColumnCount)
            {
                problem = $"row has {cells.Length} cells, the header has {header.ColumnCount}";
            }

            var record = SourceRecordFactory.Create(module, buffer.WrittenSpan.ToArray(), fields);
            if (problem is not null)
            {
                record = record with { Problem = $"line {line}: {problem}" };
            }

            // The text decoder replaces invalid UTF-8 with U+FFFD; a cell holding one is recorded in the loss ledger.
            if (Array.Exists(cells, c => c.Contains('\uFFFD', StringComparison.Ordinal)))
            {
                record = record with
                {
                    Losses = [.. InvalidUtf8.FieldsWithReplacement(buffer.WrittenSpan).Select(f => new SourceLoss(
                        f.Field, InvalidUtf8.Rule, $"line {line}: invalid UTF-8 (or a literal U+FFFD) in the export; kept as U+FFFD", "unknown", f.Length))],
                };
            }

            yield return record;
        }
    }

    private static string? WriteRow(Utf8JsonWriter writer, CsvHeader header, string[] cells)
    {
        string? problem = null;
        WriteObject(writer, header.Root, cells, ref problem);
        return problem;
    }

    private static void WriteObject(Utf8JsonWriter writer, CsvNode node, string[] cells, ref string? problem)
    {
        writer.WriteStartObject();
        foreach (var child in node.Children)
        {
            writer.WritePropertyName(child.Name);
            if (child.Column is { } column)
            {
                WriteCell(writer, child, column < cells.Length ? cells[column] : string.Empty, ref problem);
            }
            else
            {
                WriteObject(writer, child, cells, ref problem);
            }
        }

        writer.WriteEndObject();
    }

    private static void WriteCell(Utf8JsonWriter writer, CsvNode column, string cell, ref string? problem)
    {
        if (cell.Length == 0)
        {
            writer.WriteNullValue();
            return;
        }

        switch (column.Type)
        {
            case CsvValueType.Number when decimal.TryParse(cell, NumberStyles.Float, CultureInfo.InvariantCulture, out var number):
                writer.WriteNumberValue(number);
                return;
            case CsvValueType.Boolean when bool.TryParse(cell, out var flag):
                writer.WriteBooleanValue(flag);
                return;
            case CsvValueType.Json when IsJson(cell):
                writer.WriteRawValue(cell, skipInputValidation: true);
                return;
            case CsvValueType.String:
                writer.WriteStringValue(cell);
                return;
            default:
                // Keep the cell as text so nothing is lost, and say why the record is held back.
                problem ??= $"'{column.Name}' is not {column.Type.ToString().ToLowerInvariant()}: '{cell}'";
                writer.WriteStringValue(cell);
                return;
        }
    }

    private static bool IsJson(string cell)
    {
        try
        {
            using var _ = JsonDocument.Parse(cell);
            return true;
        }
        catch (JsonException)
        {
            return false;
        }
    }
}
