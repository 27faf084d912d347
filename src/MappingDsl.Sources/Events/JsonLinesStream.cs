using System.Runtime.CompilerServices;

namespace MappingDsl.Sources.Events;

/// <summary>
/// Splits a JSON Lines stream (an export download, a spooled window, a file) into lines without holding more than
/// one line and one read buffer: event exports run to millions of lines. A read that fails mid-stream ends the
/// enumeration with a last line carrying the failure rather than throwing, so the records already read still count.
/// </summary>
public static class JsonLinesStream
{
    private const int InitialBuffer = 64 * 1024;

    /// <summary>Reads <paramref name="stream"/> line by line; blank lines are skipped, a trailing <c>\r</c> is dropped.</summary>
    /// <param name="stream">The stream; not disposed.</param>
    /// <param name="ct">Stops the read.</param>
    public static async IAsyncEnumerable<JsonLine> ReadAsync(Stream stream, [EnumeratorCancellation] CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var buffer = new byte[InitialBuffer];
        var start = 0;
        var end = 0;
        while (true)
        {
            if (end == buffer.Length)
            {
                if (start > 0)
                {
                    Buffer.BlockCopy(buffer, start, buffer, 0, end - start);
                    end -= start;
                    start = 0;
                }
                else
                {
                    Array.Resize(ref buffer, buffer.Length * 2);
                }
            }

            int read;
            string? failure = null;
            try
            {
                read = await stream.ReadAsync(buffer.AsMemory(end), ct).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is IOException or HttpRequestException)
            {
                // A server closing a long export early (Airbyte shrinks its windows on exactly this) is not fatal.
                read = 0;
                failure = $"the stream broke off: {ex.Message}";
            }

            if (read == 0)
            {
                if (end > start || failure is not null)
                {
                    yield return new JsonLine(Trim(buffer.AsSpan(start, end - start)).ToArray(), false, failure);
                }

                yield break;
            }

            end += read;
            int newline;
            while ((newline = Array.IndexOf(buffer, (byte)'\n', start, end - start)) >= 0)
            {
                var line = Trim(buffer.AsSpan(start, newline - start));
                start = newline + 1;
                if (!IsBlank(line))
                {
                    yield return new JsonLine(line.ToArray(), true);
                }
            }

            if (start == end)
            {
                start = end = 0;
            }
        }
    }

    private static ReadOnlySpan<byte> Trim(ReadOnlySpan<byte> line) =>
        line.Length > 0 && line[^1] == (byte)'\r' ? line[..^1] : line;

    private static bool IsBlank(ReadOnlySpan<byte> line)
    {
        foreach (var b in line)
        {
            if (b is not ((byte)' ' or (byte)'\t'))
            {
                return false;
            }
        }

        return true;
    }
}
