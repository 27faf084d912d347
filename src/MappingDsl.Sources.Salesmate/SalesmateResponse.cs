using System.Net;

namespace MappingDsl.Sources.Salesmate;

/// <summary>One answered call: its HTTP status, its body and the body split into rows.</summary>
/// <param name="StatusCode">The HTTP status.</param>
/// <param name="Body">The raw UTF-8 body (the rows point into it).</param>
/// <param name="Page">The parsed envelope.</param>
/// <param name="RetryAfter">The server's <c>Retry-After</c>, if it sent one.</param>
internal sealed record SalesmateResponse(HttpStatusCode StatusCode, byte[] Body, JsonPage Page, TimeSpan? RetryAfter);
