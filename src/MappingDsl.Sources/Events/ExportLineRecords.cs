namespace MappingDsl.Sources.Events;

/// <summary>
/// Turns export lines into <see cref="SourceRecord"/>s: a malformed line is quarantined with the parser's reason,
/// and a last line cut off mid-record (no line break and not a whole JSON object, or a broken connection) is
/// quarantined as a truncated stream, naming where it came from.
/// </summary>
public static class ExportLineRecords
{
    /// <summary>The record for <paramref name="line"/>.</summary>
    /// <param name="line">The line.</param>
    /// <param name="module">The module the record belongs to.</param>
    /// <param name="fields">Where its id and timestamp are.</param>
    /// <param name="origin">Where the line came from (an endpoint and window, a file), for the reason.</param>
    public static SourceRecord Create(JsonLine line, string module, RecordFields fields, string origin)
    {
        ArgumentNullException.ThrowIfNull(fields);
        if (line.Bytes.IsEmpty)
        {
            return new SourceRecord(module, null, null, line.Bytes, $"truncated export stream ({origin}): {line.Failure ?? "empty last line"}");
        }

        var record = SourceRecordFactory.Create(module, line.Bytes, fields);
        if (!line.Terminated && record.Problem is not null && record.Problem.StartsWith("malformed JSON", StringComparison.Ordinal))
        {
            return record with { Problem = $"truncated export stream ({origin}): the last line ends mid-record{(line.Failure is null ? "" : "; " + line.Failure)}" };
        }

        if (line.Failure is not null && record.Problem is null)
        {
            // The line itself is whole; the break came after it. The caller decides whether to re-request the rest.
            return record;
        }

        return record.Problem is null ? record : record with { Problem = $"{record.Problem} ({origin})" };
    }
}
