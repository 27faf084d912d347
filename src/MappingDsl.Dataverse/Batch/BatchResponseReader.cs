using System.Globalization;
using MappingDsl.Dataverse.Http;

namespace MappingDsl.Dataverse.Batch;

/// <summary>Parses a <c>$batch</c> response (<c>multipart/mixed</c>, change sets nested) into per-operation results.</summary>
internal static class BatchResponseReader
{
    public static List<BatchItemResult> Read(string body, string boundary)
    {
        var results = new List<BatchItemResult>();
        foreach (var part in SplitParts(body, boundary))
        {
            var (headers, content) = SplitHeaders(part);
            if (headers.TryGetValue("content-type", out var type) && type.StartsWith("multipart/mixed", StringComparison.OrdinalIgnoreCase))
            {
                var inner = BoundaryOf(type);
                foreach (var innerPart in SplitParts(content, inner)) results.Add(ReadHttp(SplitHeaders(innerPart).Body, results.Count));
            }
            else
            {
                results.Add(ReadHttp(content, results.Count));
            }
        }
        return results;
    }

    public static string BoundaryOf(string contentType)
    {
        foreach (var piece in contentType.Split(';'))
        {
            var trimmed = piece.Trim();
            if (trimmed.StartsWith("boundary=", StringComparison.OrdinalIgnoreCase)) return trimmed["boundary=".Length..].Trim('"');
        }
        throw new FormatException("The multipart content type has no boundary.");
    }

    private static IEnumerable<string> SplitParts(string body, string boundary)
    {
        var delimiter = "--" + boundary;
        var pieces = body.Split(delimiter);
        for (var i = 1; i < pieces.Length; i++)
        {
            var piece = pieces[i];
            if (piece.StartsWith("--", StringComparison.Ordinal)) yield break;
            yield return piece.TrimStart('\r', '\n');
        }
    }

    private static (Dictionary<string, string> Headers, string Body) SplitHeaders(string part)
    {
        var end = part.IndexOf("\r\n\r\n", StringComparison.Ordinal);
        var separator = 4;
        if (end < 0) { end = part.IndexOf("\n\n", StringComparison.Ordinal); separator = 2; }
        var headerText = end < 0 ? part : part[..end];
        var body = end < 0 ? "" : part[(end + separator)..];
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var line in headerText.Split('\n'))
        {
            var colon = line.IndexOf(':');
            if (colon > 0) headers[line[..colon].Trim().ToLowerInvariant()] = line[(colon + 1)..].Trim();
        }
        return (headers, body);
    }

    private static BatchItemResult ReadHttp(string http, int index)
    {
        var firstLineEnd = http.IndexOf('\n');
        var statusLine = (firstLineEnd < 0 ? http : http[..firstLineEnd]).Trim();
        var pieces = statusLine.Split(' ', 3);
        var status = pieces.Length > 1 && int.TryParse(pieces[1], NumberStyles.Integer, CultureInfo.InvariantCulture, out var s) ? s : 0;
        var (headers, body) = SplitHeaders(firstLineEnd < 0 ? "" : http[(firstLineEnd + 1)..]);
        body = body.TrimEnd('\r', '\n');
        Guid? id = headers.TryGetValue("odata-entityid", out var entityId) ? DataverseClient.GuidInAddress(entityId) : null;
        if (status is >= 200 and < 300) return new BatchItemResult(index, status, id, null, null, body);
        var (code, message) = ErrorBody.Parse(body);
        return new BatchItemResult(index, status, id, code, message, body);
    }
}
