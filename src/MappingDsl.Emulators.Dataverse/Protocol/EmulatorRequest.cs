namespace MappingDsl.Emulators.Dataverse.Protocol;

/// <summary>One Web API request, from HTTP or from inside a <c>$batch</c>.</summary>
/// <param name="Method">HTTP method.</param>
/// <param name="Path">Path after <c>/api/data/v9.2/</c>, still percent-encoded.</param>
/// <param name="Query">Query parameters, decoded.</param>
/// <param name="Headers">Request headers (case-insensitive).</param>
/// <param name="Body">Body bytes.</param>
internal sealed record EmulatorRequest(string Method, string Path, IReadOnlyDictionary<string, string> Query, IReadOnlyDictionary<string, string> Headers, ReadOnlyMemory<byte> Body)
{
    public string? Header(string name) => Headers.TryGetValue(name, out var v) ? v : null;

    public string? QueryValue(string name) => Query.TryGetValue(name, out var v) ? v : null;

    public bool Prefers(string token) => Header("Prefer") is { } prefer && prefer.Contains(token, StringComparison.OrdinalIgnoreCase);

    public static Dictionary<string, string> ParseQuery(string query)
    {
        var result = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var pair in query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var eq = pair.IndexOf('=');
            var name = Uri.UnescapeDataString(eq < 0 ? pair : pair[..eq]);
            result[name] = eq < 0 ? "" : Uri.UnescapeDataString(pair[(eq + 1)..].Replace('+', ' '));
        }
        return result;
    }
}
