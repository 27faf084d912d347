namespace MappingDsl.Dataverse.Http;

/// <summary>One logical request; the client builds a fresh <see cref="HttpRequestMessage"/> from it for every attempt.</summary>
/// <param name="Method">The HTTP method.</param>
/// <param name="Url">URL relative to the service root, or absolute (a next link).</param>
/// <param name="Body">The body bytes, or empty for none.</param>
/// <param name="ContentType">The body's content type.</param>
internal sealed record DataverseRequest(HttpMethod Method, string Url, ReadOnlyMemory<byte> Body = default, string ContentType = "application/json")
{
    /// <summary>Extra headers (<c>Prefer</c>, <c>If-Match</c>, …).</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Headers { get; init; } = [];

    /// <summary>
    /// Attempts whose outcome the client never learnt (the connection failed, or a 5xx answered): the org may have done
    /// the work. A retry that then finds its work done (a DELETE answered 404) knows why.
    /// </summary>
    public int UncertainAttempts { get; set; }
}
