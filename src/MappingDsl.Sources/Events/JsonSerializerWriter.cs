using System.Buffers;
using System.Text.Json;

namespace MappingDsl.Sources.Events;

/// <summary>Writes a small JSON object the extractor composes (a list member, a field definition, a hydrated person).</summary>
public static class JsonSerializerWriter
{
    /// <summary>The object <paramref name="write"/> fills, as UTF-8 JSON.</summary>
    /// <param name="write">Writes the properties.</param>
    public static byte[] Object(Action<Utf8JsonWriter> write)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            write(writer);
            writer.WriteEndObject();
        }

        return buffer.WrittenSpan.ToArray();
    }
}
