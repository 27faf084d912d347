using System.Text.Json.Nodes;
using MappingDsl.Emulators.Dataverse.Protocol;
using MappingDsl.Emulators.Dataverse.Query;

namespace MappingDsl.Emulators.Dataverse.Handlers;

/// <summary>
/// <c>$filter</c> and <c>$select</c> on metadata collections (<c>EntityDefinitions</c>, <c>…/Attributes</c>, <c>…/Keys</c>,
/// <c>…/ManyToOneRelationships</c>), as query-metadata-web-api describes them: "You can use any of the EntityMetadata
/// properties with <c>$select</c> … and you can use <c>$filter</c> on any properties which use primitive or enumeration
/// values"; "The <c>MetadataId</c> property value is always returned"; "There is no paging. All matching resources will
/// be returned in the first response." The relationship collections "can be queried just like the Attributes
/// collection-valued navigation property" (same page). A <c>$select</c> of a property the type does not have is not
/// refused here (an org would refuse it; UNCONFIRMED which code), because the snapshot's definitions carry the
/// properties of every derived type side by side.
/// </summary>
internal static class MetadataQuery
{
    // Expanded navigation properties stay whatever $select names: they were asked for with $expand.
    private static readonly HashSet<string> Navigations = new(StringComparer.Ordinal) { "Attributes", "Keys", "ManyToOneRelationships" };

    /// <summary>The items <c>$filter</c> keeps, in their order.</summary>
    public static IEnumerable<JsonObject> Filter(IEnumerable<JsonObject> items, EmulatorRequest request) =>
        request.QueryValue("$filter") is { Length: > 0 } filter ? items.Where(FilterParser.Parse(filter, _ => true)) : items;

    /// <summary>The item with only the <c>$select</c>ed properties, <c>MetadataId</c>, annotations and expanded collections.</summary>
    public static JsonObject Select(JsonObject item, EmulatorRequest request)
    {
        if (request.QueryValue("$select") is not { Length: > 0 } select) return item;
        var wanted = select.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.Ordinal);
        foreach (var name in item.Select(p => p.Key).ToList())
        {
            if (!wanted.Contains(name) && name != "MetadataId" && !name.StartsWith('@') && !Navigations.Contains(name)) item.Remove(name);
        }
        return item;
    }

    /// <summary>A collection answer: filtered, each item selected, no paging.</summary>
    public static EmulatorResponse Collection(IEnumerable<JsonObject> items, EmulatorRequest request, string? context = null)
    {
        var result = new JsonObject();
        if (context is not null) result["@odata.context"] = context;
        result["value"] = new JsonArray([.. Filter(items, request).Select(i => (JsonNode)Select(i, request))]);
        return EmulatorResponse.Json(200, result);
    }
}
