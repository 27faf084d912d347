using System.Globalization;
using System.Text;
using MappingDsl.Emulators.Dataverse.Protection;
using MappingDsl.Emulators.Dataverse.Protocol;

namespace MappingDsl.Emulators.Dataverse.Handlers;

/// <summary>
/// <c>$batch</c>: a <c>multipart/mixed</c> body (CRLF only) of up to 1000 requests; change sets are atomic and may refer
/// to earlier parts by <c>Content-ID</c> (<c>$1</c>). Stops at the first failure (outer 400) unless
/// <c>Prefer: odata.continue-on-error</c> (outer 200). An injected halfway fault either makes the operation at the middle
/// of the batch fail as a SQL deadlock would (see <see cref="HalfwayFailure"/>) or stops the batch there for the
/// connection to be reset.
/// </summary>
internal sealed class BatchHandler(Dispatcher dispatcher)
{
    private sealed record Part(string? ContentId, EmulatorRequest Request);

    /// <summary>
    /// The error of the operation an injected fault fails: <c>0x80044150</c> "Generic SQL error" is what
    /// bulk-operation-errors.md lists for a SQL deadlock inside a bulk or batch request (shared/reference
    /// dataverse-web-api.md §6.2); its HTTP status there is "5xx?", so 500 is UNCONFIRMED. It is transient: the same
    /// operation sent again succeeds.
    /// </summary>
    public static EmulatorError HalfwayFailure() => new(500, "0x80044150", "Generic SQL error. (injected fault: a deadlock halfway through the batch)");

