using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace MappingDsl.Sources.Files;

/// <summary>
/// Invalid UTF-8 in an export: the bytes are replaced with U+FFFD (so the rest of the record still moves) and every
/// replacement becomes a loss-ledger row naming the fields that hold a replacement character. Never silent.
/// </summary>
internal static class InvalidUtf8
{
    public const string Rule = "reader.invalid-utf8";

    /// <summary>The line as valid UTF-8 and, when bytes had to be replaced, the losses to record.</summary>
    public static (byte[] Json, IReadOnlyList<SourceLoss> Losses) Repair(ReadOnlySpan<byte> line)
    {
        if (System.Text.Unicode.Utf8.IsValid(line))
            return (line.ToArray(), []);
        var text = Encoding.UTF8.GetString(line);
        var repaired = Encoding.UTF8.GetBytes(text);
        var digest = "sha256:" + Convert.ToHexStringLower(SHA256.HashData(line))[..16];
        var fields = FieldsWithReplacement(repaired);
        var reason = "invalid UTF-8 bytes replaced with U+FFFD by the file reader";
        return (repaired, fields.Count == 0
            ? [new SourceLoss("(record)", Rule, reason, digest, repaired.Length)]
            : [.. fields.Select(f => new SourceLoss(f.Field, Rule, reason, digest, f.Length))]);
    }

    /// <summary>The top-level (dotted for nested) fields whose string value holds U+FFFD.</summary>
    public static List<(string Field, long Length)> FieldsWithReplacement(ReadOnlySpan<byte> json)
    {
        var found = new List<(string, long)>();
        try
        {
            var reader = new Utf8JsonReader(json);
            var path = new List<string>();
            string? property = null;
            while (reader.Read())
            {
                switch (reader.TokenType)
                {
                    case JsonTokenType.PropertyName:
                        property = reader.GetString();
                        break;
                    case JsonTokenType.StartObject:
                        if (property is not null)
                            path.Add(property);
                        property = null;
                        break;
                    case JsonTokenType.EndObject when path.Count > 0:
                        path.RemoveAt(path.Count - 1);
                        break;
                    case JsonTokenType.String when reader.GetString() is { } value && value.Contains('\uFFFD', StringComparison.Ordinal):
                        found.Add((string.Join('.', path.Append(property ?? "(value)")), value.Length));
                        break;
                }
            }
        }
        catch (JsonException)
        {
            // A broken record is quarantined by the factory; the ledger row then names the whole record.
        }
        return found;
    }
}
