namespace MappingDsl.Dataverse.Batch;

/// <summary>One request inside a <c>$batch</c>.</summary>
/// <param name="Method">The HTTP method (GET is not allowed inside a change set).</param>
/// <param name="Url">URL relative to the service root, or a <c>$n</c> Content-ID reference.</param>
/// <param name="Body">The JSON body, or empty.</param>
public sealed record BatchOperation(HttpMethod Method, string Url, ReadOnlyMemory<byte> Body = default)
{
    /// <summary>Extra headers for this part (<c>If-Match</c>, <c>Prefer</c>, …).</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Headers { get; init; } = [];
}

/// <summary>The outcome of one operation in a <c>$batch</c>.</summary>
/// <param name="Index">Position of the operation in the request.</param>
/// <param name="Status">The part's HTTP status, or 0 when the server did not run it.</param>
/// <param name="EntityId">The id from <c>OData-EntityId</c>, when it holds one.</param>
/// <param name="ErrorCode">The Web API error code, when it failed.</param>
/// <param name="ErrorMessage">The Web API error message, when it failed.</param>
/// <param name="Body">The part's body text, or empty.</param>
public sealed record BatchItemResult(int Index, int Status, Guid? EntityId, string? ErrorCode, string? ErrorMessage, string Body)
{
    /// <summary>True when the part succeeded.</summary>
    public bool Succeeded => Status is >= 200 and < 300;
}

/// <summary>How operations are grouped in a <c>$batch</c>.</summary>
public enum BatchMode
{
    /// <summary>One change set: all succeed or all roll back.</summary>
    ChangeSet,
    /// <summary>Each operation on its own with <c>Prefer: odata.continue-on-error</c>: one failure costs only itself.</summary>
    ContinueOnError,
}
