using System.Globalization;
using System.Text.Json.Nodes;
using System.Xml;
using System.Xml.Linq;
using MappingDsl.Emulators.Dataverse.Handlers;
using MappingDsl.Emulators.Dataverse.Metadata;
using MappingDsl.Emulators.Dataverse.Protocol;

namespace MappingDsl.Emulators.Dataverse.Query;

/// <summary>
/// <c>GET &lt;entityset&gt;?fetchXml=&lt;url-encoded&gt;</c> (webapi/use-fetchxml-web-api): one <c>entity</c> with
/// <c>attribute</c>, <c>all-attributes</c>, <c>order</c> and nested <c>filter type="and|or"</c> of <c>condition</c>s;
/// simple paging with the fetch element's <c>page</c> and <c>count</c>, and <c>top</c>. As documented, properties
/// whose value is null are left out of each row, and <c>@Microsoft.Dynamics.CRM.morerecords</c> says another page
/// exists when the request prefers <c>odata.include-annotations</c>. <c>link-entity</c>, aggregates and paging cookies
/// are not implemented and are refused as such.
/// </summary>
internal static class FetchXmlQuery
{
    private const int MaxCount = 5000;

    public static EmulatorResponse Execute(EntityModel entity, string fetchXml, EmulatorRequest request, RecordService records, Uri serviceRoot)
    {
        XDocument document;
        try
        {
            // XDocument.Parse refuses DTDs, so a query cannot expand entities.
            document = XDocument.Parse(fetchXml);
        }
        catch (XmlException ex)
        {
            throw FetchXmlErrors.InvalidXml(ex.Message);
        }
        var fetch = document.Root is { Name.LocalName: "fetch" } root ? root : throw FetchXmlErrors.InvalidXml("The root element must be fetch.");
        if (fetch.Attribute("aggregate") is { Value: "true" }) throw FetchXmlErrors.NotImplemented("aggregation");
        if (fetch.Attribute("paging-cookie") is { Value.Length: > 0 }) throw FetchXmlErrors.NotImplemented("paging cookies");
        var entities = fetch.Elements().ToList();
        if (entities.Count != 1 || entities[0].Name.LocalName != "entity") throw FetchXmlErrors.InvalidXml("The fetch element must hold exactly one entity element.");
        var table = (string?)entities[0].Attribute("name") ?? throw FetchXmlErrors.NoEntityName();
        if (table != entity.LogicalName) throw FetchXmlErrors.OtherEntity(table, entity.EntitySetName);

        var columns = new List<string>();
        var all = false;
        var filters = new List<Func<JsonObject, bool>>();
        var orders = new List<(string Column, bool Descending)>();
        foreach (var child in entities[0].Elements())
        {
            switch (child.Name.LocalName)
            {
                case "attribute":
                    columns.Add(Column(entity, (string?)child.Attribute("name")));
                    break;
                case "all-attributes":
                    all = true;
                    break;
                case "order":
                    orders.Add((Column(entity, (string?)child.Attribute("attribute")), (string?)child.Attribute("descending") == "true"));
                    break;
                case "filter":
                    filters.Add(Filter(entity, child));
                    break;
                case "link-entity":
                    throw FetchXmlErrors.NotImplemented("link-entity");
                default:
                    throw FetchXmlErrors.InvalidXml($"The element '{child.Name.LocalName}' is not valid in entity.");
            }
        }

        var rows = records.Store.Scan(entity.LogicalName).Select(r => r.Record).Where(r => filters.All(f => f(r)));
        rows = Order(entity, rows, orders);
        if (Number(fetch, "top") is { } top) rows = rows.Take(top);
        var matched = rows.ToList();
        var count = Math.Min(Number(fetch, "count") ?? MaxCount, MaxCount);
        var page = Math.Max(Number(fetch, "page") ?? 1, 1);
        // No attribute element is the same as all-attributes (fetchxml/reference: all-attributes "is the same as not
        // adding any attribute elements").
        all |= columns.Count == 0;
        var slice = matched.Skip((page - 1) * count).Take(count).Select(r => (JsonNode)Project(entity, r, all ? null : columns)).ToArray();

        var selected = all ? "" : "(" + string.Join(',', columns.Append(entity.PrimaryId).Distinct(StringComparer.Ordinal)) + ")";
        var result = new JsonObject { ["@odata.context"] = $"{serviceRoot}$metadata#{entity.EntitySetName}{selected}" };
        // $count=true alongside fetchXml, as the page's paging example sends it: the matching rows, up to 5 000.
        if (string.Equals(request.QueryValue("$count"), "true", StringComparison.OrdinalIgnoreCase)) result["@odata.count"] = Math.Min(matched.Count, MaxCount);
        if (matched.Count > page * count && request.Prefers("odata.include-annotations")) result["@Microsoft.Dynamics.CRM.morerecords"] = true;
        result["value"] = new JsonArray(slice);
        return EmulatorResponse.Json(200, result);
    }

