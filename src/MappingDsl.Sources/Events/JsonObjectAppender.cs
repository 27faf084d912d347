using System.Buffers;
using System.Text.Json;

namespace MappingDsl.Sources.Events;

/// <summary>
/// Adds properties to the end of a record's JSON object without re-serializing what the source sent: the reader's
/// annotations (a profile's dedupe key, the duplicates merged into it) travel in the record itself, so the transform
/// and the journal see what was changed on the way.
/// </summary>
public static class JsonObjectAppender
{
    /// <summary>Returns <paramref name="json"/> with the properties <paramref name="write"/> writes appended.</summary>
    /// <param name="json">A JSON object.</param>
    /// <param name="write">Writes properties (names and values) into an open object.</param>
    /// <exception cref="ArgumentException"><paramref name="json"/> does not end with <c>}</c>.</exception>
    public static byte[] Append(ReadOnlySpan<byte> json, Action<Utf8JsonWriter> write)
    {
        ArgumentNullException.ThrowIfNull(write);
        var trimmed = json.TrimEnd(" \t\r\n"u8);
        if (trimmed.IsEmpty || trimmed[^1] != (byte)'}')
        {
            throw new ArgumentException("not a JSON object", nameof(json));
        }

        var extra = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(extra))
        {
            writer.WriteStartObject();
            write(writer);
            writer.WriteEndObject();
        }

        var added = extra.WrittenSpan[1..^1];
        if (added.IsEmpty)
        {
            return trimmed.ToArray();
        }

        var body = trimmed[..^1].TrimEnd(" \t\r\n"u8);
        var empty = body.Length > 0 && body[^1] == (byte)'{';
        var result = new byte[body.Length + (empty ? 0 : 1) + added.Length + 1];
        body.CopyTo(result);
        var at = body.Length;
        if (!empty)
        {
            result[at++] = (byte)',';
        }

        added.CopyTo(result.AsSpan(at));
        result[^1] = (byte)'}';
        return result;
    }
}
