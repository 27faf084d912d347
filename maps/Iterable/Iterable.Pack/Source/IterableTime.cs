using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace MappingDsl.Maps.Iterable.Source;

/// <summary>
/// Reads Iterable's mixed timestamps into one type: <c>yyyy-MM-dd HH:mm:ss +00:00</c>, ISO 8601, a bare date, or
/// epoch milliseconds as a number (source-apis.md §2.5). A value in none of these is a JSON error: the record is
/// quarantined with the reason rather than loaded without its date.
/// </summary>
public sealed class IterableTime : JsonConverter<DateTimeOffset?>
{
    private static readonly string[] Formats =
    [
        "yyyy-MM-dd HH:mm:ss zzz", "yyyy-MM-dd HH:mm:ss.FFFFFFF zzz", "yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd'T'HH:mm:ssK",
        "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK", "yyyy-MM-dd",
    ];

    /// <inheritdoc />
    public override DateTimeOffset? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.Null:
                return null;
            case JsonTokenType.Number:
                return DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64());
            case JsonTokenType.String:
                var text = reader.GetString();
                if (string.IsNullOrWhiteSpace(text))
                    return null;
                if (DateTimeOffset.TryParseExact(text, Formats, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var value))
                    return value;
                throw new JsonException($"'{text}' is not an Iterable timestamp");
            default:
                throw new JsonException($"a timestamp cannot be a JSON {reader.TokenType}");
        }
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, DateTimeOffset? value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        if (value is { } v)
            writer.WriteStringValue(v);
        else
            writer.WriteNullValue();
    }
}
