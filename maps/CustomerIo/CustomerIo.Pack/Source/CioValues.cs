using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace MappingDsl.Maps.CustomerIo.Source;

/// <summary>
/// A Customer.io time: Unix seconds (a number or a numeric string: the App API returns attribute values as strings,
/// source-apis.md §3.4) or an ISO 8601 string. Anything else is a JSON error, so the record is quarantined with the
/// reason instead of loading without its date.
/// </summary>
public sealed class CioTime : JsonConverter<DateTimeOffset?>
{
    /// <inheritdoc />
    public override DateTimeOffset? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.Null)
            return null;
        if (reader.TokenType == JsonTokenType.Number)
            return DateTimeOffset.FromUnixTimeSeconds(reader.GetInt64());
        var text = reader.TokenType == JsonTokenType.String ? reader.GetString()! : throw new JsonException($"a time must be a number or a string, not {reader.TokenType}");
        if (text.Length == 0)
            return null;
        if (long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var seconds))
            return DateTimeOffset.FromUnixTimeSeconds(seconds);
        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var value))
            return value;
        throw new JsonException($"'{text}' is neither Unix seconds nor an ISO 8601 time");
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, DateTimeOffset? value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        if (value is { } v)
            writer.WriteNumberValue(v.ToUnixTimeSeconds());
        else
            writer.WriteNullValue();
    }
}

/// <summary>A Customer.io flag: <c>true</c>/<c>false</c> as JSON booleans or as the strings the App API may return.</summary>
public sealed class CioFlag : JsonConverter<bool?>
{
    /// <inheritdoc />
    public override bool? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => reader.TokenType switch
    {
        JsonTokenType.Null => null,
        JsonTokenType.True => true,
        JsonTokenType.False => false,
        JsonTokenType.String when bool.TryParse(reader.GetString(), out var b) => b,
        JsonTokenType.String when reader.GetString() is "" => null,
        _ => throw new JsonException("a flag must be true or false"),
    };

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, bool? value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        if (value is { } v)
            writer.WriteBooleanValue(v);
        else
            writer.WriteNullValue();
    }
}
