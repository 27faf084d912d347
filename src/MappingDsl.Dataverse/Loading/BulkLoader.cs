using System.Collections.Concurrent;
using System.Text;
using System.Text.Json;
using MappingDsl.Dataverse.Batch;
using MappingDsl.Dataverse.Http;
using MappingDsl.Dataverse.Throughput;

namespace MappingDsl.Dataverse.Loading;

/// <summary>
/// Loads one table's records as idempotent upserts by the pack's source-id alternate key: <c>UpsertMultiple</c> in
/// batches, as many in flight as the throughput controller allows. When a bulk request is refused for a record's data,
/// the batch is resent as a <c>$batch</c> with continue-on-error, so one bad record costs only itself.
/// </summary>
/// <param name="client">The Dataverse client.</param>
/// <param name="controller">Batch size and concurrency policy (adaptive, or fixed for comparison).</param>
public sealed class BulkLoader(DataverseClient client, IThroughputController controller)
{
    /// <summary>Problem code for records that carry <see cref="TargetRecord.Problems"/> and were not sent.</summary>
    public const string ProblemsCode = "MappingDsl.Problems";

    /// <summary>Upserts every record and returns one result per record (order not guaranteed).</summary>
    /// <param name="options">The table and key column.</param>
    /// <param name="records">The records, all for that table.</param>
    /// <param name="cancellationToken">Cancels the load.</param>
    public async Task<IReadOnlyList<RecordLoadResult>> UpsertAsync(BulkLoadOptions options, IAsyncEnumerable<TargetRecord> records, CancellationToken cancellationToken = default)
    {
        var results = new ConcurrentQueue<RecordLoadResult>();
        if (client.DegreeOfParallelismHint == 0)
        {
            using var _ = await client.GetJsonAsync("WhoAmI", cancellationToken).ConfigureAwait(false);
        }
        controller.Start(client.DegreeOfParallelismHint);
        void OnThrottled(ThrottleEvent e) => controller.OnThrottled(e);
        client.Throttled += OnThrottled;
        try
        {
            var running = new List<Task>();
            var batch = new List<TargetRecord>();
            await foreach (var record in records.WithCancellation(cancellationToken).ConfigureAwait(false))
            {
                if (record.Problems.Count > 0)
                {
                    results.Enqueue(new RecordLoadResult(record.SourceKey, null, ProblemsCode, string.Join("; ", record.Problems)));
                    continue;
                }
                batch.Add(record);
                if (batch.Count < controller.BatchSize) continue;
                await StartAsync(batch).ConfigureAwait(false);
                batch = [];
            }
            if (batch.Count > 0) await StartAsync(batch).ConfigureAwait(false);
            await Task.WhenAll(running).ConfigureAwait(false);

            async Task StartAsync(List<TargetRecord> chunk)
            {
                while (running.Count >= controller.Concurrency)
                {
                    var done = await Task.WhenAny(running).ConfigureAwait(false);
                    running.Remove(done);
                    await done.ConfigureAwait(false);
                }
                running.Add(Task.Run(async () =>
                {
                    foreach (var r in await LoadBatchAsync(options, chunk, cancellationToken).ConfigureAwait(false)) results.Enqueue(r);
                    controller.OnCompleted(chunk.Count);
                }, cancellationToken));
            }
        }
        finally
        {
            client.Throttled -= OnThrottled;
        }
        return [.. results];
    }

