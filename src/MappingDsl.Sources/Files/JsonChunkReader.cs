using System.Text.Json;

namespace MappingDsl.Sources.Files;

/// <summary>
/// Reads JSON tokens and whole values from a stream through a buffer that holds the current value only: a
/// <see cref="Utf8JsonReader"/> resumed from its saved state over each refill. The buffer grows only when one value is
/// larger than it, so a file of any size is read in memory bounded by its largest row.
/// </summary>
internal sealed class JsonChunkReader(Stream stream, int bufferSize = 1 << 16)
{
    private byte[] _buffer = new byte[Math.Max(16, bufferSize)];
    private int _start;
    private int _end;
    private bool _eof;
    private JsonReaderState _state;

    /// <summary>The last token <see cref="ReadAsync"/> read.</summary>
    public JsonTokenType TokenType { get; private set; }

    /// <summary>The last token's text, for property names and strings.</summary>
    public string? Text { get; private set; }

    /// <summary>The last token's value, for integer numbers.</summary>
    public long? Number { get; private set; }

    /// <summary>Bytes taken from the stream so far (what a test checks to see a read is streamed).</summary>
    public long BytesRead { get; private set; }

    /// <summary>Reads the next token; false at the end of the data.</summary>
    public async ValueTask<bool> ReadAsync(CancellationToken ct)
    {
        while (!TryRead())
        {
            if (_eof)
            {
                return false;
            }

            await FillAsync(ct).ConfigureAwait(false);
        }

        return true;
    }

    /// <summary>The next token's type without taking it; null at the end of the data.</summary>
    public async ValueTask<JsonTokenType?> PeekAsync(CancellationToken ct)
    {
        while (true)
        {
            var reader = Reader();
            if (reader.Read())
            {
                return reader.TokenType;
            }

            if (_eof)
            {
                return null;
            }

            await FillAsync(ct).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Takes the next whole value (an array element or a property's value) and returns a copy of its bytes; null when
    /// the next token closes the array or object instead (it is taken).
    /// </summary>
    public async ValueTask<byte[]?> ReadValueAsync(CancellationToken ct)
    {
        while (true)
        {
            var (done, value) = TryReadValue();
            if (done)
            {
                return value;
            }

            if (_eof)
            {
                throw new JsonException("the data ends inside a value");
            }

            await FillAsync(ct).ConfigureAwait(false);
        }
    }

    private Utf8JsonReader Reader() => new(_buffer.AsSpan(_start, _end - _start), _eof, _state);

    private bool TryRead()
    {
        var reader = Reader();
        if (!reader.Read())
        {
            return false;
        }

        TokenType = reader.TokenType;
        Text = reader.TokenType is JsonTokenType.PropertyName or JsonTokenType.String ? reader.GetString() : null;
        Number = reader.TokenType == JsonTokenType.Number && reader.TryGetInt64(out var number) ? number : null;
        Commit(ref reader);
        return true;
    }

    private (bool Done, byte[]? Value) TryReadValue()
    {
        var reader = Reader();
        if (!reader.Read())
        {
            return (false, null);
        }

        if (reader.TokenType is JsonTokenType.EndArray or JsonTokenType.EndObject)
        {
            TokenType = reader.TokenType;
            Commit(ref reader);
            return (true, null);
        }

        var tokenStart = (int)reader.TokenStartIndex;
        if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray && !reader.TrySkip())
        {
            return (false, null);
        }

        var value = _buffer.AsSpan(_start + tokenStart, (int)reader.BytesConsumed - tokenStart).ToArray();
        Commit(ref reader);
        return (true, value);
    }

    private void Commit(ref Utf8JsonReader reader)
    {
        _start += (int)reader.BytesConsumed;
        _state = reader.CurrentState;
    }

    // Keeps the unread bytes, doubles the buffer only when they fill it (one value larger than the buffer), reads more.
    private async ValueTask FillAsync(CancellationToken ct)
    {
        if (_start > 0)
        {
            Buffer.BlockCopy(_buffer, _start, _buffer, 0, _end - _start);
            _end -= _start;
            _start = 0;
        }

        if (_end == _buffer.Length)
        {
            Array.Resize(ref _buffer, _buffer.Length * 2);
        }

        var read = await stream.ReadAsync(_buffer.AsMemory(_end), ct).ConfigureAwait(false);
        _eof = read == 0;
        _end += read;
        BytesRead += read;
    }
}
