using System.Text.Json;

namespace MappingDsl.Engine;

/// <summary>
/// Reads a target record's primary email (<c>emailaddress1</c>, the column accounts, contacts and leads share) from
/// its body, so activity parties can later be found by address.
/// </summary>
internal static class PrimaryEmail
{
    private static ReadOnlySpan<byte> Column => "emailaddress1"u8;

    public static string? Of(ReadOnlySpan<byte> body)
    {
        var reader = new Utf8JsonReader(body);
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            return null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var match = reader.ValueTextEquals(Column);
            if (!reader.Read())
                return null;
            if (match)
                return reader.TokenType == JsonTokenType.String && reader.GetString() is { Length: > 0 } email ? email : null;
            reader.Skip();
        }
        return null;
    }
}
