using System.Buffers;
using System.Text.Json;

namespace MappingDsl.Transforms.Benchmarks;

/// <summary>
/// One reused buffer and writer per baseline, as <see cref="RecordWriter"/> has for the generated transforms, so
/// every approach pays for its mapping and serialization, not for a fresh output array per record.
/// </summary>
internal sealed class JsonOutput : IDisposable
{
    private readonly ArrayBufferWriter<byte> _buffer = new(4096);

    public JsonOutput() => Json = new Utf8JsonWriter(_buffer, new JsonWriterOptions { SkipValidation = true });

    public Utf8JsonWriter Json { get; }

    public ReadOnlySpan<byte> Written => _buffer.WrittenSpan;

    /// <summary>Forgets the previous record.</summary>
    public Utf8JsonWriter Begin()
    {
        _buffer.ResetWrittenCount();
        Json.Reset(_buffer);
        return Json;
    }

    /// <summary>Flushes the record and returns its length in bytes.</summary>
    public int End()
    {
        Json.Flush();
        return _buffer.WrittenCount;
    }

    public void Dispose() => Json.Dispose();
}
