using System.Text.Json;

namespace MappingDsl.Transforms.Benchmarks;

/// <summary>
/// The physical floor: no parse into objects, no mapping. <see cref="Utf8JsonReader"/> walks the source record's tokens
/// and <see cref="Utf8JsonWriter"/> copies each property name and scalar value (string tokens with their quotes and escapes as they stand, numbers and
/// literals raw) into one flat object, until the output is as large as the body the generated transform writes for the
/// same record (starting over at the first token when the source is the smaller). Whatever any mapper does costs at
/// least this: every input byte is read once and every output byte written once.
/// </summary>
internal sealed class FloorCopy
{
    private readonly JsonOutput _out = new();

    public ReadOnlySpan<byte> Written => _out.Written;

    /// <summary>Copies tokens of <paramref name="json"/> until <paramref name="size"/> bytes are written.</summary>
    public int Copy(ReadOnlySpan<byte> json, int size)
    {
        var w = _out.Begin();
        w.WriteStartObject();
        var copied = false;
        do
        {
            var reader = new Utf8JsonReader(json);
            while (reader.Read() && w.BytesPending + w.BytesCommitted < size)
            {
                if (reader.TokenType != JsonTokenType.PropertyName)
                    continue;
                var name = reader.ValueSpan;
                if (!reader.Read() || reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
                    continue;
                w.WritePropertyName(name);
                if (reader.TokenType == JsonTokenType.String)
                    w.WriteRawValue(json.Slice((int)reader.TokenStartIndex, reader.ValueSpan.Length + 2), skipInputValidation: true);
                else
                    w.WriteRawValue(reader.ValueSpan, skipInputValidation: true);
                copied = true;
            }
        }
        while (copied && w.BytesPending + w.BytesCommitted < size);
        w.WriteEndObject();
        return _out.End();
    }
}
