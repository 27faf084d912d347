using System.Buffers;
using System.Text.Json;

namespace MappingDsl.Sources.Iterable;

/// <summary>Writes a small JSON object the extractor composes (a list member, a field definition).</summary>
internal static class JsonSerializerWriter
{
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
