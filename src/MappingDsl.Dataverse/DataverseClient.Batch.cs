using MappingDsl.Dataverse.Batch;
using MappingDsl.Dataverse.Http;

namespace MappingDsl.Dataverse;

public sealed partial class DataverseClient
{
    /// <summary>
    /// Sends operations as one <c>$batch</c> (at most 1000). Returns one result per operation in order; operations the
    /// server did not run (after a failure without continue-on-error) come back with status 0. An operation that failed
    /// for a transient reason inside an answered batch (a 429 or 5xx part, such as a SQL deadlock halfway through) is
    /// sent again, as a whole request would be: with continue-on-error only those operations, for a change set (rolled
    /// back as a whole) the whole set; at most <see cref="DataverseClientOptions.MaxRetries"/> times, backing off.
    /// </summary>
    /// <param name="operations">The operations.</param>
    /// <param name="mode">One atomic change set, or independent parts with continue-on-error.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public async Task<IReadOnlyList<BatchItemResult>> ExecuteBatchAsync(IReadOnlyList<BatchOperation> operations, BatchMode mode, CancellationToken cancellationToken = default)
    {
        if (operations.Count is 0 or > 1000) throw new ArgumentOutOfRangeException(nameof(operations), "A $batch holds 1 to 1000 operations.");
        var results = await SendBatchAsync(operations, mode, cancellationToken).ConfigureAwait(false);
        for (var attempt = 0; attempt < Options.MaxRetries; attempt++)
        {
            var again = Enumerable.Range(0, results.Length).Where(i => IsThrottledOrTransient((System.Net.HttpStatusCode)results[i].Status)).ToList();
            if (again.Count == 0) break;
            var wait = TimeSpan.FromTicks(Math.Min(Options.RetryMaxDelay.Ticks, Options.RetryBaseDelay.Ticks << Math.Min(attempt, 20)));
            await Task.Delay(wait, _time, cancellationToken).ConfigureAwait(false);
            if (mode == BatchMode.ChangeSet)
            {
                results = await SendBatchAsync(operations, mode, cancellationToken).ConfigureAwait(false);
                continue;
            }
            var retried = await SendBatchAsync([.. again.Select(i => operations[i])], mode, cancellationToken).ConfigureAwait(false);
            for (var j = 0; j < again.Count; j++)
                results[again[j]] = retried[j] with { Index = again[j] };
        }
        return results;
    }

    private async Task<BatchItemResult[]> SendBatchAsync(IReadOnlyList<BatchOperation> operations, BatchMode mode, CancellationToken cancellationToken)
    {
        using var buffer = new PooledBuffer();
        var boundary = BatchRequestWriter.Write(buffer, operations, mode, Options.ServiceRoot);
        var request = new DataverseRequest(HttpMethod.Post, "$batch", buffer.Written, $"multipart/mixed; boundary={boundary}")
        {
            Headers = mode == BatchMode.ContinueOnError ? [new("Prefer", "odata.continue-on-error")] : [],
        };
        using var response = await SendRawAsync(request, cancellationToken).ConfigureAwait(false);
        var contentType = response.Content.Headers.ContentType?.ToString() ?? "";
        if (!contentType.StartsWith("multipart/mixed", StringComparison.OrdinalIgnoreCase))
            throw await ToExceptionAsync(response, cancellationToken).ConfigureAwait(false);
        var text = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
        var parsed = BatchResponseReader.Read(text, BatchResponseReader.BoundaryOf(contentType));
        var results = new BatchItemResult[operations.Count];
        for (var i = 0; i < results.Length; i++)
            results[i] = i < parsed.Count ? parsed[i] with { Index = i } : new BatchItemResult(i, 0, null, null, "Not run: an earlier operation in the batch failed.", "");
        // A failed change set reports only the failing part; the others rolled back with it.
        if (mode == BatchMode.ChangeSet && parsed.Count == 1 && operations.Count > 1 && !parsed[0].Succeeded)
        {
            for (var i = 0; i < results.Length; i++)
                results[i] = new BatchItemResult(i, parsed[0].Status, null, parsed[0].ErrorCode, parsed[0].ErrorMessage, parsed[0].Body);
        }
        return results;
    }
}
