using System.Buffers;
using System.Runtime.CompilerServices;

namespace MappingDsl.Sources.Files;

/// <summary>Splits a stream into lines of bytes (LF or CRLF), the last one even without a line end.</summary>
internal static class JsonLines
{
    public static async IAsyncEnumerable<ReadOnlyMemory<byte>> ReadAsync(Stream stream, [EnumeratorCancellation] CancellationToken ct)
    {
        var pending = new ArrayBufferWriter<byte>(4096);
        var chunk = new byte[1 << 16];
        int read;
        var first = true;
        while ((read = await stream.ReadAsync(chunk, ct).ConfigureAwait(false)) > 0)
        {
            var start = first && read >= 3 && chunk.AsSpan(0, 3).SequenceEqual("\uFEFF"u8) ? 3 : 0;
            first = false;
            for (var i = 0; i < read; i++)
            {
                if (chunk[i] != (byte)'\n')
                    continue;
                pending.Write(chunk.AsSpan(start, i - start));
                yield return TrimCr(pending.WrittenMemory).ToArray();
                pending.Clear();
                start = i + 1;
            }
            pending.Write(chunk.AsSpan(start, read - start));
        }
        if (pending.WrittenCount > 0)
            yield return TrimCr(pending.WrittenMemory).ToArray();
    }

    public static bool IsBlank(ReadOnlySpan<byte> line) => line.Trim(" \t\r"u8).IsEmpty;

    private static ReadOnlyMemory<byte> TrimCr(ReadOnlyMemory<byte> line) =>
        line.Length > 0 && line.Span[^1] == (byte)'\r' ? line[..^1] : line;
}
