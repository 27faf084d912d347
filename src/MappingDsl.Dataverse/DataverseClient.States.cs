using MappingDsl.Dataverse.Batch;
using MappingDsl.Dataverse.Http;

namespace MappingDsl.Dataverse;

public sealed partial class DataverseClient
{
    /// <summary>Largest number of operations Dataverse accepts in one <c>$batch</c>.</summary>
    public const int MaxBatchOperations = 1000;

    /// <summary>
    /// Applies many state changes in <c>$batch</c> requests of up to <see cref="MaxBatchOperations"/> with
    /// continue-on-error, so closing thousands of migrated tasks or deals costs a handful of requests against the
    /// service-protection window rather than one each. Opportunities move to won (1) or lost (2) through
    /// <c>WinOpportunity</c> / <c>LoseOpportunity</c>, which also write their close activity; everything else is a
    /// <c>PATCH</c> of <c>statecode</c> and <c>statuscode</c>.
    /// </summary>
    /// <param name="changes">The changes.</param>
    /// <param name="cancellationToken">Cancels the calls.</param>
    /// <returns>One entry per change, in order: null when applied, otherwise the org's reason.</returns>
    public async Task<IReadOnlyList<string?>> SetStatesAsync(IReadOnlyList<StateChange> changes, CancellationToken cancellationToken = default)
    {
        var errors = new string?[changes.Count];
        for (var offset = 0; offset < changes.Count; offset += MaxBatchOperations)
        {
            var count = Math.Min(MaxBatchOperations, changes.Count - offset);
            var operations = new BatchOperation[count];
            for (var i = 0; i < count; i++)
                operations[i] = StateOperation(changes[offset + i]);
            var results = await ExecuteBatchAsync(operations, BatchMode.ContinueOnError, cancellationToken).ConfigureAwait(false);
            for (var i = 0; i < count; i++)
            {
                // A state change is not idempotent: when the connection was reset after the org applied the batch, the
                // resent batch finds the record closed already and is refused (win or close only what is open). The
                // record's state then says whether the change happened, so an applied change is not reported failed.
                if (!results[i].Succeeded && !await InStateAsync(changes[offset + i], cancellationToken).ConfigureAwait(false))
                    errors[offset + i] = $"{results[i].ErrorCode}: {results[i].ErrorMessage}";
            }
        }
        return errors;
    }

    private async Task<bool> InStateAsync(StateChange change, CancellationToken cancellationToken)
    {
        var status = change switch
        {
            { EntitySet: "opportunities", State: 1 } => change.Status ?? 3,
            { EntitySet: "opportunities", State: 2 } => change.Status ?? 4,
            _ => change.Status,
        };
        var row = await RetrieveAsync(change.EntitySet, change.Id, ["statecode", "statuscode"], cancellationToken).ConfigureAwait(false);
        return row is { } r
            && r.TryGetProperty("statecode", out var state) && state.ValueKind == System.Text.Json.JsonValueKind.Number && state.GetInt32() == change.State
            && (status is null || (r.TryGetProperty("statuscode", out var actual) && actual.ValueKind == System.Text.Json.JsonValueKind.Number && actual.GetInt32() == status));
    }

    private static BatchOperation StateOperation(StateChange change) => change switch
    {
        { EntitySet: "opportunities", State: 1 } => new(HttpMethod.Post, "WinOpportunity", CloseBody(change.Id, change.Status ?? 3, "Won")),
        { EntitySet: "opportunities", State: 2 } => new(HttpMethod.Post, "LoseOpportunity", CloseBody(change.Id, change.Status ?? 4, "Lost")),
        _ => new(HttpMethod.Patch, ODataLiteral.IdAddress(change.EntitySet, change.Id), StateBody(change.State, change.Status))
        {
            Headers = [new("If-Match", "*")],
        },
    };
}
