using System.Text.Json.Nodes;
using MappingDsl.Emulators.Dataverse.Protocol;

namespace MappingDsl.Emulators.Dataverse.Handlers;

/// <summary>Unbound actions and functions: <c>WhoAmI</c>, <c>WinOpportunity</c>, <c>LoseOpportunity</c>, <c>PublishXml</c>, <c>PublishAllXml</c>.</summary>
internal sealed class ActionHandler(RecordService records, DataverseEmulatorOptions options)
{
    public static readonly Guid BusinessUnitId = new("b0000000-0000-0000-0000-000000000001");
    public static readonly Guid OrganizationId = new("c0000000-0000-0000-0000-000000000001");

    public EmulatorResponse? TryExecute(string name, EmulatorRequest request)
    {
        switch (name)
        {
            case "WhoAmI" when request.Method == "GET":
                return EmulatorResponse.Json(200, new JsonObject
                {
                    ["BusinessUnitId"] = BusinessUnitId.ToString(),
                    ["UserId"] = options.CallerId.ToString(),
                    ["OrganizationId"] = OrganizationId.ToString(),
                });
            case "PublishXml" or "PublishAllXml" when request.Method == "POST":
                return EmulatorResponse.NoContent();
            case "WinOpportunity" or "LoseOpportunity" when request.Method == "POST":
                return CloseOpportunity(name == "WinOpportunity", request);
            default:
                return null;
        }
    }

    private EmulatorResponse CloseOpportunity(bool won, EmulatorRequest request)
    {
        var body = JsonNode.Parse(request.Body.Span) as JsonObject ?? throw EmulatorError.BadRequest("The request body must be a JSON object.");
        var status = (int?)body["Status"] ?? throw EmulatorError.BadRequest("The Status parameter is missing.");
        var close = body["OpportunityClose"] as JsonObject ?? throw EmulatorError.BadRequest("The OpportunityClose parameter is missing.");
        var reference = (string?)close["opportunityid@odata.bind"] is { } bind ? ODataPath.Reference(bind) : null;
        if (reference is null) throw EmulatorError.BadRequest("OpportunityClose must bind opportunityid.");
        var opportunity = records.EntityForSet(reference.Value.Set);
        var id = records.Find(opportunity, reference.Value.Key) ?? throw EmulatorError.DoesNotExist("opportunity", Guid.Empty);
        // WinOpportunity / LoseOpportunity close an open opportunity; a closed one must be reopened first.
        if (records.Store.Get("opportunity", id)?["statecode"] is System.Text.Json.Nodes.JsonValue state && state.TryGetValue<int>(out var current) && current != 0)
            throw EmulatorError.ClosedRecord("opportunity", id);
        var validStatus = won ? status == 3 : status is 4 or 5;
        if (!validStatus) throw EmulatorError.BadRequest($"{status} is not a valid status code for state code OpportunityState.{(won ? "Won" : "Lost")}.");
        records.SetState(opportunity, id, won ? 1 : 2, status);
        if (records.Catalog.ByLogicalName("opportunityclose") is { } closeEntity) records.Create(closeEntity, close);
        return EmulatorResponse.NoContent() with { Work = 1 };
    }
}
