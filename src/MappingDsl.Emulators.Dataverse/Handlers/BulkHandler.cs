using System.Text.Json.Nodes;
using MappingDsl.Emulators.Dataverse.Metadata;
using MappingDsl.Emulators.Dataverse.Protocol;

namespace MappingDsl.Emulators.Dataverse.Handlers;

/// <summary>
/// <c>CreateMultiple</c>, <c>UpdateMultiple</c> and <c>UpsertMultiple</c>. On a standard table any failing target fails the
/// whole request; the dispatcher rolls the transaction back.
/// </summary>
internal sealed class BulkHandler(RecordService records)
{
    public EmulatorResponse Execute(EntityModel entity, string action, EmulatorRequest request, Uri serviceRoot)
    {
        var body = JsonNode.Parse(request.Body.Span) as JsonObject ?? throw EmulatorError.BadRequest("The request body must be a JSON object.");
        var targets = body["Targets"] as JsonArray ?? throw EmulatorError.BadRequest("The Targets parameter is missing.");
        var expectedType = "Microsoft.Dynamics.CRM." + entity.LogicalName;
        var items = targets.Select(t => t as JsonObject ?? throw EmulatorError.BadRequest("Each target must be a JSON object.")).ToList();
        foreach (var target in items)
        {
            var type = ((string?)target["@odata.type"])?.TrimStart('#');
            if (type != expectedType)
                throw EmulatorError.BadRequest($"Each item in Targets must have '@odata.type' set to '{expectedType}'.");
        }
        switch (action)
        {
            case "CreateMultiple":
                {
                    var ids = items.Select(t => (JsonNode)JsonValue.Create(records.Create(entity, t).ToString())).ToArray();
                    return EmulatorResponse.Json(200, new JsonObject
                    {
                        ["@odata.context"] = $"{serviceRoot}$metadata#Microsoft.Dynamics.CRM.CreateMultipleResponse",
                        ["Ids"] = new JsonArray(ids),
                    }) with
                    { Work = items.Count };
                }
            case "UpdateMultiple":
                foreach (var target in items)
                {
                    var id = target[entity.PrimaryId] is JsonValue v && Guid.TryParse(v.ToString(), out var g)
                        ? g
                        : throw EmulatorError.BadRequest($"Each target of UpdateMultiple must contain '{entity.PrimaryId}'.");
                    records.Update(entity, id, target);
                }
                return EmulatorResponse.NoContent() with { Work = items.Count };
            default:
                foreach (var target in items) Upsert(entity, target);
                return EmulatorResponse.NoContent() with { Work = items.Count };
        }
    }

    private void Upsert(EntityModel entity, JsonObject target)
    {
        if ((string?)target["@odata.id"] is { } address)
        {
            var reference = ODataPath.Reference(address) ?? throw EmulatorError.BadRequest($"'{address}' is not a record address.");
            if (reference.Set != entity.EntitySetName) throw EmulatorError.BadRequest($"'{address}' does not address a {entity.LogicalName}.");
            records.Upsert(entity, reference.Key, target, updateOnly: false, createOnly: false);
            return;
        }
        if (target[entity.PrimaryId] is JsonValue v && Guid.TryParse(v.ToString(), out var id))
        {
            records.Upsert(entity, id.ToString(), target, updateOnly: false, createOnly: false);
            return;
        }
        var key = entity.Keys.FirstOrDefault(k => k.Columns.All(c => RecordService.KeyPart(entity, target, c) is not null));
        if (key is not null)
        {
            var predicate = string.Join(',', key.Columns.Select(c => $"{c}='{RecordService.KeyPart(entity, target, c)!.Replace("'", "''", StringComparison.Ordinal)}'"));
            records.Upsert(entity, predicate, target, updateOnly: false, createOnly: false);
            return;
        }
        records.Create(entity, target);
    }
}
