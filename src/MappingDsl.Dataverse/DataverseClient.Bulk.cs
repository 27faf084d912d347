using System.Text.Json;
using MappingDsl.Dataverse.Http;

namespace MappingDsl.Dataverse;

public sealed partial class DataverseClient
{
    /// <summary>Creates records with <c>CreateMultiple</c> (all or nothing on standard tables) and returns their ids in order.</summary>
    /// <param name="table">The table.</param>
    /// <param name="bodies">The records' JSON objects.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public async Task<IReadOnlyList<Guid>> CreateMultipleAsync(TableInfo table, IReadOnlyList<ReadOnlyMemory<byte>> bodies, CancellationToken cancellationToken = default)
    {
        using var buffer = new PooledBuffer(EstimateSize(bodies.Sum(b => b.Length), bodies.Count));
        WriteTargets(buffer, table, bodies.Select(b => new UpsertTarget(null, b)));
        using var response = await SendAsync(new DataverseRequest(HttpMethod.Post, table.EntitySetName + "/Microsoft.Dynamics.CRM.CreateMultiple", buffer.Written), cancellationToken).ConfigureAwait(false);
        using var doc = await JsonDocument.ParseAsync(await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false), cancellationToken: cancellationToken).ConfigureAwait(false);
        return [.. doc.RootElement.GetProperty("Ids").EnumerateArray().Select(e => e.GetGuid())];
    }

    /// <summary>Updates records with <c>UpdateMultiple</c>; each body must carry the primary id column.</summary>
    /// <param name="table">The table.</param>
    /// <param name="bodies">The records' JSON objects.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public async Task UpdateMultipleAsync(TableInfo table, IReadOnlyList<ReadOnlyMemory<byte>> bodies, CancellationToken cancellationToken = default)
    {
        using var buffer = new PooledBuffer(EstimateSize(bodies.Sum(b => b.Length), bodies.Count));
        WriteTargets(buffer, table, bodies.Select(b => new UpsertTarget(null, b)));
        using var _ = await SendAsync(new DataverseRequest(HttpMethod.Post, table.EntitySetName + "/Microsoft.Dynamics.CRM.UpdateMultiple", buffer.Written), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Upserts records with <c>UpsertMultiple</c> (all or nothing on standard tables; no ids are returned).</summary>
    /// <param name="table">The table.</param>
    /// <param name="targets">The targets.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public async Task UpsertMultipleAsync(TableInfo table, IReadOnlyList<UpsertTarget> targets, CancellationToken cancellationToken = default)
    {
        using var buffer = new PooledBuffer(EstimateSize(targets.Sum(t => t.Body.Length), targets.Count));
        WriteTargets(buffer, table, targets);
        using var _ = await SendAsync(new DataverseRequest(HttpMethod.Post, table.EntitySetName + "/Microsoft.Dynamics.CRM.UpsertMultiple", buffer.Written), cancellationToken).ConfigureAwait(false);
    }

    private static int EstimateSize(int bodies, int count) => bodies + (count * 96) + 32;

    private static void WriteTargets(PooledBuffer buffer, TableInfo table, IEnumerable<UpsertTarget> targets)
    {
        var type = "Microsoft.Dynamics.CRM." + table.LogicalName;
        buffer.Write("{\"Targets\":[");
        var first = true;
        foreach (var target in targets)
        {
            if (!first) buffer.Write(",");
            BodyComposer.WriteWithAnnotations(buffer, target.Body.Span, type, target.ODataId);
            first = false;
        }
        buffer.Write("]}");
    }
}
