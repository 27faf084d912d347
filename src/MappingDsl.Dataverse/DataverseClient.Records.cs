using System.Globalization;
using System.Text;
using System.Text.Json;
using MappingDsl.Dataverse.Http;

namespace MappingDsl.Dataverse;

public sealed partial class DataverseClient
{
    /// <summary>Creates a record and returns its id (from <c>OData-EntityId</c>).</summary>
    /// <param name="entitySet">The entity set, for example <c>contacts</c>.</param>
    /// <param name="body">The record's JSON object.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public async Task<Guid> CreateAsync(string entitySet, ReadOnlyMemory<byte> body, CancellationToken cancellationToken = default)
    {
        using var response = await SendAsync(new DataverseRequest(HttpMethod.Post, entitySet, body), cancellationToken).ConfigureAwait(false);
        return EntityIdOf(response) ?? throw new DataverseException(response.StatusCode, "", "The create response carried no OData-EntityId.");
    }

    /// <summary>Updates an existing record (<c>PATCH</c> with <c>If-Match: *</c>, so it never creates).</summary>
    /// <param name="entitySet">The entity set.</param>
    /// <param name="id">The record id.</param>
    /// <param name="body">The changed columns as a JSON object.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public async Task UpdateAsync(string entitySet, Guid id, ReadOnlyMemory<byte> body, CancellationToken cancellationToken = default)
    {
        using var _ = await SendAsync(
            new DataverseRequest(HttpMethod.Patch, ODataLiteral.IdAddress(entitySet, id), body) { Headers = [new("If-Match", "*")] },
            cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Upserts a record by a single-column alternate key (<c>PATCH set(column='value')</c>).</summary>
    /// <param name="table">The table (entity set and primary id column).</param>
    /// <param name="keyColumn">The alternate key column.</param>
    /// <param name="keyValue">The key value.</param>
    /// <param name="body">The columns to write; leave the key column out (Dataverse copies it from the URL).</param>
    /// <param name="mode">Upsert, create only or update only.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The record's id.</returns>
    public async Task<Guid> UpsertAsync(TableInfo table, string keyColumn, string keyValue, ReadOnlyMemory<byte> body,
        UpsertMode mode = UpsertMode.Upsert, CancellationToken cancellationToken = default)
    {
        List<KeyValuePair<string, string>> headers = [new("Prefer", "return=representation")];
        if (mode == UpsertMode.CreateOnly) headers.Add(new("If-None-Match", "*"));
        if (mode == UpsertMode.UpdateOnly) headers.Add(new("If-Match", "*"));
        var metadataId = table.PrimaryId;
        var url = ODataLiteral.KeyAddress(table.EntitySetName, keyColumn, keyValue) + "?$select=" + metadataId;
        using var response = await SendAsync(new DataverseRequest(HttpMethod.Patch, url, body) { Headers = headers }, cancellationToken).ConfigureAwait(false);
        using var doc = await JsonDocument.ParseAsync(await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false), cancellationToken: cancellationToken).ConfigureAwait(false);
        return doc.RootElement.TryGetProperty(metadataId, out var idElement) && idElement.TryGetGuid(out var id)
            ? id
            : throw new DataverseException(response.StatusCode, "", $"The upsert response carried no '{metadataId}'.");
    }

    /// <summary>Deletes a record.</summary>
    /// <param name="entitySet">The entity set.</param>
    /// <param name="id">The record id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public async Task DeleteAsync(string entitySet, Guid id, CancellationToken cancellationToken = default)
    {
        var request = new DataverseRequest(HttpMethod.Delete, ODataLiteral.IdAddress(entitySet, id));
        using var response = await SendRawAsync(request, cancellationToken).ConfigureAwait(false);
        // A 404 after an attempt whose answer was lost (a reset connection, a 5xx) is that attempt's delete, not a
        // record that was never there.
        if (response.IsSuccessStatusCode || (response.StatusCode == System.Net.HttpStatusCode.NotFound && request.UncertainAttempts > 0)) return;
        throw await ToExceptionAsync(response, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Retrieves one record, or null when it does not exist.</summary>
    /// <param name="entitySet">The entity set.</param>
    /// <param name="id">The record id.</param>
    /// <param name="select">Columns to return (lookups as <c>_x_value</c>), or null for all.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public async Task<JsonElement?> RetrieveAsync(string entitySet, Guid id, IEnumerable<string>? select = null, CancellationToken cancellationToken = default)
    {
        var url = ODataLiteral.IdAddress(entitySet, id) + (select is null ? "" : "?$select=" + string.Join(',', select));
        using var response = await SendRawAsync(new DataverseRequest(HttpMethod.Get, url), cancellationToken).ConfigureAwait(false);
        if (response.StatusCode == System.Net.HttpStatusCode.NotFound) return null;
        if (!response.IsSuccessStatusCode) throw await ToExceptionAsync(response, cancellationToken).ConfigureAwait(false);
        using var doc = await JsonDocument.ParseAsync(await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false), cancellationToken: cancellationToken).ConfigureAwait(false);
        return doc.RootElement.Clone();
    }

    /// <summary>Sets <c>statecode</c> and <c>statuscode</c> (the Web API's SetState).</summary>
    /// <param name="entitySet">The entity set.</param>
    /// <param name="id">The record id.</param>
    /// <param name="state">The new state.</param>
    /// <param name="status">The new status, or null for the state's default.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public Task SetStateAsync(string entitySet, Guid id, int state, int? status, CancellationToken cancellationToken = default) =>
        UpdateAsync(entitySet, id, StateBody(state, status), cancellationToken);

    /// <summary>Closes an opportunity as won (<c>WinOpportunity</c>).</summary>
    /// <param name="opportunityId">The opportunity.</param>
    /// <param name="status">The won status reason (3 = Won).</param>
    /// <param name="subject">The close activity's subject.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public Task WinOpportunityAsync(Guid opportunityId, int status = 3, string subject = "Won", CancellationToken cancellationToken = default) =>
        CloseOpportunityAsync("WinOpportunity", opportunityId, status, subject, cancellationToken);

    /// <summary>Closes an opportunity as lost (<c>LoseOpportunity</c>).</summary>
    /// <param name="opportunityId">The opportunity.</param>
    /// <param name="status">The lost status reason (4 = Canceled, 5 = Out-Sold).</param>
    /// <param name="subject">The close activity's subject.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public Task LoseOpportunityAsync(Guid opportunityId, int status = 4, string subject = "Lost", CancellationToken cancellationToken = default) =>
        CloseOpportunityAsync("LoseOpportunity", opportunityId, status, subject, cancellationToken);

    private async Task CloseOpportunityAsync(string action, Guid opportunityId, int status, string subject, CancellationToken cancellationToken)
    {
        using var _ = await SendAsync(new DataverseRequest(HttpMethod.Post, action, CloseBody(opportunityId, status, subject)), cancellationToken).ConfigureAwait(false);
    }

    private static byte[] StateBody(int state, int? status) => Encoding.UTF8.GetBytes(status is { } s
        ? string.Create(CultureInfo.InvariantCulture, $"{{\"statecode\":{state},\"statuscode\":{s}}}")
        : string.Create(CultureInfo.InvariantCulture, $"{{\"statecode\":{state}}}"));

    private static byte[] CloseBody(Guid opportunityId, int status, string subject) => Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture,
        $"{{\"Status\":{status},\"OpportunityClose\":{{\"subject\":{JsonSerializer.Serialize(subject, DataverseJsonContext.Default.String)},\"opportunityid@odata.bind\":\"/{ODataLiteral.IdAddress("opportunities", opportunityId)}\"}}}}"));

    /// <summary>Reads the id from an <c>OData-EntityId</c> header (<c>…/set(guid)</c>), or null.</summary>
    internal static Guid? EntityIdOf(HttpResponseMessage response) =>
        response.Headers.TryGetValues("OData-EntityId", out var values) ? GuidInAddress(values.First()) : null;

    internal static Guid? GuidInAddress(string address)
    {
        var open = address.LastIndexOf('(');
        var close = address.LastIndexOf(')');
        return open >= 0 && close > open && Guid.TryParse(address.AsSpan(open + 1, close - open - 1), out var id) ? id : null;
    }
}
