using System.Text.Json;

namespace MappingDsl.Sources;

/// <summary>
/// Splits a page of records into row slices. Understands the envelopes CRM APIs use —
/// <c>{"Status","Data":{"data":[…],"totalRows"}}</c>, <c>{"Status","Data":[…]}</c>, <c>{"records":[…],"total"}</c>,
/// <c>{"Status":"failure","Error":{…}}</c> (any key casing) — and a bare array. A page whose JSON is broken inside
/// one row is still split by bracket depth, so the other rows survive and the broken one is quarantined.
/// </summary>
public static class JsonPageParser
{
    private static readonly string[] RowArrayKeys = ["data", "records"];

    /// <summary>Parses <paramref name="page"/>.</summary>
    /// <param name="page">The page's UTF-8 bytes.</param>
    public static JsonPage Parse(ReadOnlyMemory<byte> page)
    {
        try
        {
            return ParseStrict(page);
        }
        catch (JsonException ex)
        {
            return TolerantRowSplitter.TrySplit(page.Span, out var ranges)
                ? new JsonPage([.. ranges.Select(r => page[r])], null, null, null, null, null)
                : new JsonPage([], null, null, null, null, $"page is not JSON and holds no row array: {ex.Message}");
        }
    }

    private static JsonPage ParseStrict(ReadOnlyMemory<byte> page)
    {
        var rows = new List<ReadOnlyMemory<byte>>();
        string? status = null, errorName = null, errorMessage = null;
        long? total = null;
        var foundRows = false;
        var reader = new Utf8JsonReader(page.Span);
        if (!reader.Read())
        {
            return new JsonPage([], null, null, null, null, "page is empty");
        }

        if (reader.TokenType == JsonTokenType.StartArray)
        {
            ReadRows(ref reader, page, rows);
            return new JsonPage(rows, null, null, null, null, null);
        }

        if (reader.TokenType != JsonTokenType.StartObject)
        {
            return new JsonPage([], null, null, null, null, "page is neither a JSON object nor an array");
        }

        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var key = reader.GetString()!;
            reader.Read();
            if (Is(key, "Status") && reader.TokenType == JsonTokenType.String)
            {
                status = reader.GetString();
            }
            else if (Is(key, "Error") && reader.TokenType == JsonTokenType.StartObject)
            {
                (errorName, errorMessage) = ReadError(ref reader);
            }
            else if (Is(key, "Error") && reader.TokenType == JsonTokenType.String)
            {
                errorMessage = reader.GetString();
            }
            else if (Is(key, "Data") && reader.TokenType == JsonTokenType.StartArray)
            {
                ReadRows(ref reader, page, rows);
                foundRows = true;
            }
            else if (Is(key, "Data") && reader.TokenType == JsonTokenType.StartObject)
            {
                foundRows |= ReadDataObject(ref reader, page, rows, ref total);
            }
            else if (IsRowArrayKey(key) && reader.TokenType == JsonTokenType.StartArray)
            {
                ReadRows(ref reader, page, rows);
                foundRows = true;
            }
            else if (IsTotalKey(key) && reader.TokenType == JsonTokenType.Number)
            {
                total = reader.GetInt64();
            }
            else
            {
                reader.Skip();
            }
        }

        var failure = string.Equals(status, "failure", StringComparison.OrdinalIgnoreCase);
        var malformed = foundRows || failure || status is not null ? null : "page holds no row array";
        return new JsonPage(rows, status, errorName, errorMessage, total, malformed);
    }

    private static bool ReadDataObject(ref Utf8JsonReader reader, ReadOnlyMemory<byte> page, List<ReadOnlyMemory<byte>> rows, ref long? total)
    {
        var found = false;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var key = reader.GetString()!;
            reader.Read();
            if (IsRowArrayKey(key) && reader.TokenType == JsonTokenType.StartArray)
            {
                ReadRows(ref reader, page, rows);
                found = true;
            }
            else if (IsTotalKey(key) && reader.TokenType == JsonTokenType.Number)
            {
                total = reader.GetInt64();
            }
            else
            {
                reader.Skip();
            }
        }

        return found;
    }

    private static (string? Name, string? Message) ReadError(ref Utf8JsonReader reader)
    {
        string? name = null, message = null, code = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var key = reader.GetString()!;
            reader.Read();
            var text = reader.TokenType switch
            {
                JsonTokenType.String => reader.GetString(),
                JsonTokenType.Number => reader.GetInt64().ToString(System.Globalization.CultureInfo.InvariantCulture),
                _ => null,
            };
            reader.Skip();
            if (Is(key, "name"))
            {
                name = text;
            }
            else if (Is(key, "message"))
            {
                message = text;
            }
            else if (Is(key, "code"))
            {
                code = text;
            }
        }

        return (name ?? code, message);
    }

    private static void ReadRows(ref Utf8JsonReader reader, ReadOnlyMemory<byte> page, List<ReadOnlyMemory<byte>> rows)
    {
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            var start = (int)reader.TokenStartIndex;
            reader.Skip();
            rows.Add(page[start..(int)reader.BytesConsumed]);
        }
    }

    private static bool Is(string key, string expected) => string.Equals(key, expected, StringComparison.OrdinalIgnoreCase);

    private static bool IsRowArrayKey(string key) => RowArrayKeys.Contains(key, StringComparer.OrdinalIgnoreCase);

    private static bool IsTotalKey(string key) => Is(key, "totalRows") || Is(key, "total");
}
