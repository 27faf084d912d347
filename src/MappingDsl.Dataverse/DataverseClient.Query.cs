using System.Runtime.CompilerServices;
using System.Text.Json;
using MappingDsl.Dataverse.Http;
using MappingDsl.Dataverse.Query;

namespace MappingDsl.Dataverse;

public sealed partial class DataverseClient
{
    /// <summary>Runs a query and yields every record, following <c>@odata.nextLink</c> page by page.</summary>
    /// <param name="entitySet">The entity set.</param>
    /// <param name="query">The query.</param>
    /// <param name="cancellationToken">Cancels the enumeration.</param>
    public async IAsyncEnumerable<JsonElement> QueryAsync(string entitySet, ODataQuery query, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        string? url = query.ToUrl(entitySet);
        var prefer = new List<string>();
        if (query.PageSize is { } size) prefer.Add($"odata.maxpagesize={size}");
        if (query.IncludeLookupTables) prefer.Add("odata.include-annotations=\"Microsoft.Dynamics.CRM.lookuplogicalname\"");
        IReadOnlyList<KeyValuePair<string, string>> headers = prefer.Count > 0 ? [new("Prefer", string.Join(",", prefer))] : [];
        while (url is not null)
        {
            using var doc = await GetJsonAsync(url, headers, cancellationToken).ConfigureAwait(false);
            if (doc.RootElement.TryGetProperty("value", out var values))
            {
                foreach (var item in values.EnumerateArray()) yield return item.Clone();
            }
            url = doc.RootElement.TryGetProperty("@odata.nextLink", out var next) ? next.GetString() : null;
        }
    }

    /// <summary>GETs a URL (relative to the service root, or absolute) and returns its JSON.</summary>
    /// <param name="url">The URL.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public Task<JsonDocument> GetJsonAsync(string url, CancellationToken cancellationToken = default) => GetJsonAsync(url, [], cancellationToken);

    private async Task<JsonDocument> GetJsonAsync(string url, IReadOnlyList<KeyValuePair<string, string>> headers, CancellationToken cancellationToken)
    {
        using var response = await SendAsync(new DataverseRequest(HttpMethod.Get, url) { Headers = headers }, cancellationToken).ConfigureAwait(false);
        var stream = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        return await JsonDocument.ParseAsync(stream, cancellationToken: cancellationToken).ConfigureAwait(false);
    }

    /// <summary>GETs a URL and returns its JSON, or null on 404.</summary>
    /// <param name="url">The URL.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public async Task<JsonDocument?> TryGetJsonAsync(string url, CancellationToken cancellationToken = default)
    {
        using var response = await SendRawAsync(new DataverseRequest(HttpMethod.Get, url), cancellationToken).ConfigureAwait(false);
        if (response.StatusCode == System.Net.HttpStatusCode.NotFound) return null;
        if (!response.IsSuccessStatusCode) throw await ToExceptionAsync(response, cancellationToken).ConfigureAwait(false);
        var stream = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        return await JsonDocument.ParseAsync(stream, cancellationToken: cancellationToken).ConfigureAwait(false);
    }

    /// <summary>POSTs a JSON body (an action or a metadata create) and returns the response body's JSON, if any.</summary>
    /// <param name="url">The URL relative to the service root.</param>
    /// <param name="body">The JSON body.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public async Task<JsonDocument?> PostJsonAsync(string url, ReadOnlyMemory<byte> body, CancellationToken cancellationToken = default)
    {
        using var response = await SendAsync(new DataverseRequest(HttpMethod.Post, url, body), cancellationToken).ConfigureAwait(false);
        var bytes = await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
        return bytes.Length == 0 ? null : JsonDocument.Parse(bytes);
    }
}
