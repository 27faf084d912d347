using System.Buffers;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using nietras.SeparatedValues;

namespace MappingDsl.Sources.Files;

/// <summary>
/// Streams a CSV file with a header row, one record per row, each row rewritten as the JSON object the header
/// describes (see <see cref="CsvHeader"/>). Empty cells become JSON null. A row with the wrong number of cells, bad
/// quoting or a cell that does not fit its column's type is yielded with a problem and its line number, never dropped.
/// Rows are split by Sep (SIMD, spans, no string per cell), measured faster than CsvHelper in docs/performance.md;
/// quoted cells are checked and unescaped here so bad quoting is reported, not guessed around.
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
        // Quotes are left in the cells (Unescape off) so a quote inside an unquoted cell is seen and reported.
        using var text = new StreamReader(path, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        using var reader = Sep.Reader(o => o with { HasHeader = false, DisableColCountCheck = true, Unescape = false }).From(text);
        var row = new RowCells();
        if (!reader.MoveNext())
        {
            yield break;
        }

        row.Load(reader.Current);
        var header = CsvHeader.Parse([.. Enumerable.Range(0, row.Count).Select(i => row.Cell(i).ToString())]);
        var buffer = new ArrayBufferWriter<byte>();
        while (reader.MoveNext())
        {
            ct.ThrowIfCancellationRequested();
            var line = row.Load(reader.Current);
            yield return Record(row, line, header, module, fields, buffer);
            await Task.CompletedTask.ConfigureAwait(false);
        }
    }

    private static SourceRecord Record(RowCells row, string line, CsvHeader header, string module, RecordFields fields, ArrayBufferWriter<byte> buffer)
    {
        buffer.Clear();
        string? problem = null;
        using (var writer = new Utf8JsonWriter(buffer))
        {
            WriteObject(writer, header.Root, row, ref problem);
        }

        problem ??= row.BadQuoting;
        if (row.Count != header.ColumnCount)
        {
            problem = $"row has {row.Count} cells, the header has {header.ColumnCount}";
        }

        var record = SourceRecordFactory.Create(module, buffer.WrittenSpan.ToArray(), fields);
        if (problem is not null)
        {
            record = record with { Problem = string.Create(CultureInfo.InvariantCulture, $"line {line}: {problem}") };
        }

        // The text decoder replaces invalid UTF-8 with U+FFFD; a cell holding one is recorded in the loss ledger.
        if (row.HasReplacement)
        {
            record = record with
            {
                Losses = [.. InvalidUtf8.FieldsWithReplacement(buffer.WrittenSpan).Select(f => new SourceLoss(
                    f.Field, InvalidUtf8.Rule, string.Create(CultureInfo.InvariantCulture, $"line {line}: invalid UTF-8 (or a literal U+FFFD) in the export; kept as U+FFFD"), "unknown", f.Length))],
            };
        }

        return record;
    }

    private static void WriteObject(Utf8JsonWriter writer, CsvNode node, RowCells row, ref string? problem)
    {
        writer.WriteStartObject();
        foreach (var child in node.Children)
        {
            writer.WritePropertyName(child.Name);
            if (child.Column is { } column)
            {
                WriteCell(writer, child, column < row.Count ? row.Cell(column) : default, ref problem);
            }
            else
            {
                WriteObject(writer, child, row, ref problem);
            }
        }

        writer.WriteEndObject();
    }

    private static void WriteCell(Utf8JsonWriter writer, CsvNode column, ReadOnlySpan<char> cell, ref string? problem)
    {
        if (cell.IsEmpty)
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

    private static bool IsJson(ReadOnlySpan<char> cell)
    {
        var bytes = ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetMaxByteCount(cell.Length));
        try
        {
            var reader = new Utf8JsonReader(bytes.AsSpan(0, Encoding.UTF8.GetBytes(cell, bytes)));
            while (reader.Read())
            {
            }

            return reader.BytesConsumed > 0;
        }
        catch (JsonException)
        {
            return false;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(bytes);
        }
    }

    /// <summary>One row's cells, unescaped into one reusable buffer (no string per cell).</summary>
    private sealed class RowCells
    {
        private char[] _text = new char[1024];
        private (int Start, int Length)[] _cells = new (int, int)[64];
        private int _used;

        public int Count { get; private set; }

        public string? BadQuoting { get; private set; }

        public bool HasReplacement => _text.AsSpan(0, _used).Contains('\uFFFD');

        public ReadOnlySpan<char> Cell(int index) => _text.AsSpan(_cells[index].Start, _cells[index].Length);

        /// <summary>
        /// Copies the row's cells, checking and unescaping quoted ones; returns where the row stands: its line, or its
        /// lines when a quoted cell spans several (or an unclosed quote ran on into the next rows).
        /// </summary>
        public string Load(SepReader.Row row)
        {
            Count = row.ColCount;
            BadQuoting = null;
            _used = 0;
            if (_cells.Length < Count)
            {
                Array.Resize(ref _cells, Count * 2);
            }

            for (var i = 0; i < Count; i++)
            {
                var raw = row[i].Span;
                if (_text.Length - _used < raw.Length)
                {
                    Array.Resize(ref _text, Math.Max(_text.Length * 2, _used + raw.Length));
                }

                var start = _used;
                if (raw.Length > 0 && raw[0] == '"')
                {
                    Unquote(raw);
                }
                else
                {
                    if (raw.Contains('"'))
                    {
                        BadQuoting ??= $"bad CSV quoting near '{raw}'";
                    }

                    raw.CopyTo(_text.AsSpan(_used));
                    _used += raw.Length;
                }

                _cells[i] = (start, _used - start);
            }

            var last = row.LineNumberToExcl - 1;
            return last > row.LineNumberFrom
                ? string.Create(CultureInfo.InvariantCulture, $"{row.LineNumberFrom}-{last}")
                : row.LineNumberFrom.ToString(CultureInfo.InvariantCulture);
        }

        // "a ""b"" c" → a "b" c; a quote that is neither doubled nor closing, or text after the closing quote, is bad quoting.
        private void Unquote(ReadOnlySpan<char> raw)
        {
            var closed = false;
            for (var i = 1; i < raw.Length; i++)
            {
                if (raw[i] != '"')
                {
                    if (closed)
                    {
                        BadQuoting ??= $"bad CSV quoting near '{raw}'";
                    }

                    _text[_used++] = raw[i];
                }
                else if (i + 1 < raw.Length && raw[i + 1] == '"' && !closed)
                {
                    _text[_used++] = '"';
                    i++;
                }
                else if (!closed)
                {
                    closed = true;
                }
                else
                {
                    BadQuoting ??= $"bad CSV quoting near '{raw}'";
                    _text[_used++] = '"';
                }
            }

            if (!closed)
            {
                BadQuoting ??= $"bad CSV quoting near '{raw}'";
            }
        }
    }
}