    public async Task<EmulatorResponse> ExecuteAsync(EmulatorRequest request, HalfwayFault halfway, CancellationToken cancellationToken)
    {
        var contentType = request.Header("Content-Type") ?? "";
        var text = Encoding.UTF8.GetString(request.Body.Span);
        if (HasBareLineFeed(text))
            return EmulatorResponse.Error(400, "0x80048d19", "Error identified in Payload provided by the user for Entity :''  ---->  InnerException : System.ArgumentException: Stream was not readable.");
        string boundary;
        try
        {
            boundary = Boundary(contentType);
        }
        catch (FormatException ex)
        {
            return EmulatorResponse.Error(400, "0x80048d19", ex.Message);
        }
        var groups = new List<List<Part>>();
        var changeSets = new List<bool>();
        var total = 0;
        foreach (var part in Parts(text, boundary))
        {
            var (headers, body) = Headers(part);
            if (headers.TryGetValue("content-type", out var type) && type.StartsWith("multipart/mixed", StringComparison.OrdinalIgnoreCase))
            {
                var inner = Parts(body, Boundary(type)).Select(p => ParsePart(p, request.Headers)).ToList();
                if (inner.Any(p => p.Request.Method == "GET")) return EmulatorResponse.Error(400, "0x80048d19", "GET requests are not allowed within change sets.");
                groups.Add(inner);
                changeSets.Add(true);
                total += inner.Count;
            }
            else
            {
                groups.Add([ParsePart(part, request.Headers)]);
                changeSets.Add(false);
                total++;
            }
        }
        if (total > 1000) return EmulatorResponse.Error(400, "0x80060891", $"The number of requests in a batch ({total}) exceeds the limit of 1000.");

        var continueOnError = request.Prefers("odata.continue-on-error");
        var responseBoundary = "batchresponse_" + Guid.NewGuid().ToString("D");
        var output = new StringBuilder();
        var failed = false;
        var work = 0;
        var processing = TimeSpan.Zero;
        var contentIds = new Dictionary<string, string>(StringComparer.Ordinal);
        // The operation that fails, counted over every part and change-set item in order; -1 for none. A reset stops
        // before the part or change set holding it (the caller then resets the connection).
        var failAt = halfway == HalfwayFault.None ? -1 : total / 2;
        var failPart = halfway == HalfwayFault.FailPart ? failAt : -1;
        var first = 0;
        for (var g = 0; g < groups.Count && !(failed && !continueOnError); g++)
        {
            var group = groups[g];
            var offset = first;
            first += group.Count;
            if (halfway == HalfwayFault.Reset && first > failAt) break;
            if (!changeSets[g])
            {
                var response = offset == failPart
                    ? EmulatorResponse.From(HalfwayFailure())
                    : await dispatcher.ExecuteAsync(group[0].Request, cancellationToken).ConfigureAwait(false);
                work += response.Work;
                processing += response.Processing;
                output.Append("--").Append(responseBoundary).Append("\r\n");
                WriteHttp(output, response, null);
                failed |= !response.IsSuccess;
                continue;
            }
            // Thrown inside the change set's transaction, so the items before it roll back with it, as documented.
            var responses = await dispatcher.ExecuteChangeSetAsync(group.Count, i => offset + i == failPart ? throw HalfwayFailure() : Resolve(group[i].Request, contentIds), (i, response) =>
            {
                if (response.IsSuccess && group[i].ContentId is { } id
                    && response.Headers.FirstOrDefault(h => h.Key == "OData-EntityId").Value is { } address)
                    contentIds["$" + id] = address;
            }, cancellationToken).ConfigureAwait(false);
            processing += responses.Aggregate(TimeSpan.Zero, (sum, r) => sum + r.Processing);
            if (responses.All(r => r.IsSuccess))
            {
                work += responses.Sum(r => r.Work);
                var changeSet = "changesetresponse_" + Guid.NewGuid().ToString("D");
                output.Append("--").Append(responseBoundary).Append("\r\n")
                    .Append("Content-Type: multipart/mixed; boundary=").Append(changeSet).Append("\r\n\r\n");
                for (var i = 0; i < responses.Count; i++)
                {
                    output.Append("--").Append(changeSet).Append("\r\n");
                    WriteHttp(output, responses[i], group[i].ContentId);
                }
                output.Append("--").Append(changeSet).Append("--\r\n");
            }
            else
            {
                output.Append("--").Append(responseBoundary).Append("\r\n");
                WriteHttp(output, responses[^1], group[responses.Count - 1].ContentId);
                failed = true;
            }
        }
        output.Append("--").Append(responseBoundary).Append("--\r\n");
        var status = failed && !continueOnError ? 400 : 200;
        return new EmulatorResponse(status, Encoding.UTF8.GetBytes(output.ToString()), $"multipart/mixed; boundary={responseBoundary}") { Work = work, Processing = processing };
    }

    private static EmulatorRequest Resolve(EmulatorRequest request, Dictionary<string, string> contentIds)
    {
        if (contentIds.Count == 0) return request;
        var path = request.Path;
        if (path.StartsWith('$'))
        {
            var end = path.IndexOf('/');
            var reference = end < 0 ? path : path[..end];
            if (!contentIds.TryGetValue(reference, out var address))
                throw new EmulatorError(400, "0x0", $"Content-ID Reference: '{reference}' does not exist in the batch context.");
            path = RelativePath(address) + (end < 0 ? "" : path[end..]);
        }
        var body = Encoding.UTF8.GetString(request.Body.Span);
        foreach (var (id, address) in contentIds) body = body.Replace($"\"{id}\"", $"\"{RelativePath(address)}\"", StringComparison.Ordinal);
        return request with { Path = path, Body = Encoding.UTF8.GetBytes(body) };
    }

