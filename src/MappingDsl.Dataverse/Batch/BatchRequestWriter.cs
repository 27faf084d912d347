using System.Globalization;
using MappingDsl.Dataverse.Http;

namespace MappingDsl.Dataverse.Batch;

/// <summary>Writes a <c>multipart/mixed</c> <c>$batch</c> body with CRLF line endings (Dataverse rejects bare LF).</summary>
internal static class BatchRequestWriter
{
    public static string Write(PooledBuffer buffer, IReadOnlyList<BatchOperation> operations, BatchMode mode, Uri serviceRoot)
    {
        var batch = "batch_" + Guid.NewGuid().ToString("N");
        if (mode == BatchMode.ChangeSet)
        {
            var changeSet = "changeset_" + Guid.NewGuid().ToString("N");
            buffer.Write($"--{batch}\r\nContent-Type: multipart/mixed; boundary={changeSet}\r\n\r\n");
            for (var i = 0; i < operations.Count; i++)
            {
                buffer.Write($"--{changeSet}\r\n");
                WritePart(buffer, operations[i], serviceRoot, i + 1);
            }
            buffer.Write($"--{changeSet}--\r\n");
        }
        else
        {
            for (var i = 0; i < operations.Count; i++)
            {
                buffer.Write($"--{batch}\r\n");
                WritePart(buffer, operations[i], serviceRoot, null);
            }
        }
        buffer.Write($"--{batch}--\r\n");
        return batch;
    }

    private static void WritePart(PooledBuffer buffer, BatchOperation operation, Uri serviceRoot, int? contentId)
    {
        buffer.Write("Content-Type: application/http\r\nContent-Transfer-Encoding: binary\r\n");
        if (contentId is { } id) buffer.Write(string.Create(CultureInfo.InvariantCulture, $"Content-ID: {id}\r\n"));
        buffer.Write("\r\n");
        var url = operation.Url.StartsWith('$') ? operation.Url : new Uri(serviceRoot, operation.Url).ToString();
        buffer.Write($"{operation.Method.Method} {url} HTTP/1.1\r\n");
        foreach (var (name, value) in operation.Headers) buffer.Write($"{name}: {value}\r\n");
        if (!operation.Body.IsEmpty)
        {
            buffer.Write("Content-Type: application/json; type=entry\r\n\r\n");
            buffer.Write(operation.Body.Span);
            buffer.Write("\r\n");
        }
        else
        {
            buffer.Write("\r\n");
        }
    }
}
