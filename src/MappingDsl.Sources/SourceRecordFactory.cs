using System.Globalization;
using System.Text;
using System.Text.Json;

namespace MappingDsl.Sources;

/// <summary>
/// Turns one record's raw UTF-8 JSON into a <see cref="SourceRecord"/>: checks that it is a well-formed JSON object
/// and reads its id and last-modified timestamp. Anything wrong becomes the record's <see cref="SourceRecord.Problem"/>
/// so a bad record is quarantined, never fatal.
/// </summary>
public static class SourceRecordFactory
{
    /// <summary>Inspects <paramref name="json"/> and wraps it as a record of <paramref name="module"/>.</summary>
    /// <param name="module">The module the record belongs to.</param>
    /// <param name="json">The record's UTF-8 JSON (kept as given, never copied).</param>
    /// <param name="fields">Where the id and the timestamp are.</param>
    public static SourceRecord Create(string module, ReadOnlyMemory<byte> json, RecordFields fields)
    {
        ArgumentNullException.ThrowIfNull(module);
        ArgumentNullException.ThrowIfNull(fields);
        string? id = null;
        DateTimeOffset? modifiedAt = null;
        string? problem = null;
        var sawId = false;
        try
        {
            var reader = new Utf8JsonReader(json.Span, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Disallow });
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                return new SourceRecord(module, null, null, json, "record is not a JSON object");
            }

            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                if (reader.ValueTextEquals(fields.IdField))
                {
                    reader.Read();
                    sawId = true;
                    (id, var idProblem) = ReadId(ref reader, fields);
                    problem ??= idProblem;
                }
                else if (fields.ModifiedField is not null && reader.ValueTextEquals(fields.ModifiedField))
                {
                    reader.Read();
                    (modifiedAt, var modifiedProblem) = ReadTimestamp(ref reader, fields.ModifiedField);
                    problem ??= modifiedProblem;
                }
                else
                {
                    reader.Read();
                }

                // Skip also validates nested values, so a broken value deep inside still marks the record.
                reader.Skip();
            }

            if (reader.TokenType != JsonTokenType.EndObject || reader.Read())
            {
                problem = "malformed JSON: trailing content after the record";
            }
        }
        catch (JsonException ex)
        {
            problem = $"malformed JSON: {ex.Message}";
        }

        if (problem is null && !sawId)
        {
            problem = $"record has no '{fields.IdField}'";
        }

        return new SourceRecord(module, id, modifiedAt, json, problem);
    }

    private static (string? Id, string? Problem) ReadId(ref Utf8JsonReader reader, RecordFields fields)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.Number when fields.IdKind != IdKind.String:
                if (reader.TryGetInt64(out var number))
                {
                    return (number.ToString(CultureInfo.InvariantCulture), null);
                }

                return fields.IdKind == IdKind.Integer
                    ? (null, $"'{fields.IdField}' is not an integer")
                    : (Encoding.UTF8.GetString(reader.ValueSpan), null);
            case JsonTokenType.String when fields.IdKind != IdKind.Integer:
                var text = reader.GetString();
                return string.IsNullOrWhiteSpace(text) ? (null, $"'{fields.IdField}' is empty") : (text, null);
            case JsonTokenType.Null:
                return (null, $"'{fields.IdField}' is null");
            default:
                return (null, $"'{fields.IdField}' has the wrong JSON type ({reader.TokenType}; expected {Describe(fields.IdKind)})");
        }
    }

    private static string Describe(IdKind kind) => kind switch
    {
        IdKind.Integer => "an integer",
        IdKind.String => "a string",
        _ => "a number or a string",
    };

    private static (DateTimeOffset? Value, string? Problem) ReadTimestamp(ref Utf8JsonReader reader, string field)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.Null:
                return (null, null);
            case JsonTokenType.String:
                var text = reader.GetString();
                if (string.IsNullOrEmpty(text))
                {
                    return (null, null);
                }

                return TimestampParser.TryParse(text, out var parsed)
                    ? (parsed, null)
                    : (null, $"'{field}' is not a timestamp: '{text}'");
            case JsonTokenType.Number when reader.TryGetInt64(out var epochMs):
                return (DateTimeOffset.FromUnixTimeMilliseconds(epochMs), null);
            default:
                return (null, $"'{field}' has the wrong JSON type ({reader.TokenType})");
        }
    }
}