    private static Part ParsePart(string part, IReadOnlyDictionary<string, string> outer)
    {
        var (partHeaders, http) = Headers(part);
        var lineEnd = http.IndexOf("\r\n", StringComparison.Ordinal);
        var requestLine = (lineEnd < 0 ? http : http[..lineEnd]).Split(' ');
        if (requestLine.Length < 2) throw new EmulatorError(400, "0x80048d19", "A batch part has no request line.");
        var (headers, body) = Headers(lineEnd < 0 ? "" : http[(lineEnd + 2)..]);
        foreach (var (name, value) in outer)
        {
            if (name.StartsWith("MSCRM.", StringComparison.OrdinalIgnoreCase) || name.Equals("Authorization", StringComparison.OrdinalIgnoreCase)) headers.TryAdd(name, value);
        }
        var url = requestLine[1];
        var query = "";
        var q = url.IndexOf('?');
        if (q >= 0)
        {
            query = url[(q + 1)..];
            url = url[..q];
        }
        var path = url.StartsWith('$') ? url : RelativePath(url);
        body = body.EndsWith("\r\n", StringComparison.Ordinal) ? body[..^2] : body;
        partHeaders.TryGetValue("content-id", out var contentId);
        return new Part(contentId, new EmulatorRequest(requestLine[0].ToUpperInvariant(), path, EmulatorRequest.ParseQuery(query), headers, Encoding.UTF8.GetBytes(body)));
    }

    private static string RelativePath(string url)
    {
        var marker = url.IndexOf("/api/data/", StringComparison.OrdinalIgnoreCase);
        if (marker < 0) return url.TrimStart('/');
        var afterVersion = url.IndexOf('/', marker + "/api/data/".Length);
        return afterVersion < 0 ? "" : url[(afterVersion + 1)..];
    }

    private static void WriteHttp(StringBuilder output, EmulatorResponse response, string? contentId)
    {
        output.Append("Content-Type: application/http\r\nContent-Transfer-Encoding: binary\r\n");
        if (contentId is not null) output.Append("Content-ID: ").Append(contentId).Append("\r\n");
        output.Append("\r\n").Append("HTTP/1.1 ").Append(response.Status.ToString(CultureInfo.InvariantCulture)).Append(' ').Append(Reason(response.Status)).Append("\r\n");
        foreach (var (name, value) in response.Headers) output.Append(name).Append(": ").Append(value).Append("\r\n");
        if (response.Body.Length > 0)
        {
            output.Append("Content-Type: ").Append(response.ContentType ?? "application/json").Append("\r\n\r\n");
            output.Append(response.BodyText).Append("\r\n");
        }
        else
        {
            output.Append("\r\n");
        }
    }

    private static string Reason(int status) => status switch
    {
        200 => "OK",
        201 => "Created",
        204 => "No Content",
        400 => "Bad Request",
        404 => "Not Found",
        412 => "Precondition Failed",
        500 => "Internal Server Error",
        _ => "Error",
    };

    private static bool HasBareLineFeed(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n' && (i == 0 || text[i - 1] != '\r')) return true;
        }
        return false;
    }

    private static string Boundary(string contentType)
    {
        foreach (var piece in contentType.Split(';'))
        {
            var trimmed = piece.Trim();
            if (trimmed.StartsWith("boundary=", StringComparison.OrdinalIgnoreCase)) return trimmed["boundary=".Length..].Trim('"');
        }
        throw new FormatException("The batch request's Content-Type has no boundary.");
    }

    private static IEnumerable<string> Parts(string body, string boundary)
    {
        var pieces = body.Split("--" + boundary);
        for (var i = 1; i < pieces.Length; i++)
        {
            if (pieces[i].StartsWith("--", StringComparison.Ordinal)) yield break;
            yield return pieces[i].StartsWith("\r\n", StringComparison.Ordinal) ? pieces[i][2..] : pieces[i];
        }
    }

    private static (Dictionary<string, string> Headers, string Body) Headers(string part)
    {
        var end = part.IndexOf("\r\n\r\n", StringComparison.Ordinal);
        var headerText = end < 0 ? part : part[..end];
        var body = end < 0 ? "" : part[(end + 4)..];
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var line in headerText.Split("\r\n", StringSplitOptions.RemoveEmptyEntries))
        {
            var colon = line.IndexOf(':');
            if (colon > 0) headers[line[..colon].Trim()] = line[(colon + 1)..].Trim();
        }
        return (headers, body);
    }
}