    private async Task<IReadOnlyList<RecordLoadResult>> LoadBatchAsync(BulkLoadOptions options, List<TargetRecord> batch, CancellationToken cancellationToken)
    {
        var table = options.Table;
        var targets = batch.Select(r => new UpsertTarget(ODataLiteral.KeyAddress(table.EntitySetName, options.KeyColumn, SourceIdText.Encode(r.SourceKey)), r.Body)).ToList();
        try
        {
            await client.UpsertMultipleAsync(table, targets, cancellationToken).ConfigureAwait(false);
        }
        catch (DataverseException ex) when (!DataverseClient.IsThrottledOrTransient(ex.Status))
        {
            return await UpsertOneByOneAsync(options, batch, cancellationToken).ConfigureAwait(false);
        }
        catch (DataverseException ex)
        {
            return [.. batch.Select(r => new RecordLoadResult(r.SourceKey, null, ex.Code, ex.ErrorMessage))];
        }
        catch (HttpRequestException ex)
        {
            // Retries are exhausted; the batch may or may not have landed, and a rerun upserts it either way.
            return [.. batch.Select(r => new RecordLoadResult(r.SourceKey, null, "MappingDsl.Connection", ex.Message))];
        }
        if (!options.ResolveIds) return [.. batch.Select(r => new RecordLoadResult(r.SourceKey, Guid.Empty, null, null))];
        Dictionary<string, Guid> ids;
        try
        {
            ids = await ResolveIdsAsync(options, batch, cancellationToken).ConfigureAwait(false);
        }
        catch (DataverseException ex)
        {
            // The records are in; only their ids are unknown. A rerun (an idempotent upsert) resolves them.
            return [.. batch.Select(r => new RecordLoadResult(r.SourceKey, null, ex.Code, "Upserted, but its id could not be read back: " + ex.ErrorMessage))];
        }
        return [.. batch.Select(r => ids.TryGetValue(r.SourceKey, out var id)
            ? new RecordLoadResult(r.SourceKey, id, null, null)
            : new RecordLoadResult(r.SourceKey, null, "MappingDsl.NotFound", "The record was upserted but could not be read back by its key."))];
    }

    private async Task<IReadOnlyList<RecordLoadResult>> UpsertOneByOneAsync(BulkLoadOptions options, List<TargetRecord> batch, CancellationToken cancellationToken)
    {
        var table = options.Table;
        var operations = batch.Select(r => new BatchOperation(HttpMethod.Patch,
            ODataLiteral.KeyAddress(table.EntitySetName, options.KeyColumn, SourceIdText.Encode(r.SourceKey)) + "?$select=" + table.PrimaryId, r.Body)
        {
            Headers = [new("Prefer", "return=representation")],
        }).ToList();
        IReadOnlyList<BatchItemResult> results;
        try
        {
            results = await client.ExecuteBatchAsync(operations, BatchMode.ContinueOnError, cancellationToken).ConfigureAwait(false);
        }
        catch (DataverseException ex)
        {
            return [.. batch.Select(r => new RecordLoadResult(r.SourceKey, null, ex.Code, ex.ErrorMessage))];
        }
        return [.. batch.Select((r, i) =>
        {
            var item = results[i];
            if (!item.Succeeded) return new RecordLoadResult(r.SourceKey, null, item.ErrorCode ?? "", item.ErrorMessage ?? $"HTTP {item.Status}");
            return new RecordLoadResult(r.SourceKey, item.EntityId ?? IdInBody(item.Body, table.PrimaryId) ?? Guid.Empty, null, null);
        })];
    }

    private async Task<Dictionary<string, Guid>> ResolveIdsAsync(BulkLoadOptions options, List<TargetRecord> batch, CancellationToken cancellationToken)
    {
        // The key list can exceed what a GET URL may carry, but a GET inside $batch may be 64 KB long: one request.
        var table = options.Table;
        var operations = batch.Chunk(250).Select(chunk =>
        {
            var values = string.Join(',', chunk.Select(r => ODataLiteral.Quote(SourceIdText.Encode(r.SourceKey))));
            var filter = $"Microsoft.Dynamics.CRM.In(PropertyName='{options.KeyColumn}',PropertyValues=[{values}])";
            return new BatchOperation(HttpMethod.Get, $"{table.EntitySetName}?$select={table.PrimaryId},{options.KeyColumn}&$filter={Uri.EscapeDataString(filter)}");
        }).ToList();
        var ids = new Dictionary<string, Guid>(StringComparer.Ordinal);
        var results = await client.ExecuteBatchAsync(operations, BatchMode.ContinueOnError, cancellationToken).ConfigureAwait(false);
        foreach (var result in results.Where(r => r.Succeeded && r.Body.Length > 0))
        {
            using var doc = JsonDocument.Parse(result.Body);
            foreach (var row in doc.RootElement.GetProperty("value").EnumerateArray())
            {
                if (row.TryGetProperty(options.KeyColumn, out var key) && key.GetString() is { } k
                    && row.TryGetProperty(table.PrimaryId, out var id) && id.TryGetGuid(out var g))
                    ids[SourceIdText.Decode(k)] = g;
            }
        }
        return ids;
    }

    private static Guid? IdInBody(string body, string primaryId)
    {
        if (body.Length == 0) return null;
        using var doc = JsonDocument.Parse(Encoding.UTF8.GetBytes(body));
        return doc.RootElement.TryGetProperty(primaryId, out var id) && id.TryGetGuid(out var g) ? g : null;
    }
}