    private static Func<JsonObject, bool> Filter(EntityModel entity, XElement filter)
    {
        var type = (string?)filter.Attribute("type") ?? "and";
        if (type is not ("and" or "or")) throw FetchXmlErrors.InvalidXml($"The filter type '{type}' is not and or or.");
        var parts = filter.Elements().Select(e => e.Name.LocalName switch
        {
            "condition" => FetchXmlCondition.Parse(entity, e),
            "filter" => Filter(entity, e),
            var other => throw FetchXmlErrors.InvalidXml($"The element '{other}' is not valid in filter."),
        }).ToList();
        return type == "and" ? row => parts.All(p => p(row)) : row => parts.Any(p => p(row));
    }

    private static string Column(EntityModel entity, string? name)
    {
        if (name is null) throw FetchXmlErrors.InvalidXml("An attribute or order element has no name.");
        return entity.Attribute(name) is not null ? name : throw FetchXmlErrors.NoAttribute(entity.LogicalName, name);
    }

    private static IEnumerable<JsonObject> Order(EntityModel entity, IEnumerable<JsonObject> rows, List<(string Column, bool Descending)> orders)
    {
        IOrderedEnumerable<JsonObject>? ordered = null;
        foreach (var (column, descending) in orders)
        {
            var stored = Stored(entity, column);
            Func<JsonObject, string> key = r => r[stored] is JsonValue v ? v.ToString() : "";
            ordered = ordered is null
                ? descending ? rows.OrderByDescending(key, StringComparer.OrdinalIgnoreCase) : rows.OrderBy(key, StringComparer.OrdinalIgnoreCase)
                : descending ? ordered.ThenByDescending(key, StringComparer.OrdinalIgnoreCase) : ordered.ThenBy(key, StringComparer.OrdinalIgnoreCase);
        }
        return ordered ?? rows;
    }

    // The selected columns and the primary key, without nulls ("data returned from FetchXML will not return properties
    // with null values"); a lookup comes back as _<name>_value.
    private static JsonObject Project(EntityModel entity, JsonObject row, List<string>? columns)
    {
        var result = new JsonObject();
        var names = columns is null ? entity.Attributes.Select(a => a.LogicalName) : columns.Append(entity.PrimaryId).Distinct(StringComparer.Ordinal);
        foreach (var name in names)
        {
            var stored = Stored(entity, name);
            if (row[stored] is JsonNode value) result[stored] = value.DeepClone();
        }
        return result;
    }

    private static string Stored(EntityModel entity, string column) => entity.Attribute(column) is { IsLookup: true } ? "_" + column + "_value" : column;

    private static int? Number(XElement fetch, string attribute) =>
        (string?)fetch.Attribute(attribute) is not { } text ? null
        : int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) && n > 0 ? n
        : throw FetchXmlErrors.InvalidXml($"The fetch attribute {attribute}='{text}' is not a positive whole number.");
}
