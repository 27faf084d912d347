using System.Text.Json;
using System.Text.Json.Nodes;
using MappingDsl.Emulators.Dataverse.Protocol;
using MappingDsl.Emulators.Dataverse.Query;

namespace MappingDsl.Emulators.Dataverse.Handlers;

/// <summary>
/// <c>$filter</c>, <c>$orderby</c> and <c>$select</c> on metadata collections (<c>EntityDefinitions</c>, <c>…/Attributes</c>, <c>…/Keys</c>,
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

    /// <summary>A collection answer: filtered, ordered, each item selected, no paging.</summary>
    public static EmulatorResponse Collection(IEnumerable<JsonObject> items, EmulatorRequest request, string? context = null)
    {
        var result = new JsonObject();
        if (context is not null) result["@odata.context"] = context;
        result["value"] = new JsonArray([.. Order(Filter(items, request), i => i, request).Select(i => (JsonNode)Select(i, request))]);
        return EmulatorResponse.Json(200, result);
    }

    /// <summary>
    /// <c>$orderby</c>: property paths (<c>LogicalName</c>, <c>RequiredLevel/Value</c>) each <c>asc</c> (default) or
    /// <c>desc</c>, in turn. Metadata is queried "using the same techniques described in Query data" (query-metadata-web-
    /// api), which orders with <c>$orderby</c>; that an org honours it on metadata collections is UNCONFIRMED (the page
    /// names only the variations for <c>$select</c>, <c>$filter</c> and paging). Strings compare ordinally ignoring case,
    /// numbers by value, missing values first.
    /// </summary>
    /// <param name="items">The items, already filtered.</param>
    /// <param name="view">The properties an item is ordered by.</param>
    /// <param name="request">The request.</param>
    public static IEnumerable<T> Order<T>(IEnumerable<T> items, Func<T, JsonObject> view, EmulatorRequest request)
    {
        if (request.QueryValue("$orderby") is not { Length: > 0 } orderBy) return items;
        IOrderedEnumerable<T>? ordered = null;
        foreach (var clause in orderBy.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var parts = clause.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length > 2 || (parts.Length == 2 && parts[1] is not ("asc" or "desc")))
                throw EmulatorError.BadRequest($"The $orderby clause '{clause}' is not a property path followed by asc or desc.");
            var path = parts[0].Split('/');
            var descending = parts.Length == 2 && parts[1] == "desc";
            Func<T, JsonNode?> key = item => path.Aggregate((JsonNode?)view(item), (node, name) => node is JsonObject o ? o[name] : null);
            ordered = ordered is null
                ? descending ? items.OrderByDescending(key, Comparer) : items.OrderBy(key, Comparer)
                : descending ? ordered.ThenByDescending(key, Comparer) : ordered.ThenBy(key, Comparer);
        }
        return ordered ?? items;
    }

    private static readonly Comparer<JsonNode?> Comparer = Comparer<JsonNode?>.Create(static (a, b) => (a, b) switch
    {
        (null, null) => 0,
        (null, _) => -1,
        (_, null) => 1,
        (JsonValue x, JsonValue y) when x.GetValueKind() == JsonValueKind.Number && y.GetValueKind() == JsonValueKind.Number =>
            x.GetValue<double>().CompareTo(y.GetValue<double>()),
        (JsonValue x, JsonValue y) when x.GetValueKind() == JsonValueKind.String && y.GetValueKind() == JsonValueKind.String =>
            StringComparer.OrdinalIgnoreCase.Compare(x.GetValue<string>(), y.GetValue<string>()),
        _ => StringComparer.Ordinal.Compare(a.ToJsonString(), b.ToJsonString()),
    });
}
