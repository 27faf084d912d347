using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using MappingDsl.Emulators.Dataverse.Metadata;
using MappingDsl.Emulators.Dataverse.Protocol;
using MappingDsl.Emulators.Dataverse.Query;

namespace MappingDsl.Emulators.Dataverse.Handlers;

/// <summary>Retrieve and RetrieveMultiple: <c>$select</c>, <c>$filter</c>, <c>$orderby</c>, <c>$top</c>, <c>$count</c>, <c>$expand</c> and server-driven paging.</summary>
internal sealed partial class QueryHandler(RecordService records, DataverseEmulatorOptions options)
{
    public EmulatorResponse Retrieve(EntityModel entity, string key, EmulatorRequest request, Uri serviceRoot)
    {
        var select = Select(entity, request.QueryValue("$select"));
        var expand = Expansion.Parse(entity, request.QueryValue("$expand"), records.Catalog);
        var id = records.Find(entity, key) ?? throw EmulatorError.DoesNotExist(entity.LogicalName, ODataPath.TryGuid(key, out var g) ? g : Guid.Empty);
        var record = records.Store.Get(entity.LogicalName, id)!;
        var result = Project(entity, record, select);
        expand.Apply(record, result, records);
        result.Insert(0, "@odata.context", $"{serviceRoot}$metadata#{entity.EntitySetName}/$entity");
        return EmulatorResponse.Json(200, result);
    }

    /// <summary>The most rows one page and one count hold.</summary>
    public const int MaxPageSize = 5000;

    private const int MaxCount = 5000;

    /// <summary><c>GET set/$count</c>: the number of rows (up to 5 000) as plain text.</summary>
    public EmulatorResponse Count(EntityModel entity, EmulatorRequest request)
    {
        var predicate = request.QueryValue("$filter") is { Length: > 0 } filter ? FilterParser.Parse(filter, name => IsProperty(entity, name)) : null;
        return EmulatorResponse.Text(200, CountMatching(entity, predicate).ToString(CultureInfo.InvariantCulture));
    }

    public EmulatorResponse RetrieveMultiple(EntityModel entity, EmulatorRequest request, Uri serviceRoot)
    {
        if (request.QueryValue("fetchXml") is { } fetchXml) return FetchXmlQuery.Execute(entity, fetchXml, request, records, serviceRoot);
        var select = Select(entity, request.QueryValue("$select"));
        var expand = Expansion.Parse(entity, request.QueryValue("$expand"), records.Catalog);
        var filter = request.QueryValue("$filter");
        var predicate = filter is { Length: > 0 } ? FilterParser.Parse(filter, name => IsProperty(entity, name)) : null;
        // A page holds at most 5 000 rows whatever the client prefers (webapi/query/page-results: "you can specify a max
        // page size up to 5,000. Max page size requests larger than 5,000 are ignored"); an honoured preference is
        // echoed in Preference-Applied, as the page's example response shows.
        var preferred = PageSize(request.Header("Prefer")) is { } asked && asked <= MaxPageSize ? asked : (int?)null;
        var pageSize = Math.Min(preferred ?? options.DefaultPageSize, MaxPageSize);
        var token = request.QueryValue("$skiptoken");
        var counted = string.Equals(request.QueryValue("$count"), "true", StringComparison.OrdinalIgnoreCase);
        var orderBy = request.QueryValue("$orderby");
        int? top = request.QueryValue("$top") is { } topText && int.TryParse(topText, NumberStyles.Integer, CultureInfo.InvariantCulture, out var topCount) ? topCount : null;
        var indexed = IndexedRows(entity, filter);
        var (page, count, next) = indexed is null && orderBy is not { Length: > 0 } && top is null
            ? TablePage(entity, predicate, token, pageSize, counted)
            : SortedPage(entity, indexed, predicate, orderBy, top, token, pageSize);
        var result = new JsonObject { ["@odata.context"] = $"{serviceRoot}$metadata#{entity.EntitySetName}" };
        // The rows matching the filter, up to 5 000, irrespective of the page size (webapi/query/count-rows).
        if (counted) result["@odata.count"] = count;
        result["value"] = new JsonArray([.. page.Select(r =>
        {
            var row = Project(entity, r, select);
            expand.Apply(r, row, records);
            return (JsonNode)row;
        })]);
        if (next is not null)
        {
            var query = request.Query.Where(q => !q.Key.Equals("$skiptoken", StringComparison.OrdinalIgnoreCase))
                .Select(q => Uri.EscapeDataString(q.Key) + "=" + Uri.EscapeDataString(q.Value))
                .Append("$skiptoken=" + next);
            result["@odata.nextLink"] = $"{serviceRoot}{entity.EntitySetName}?{string.Join('&', query)}";
        }
        var response = EmulatorResponse.Json(200, result);
        return preferred is { } applied ? response.WithHeader("Preference-Applied", "odata.maxpagesize=" + applied.ToString(CultureInfo.InvariantCulture)) : response;
    }

    /// <summary>
    /// A page in the store's row order (no <c>$orderby</c>, <c>$top</c> or key filter): the skip token is the position of
    /// the previous page's last row, so a page reads from there through the store's order index and parses only the rows
    /// it looks at; paging a million-row table costs one page's work a page, not the table's (an offset would re-read
    /// and re-parse every row before it). One matching row past the page is looked at, so the last page has no next link.
    /// </summary>
    private (List<JsonObject> Page, int Count, string? Next) TablePage(EntityModel entity, Func<JsonObject, bool>? predicate, string? token, int pageSize, bool counted)
    {
        var after = long.TryParse(token, NumberStyles.Integer, CultureInfo.InvariantCulture, out var position) ? position : 0;
        var page = new List<JsonObject>(Math.Min(pageSize, 1024));
        var last = after;
        string? next = null;
        foreach (var (at, record) in Matching(entity, predicate, after, pageSize + 1))
        {
            if (page.Count == pageSize)
            {
                next = last.ToString(CultureInfo.InvariantCulture);
                break;
            }
            page.Add(record);
            last = at;
        }
        return (page, counted ? CountMatching(entity, predicate) : 0, next);
    }

    /// <summary>Rows sorted by <c>$orderby</c>, cut by <c>$top</c>, or read through a key: all matching rows are gathered, and the skip token is an offset.</summary>
    private (List<JsonObject> Page, int Count, string? Next) SortedPage(
        EntityModel entity, List<JsonObject>? indexed, Func<JsonObject, bool>? predicate, string? orderBy, int? top, string? token, int pageSize)
    {
        IEnumerable<JsonObject> rows = indexed ?? Matching(entity, null, 0, MaxPageSize).Select(r => r.Record);
        if (predicate is not null) rows = rows.Where(predicate);
        if (orderBy is { Length: > 0 }) rows = Order(entity, rows, orderBy);
        var all = rows.ToList();
        if (top is { } topCount) all = [.. all.Take(topCount)];
        var skip = int.TryParse(token, NumberStyles.Integer, CultureInfo.InvariantCulture, out var s) ? s : 0;
        var next = skip + pageSize < all.Count ? (skip + pageSize).ToString(CultureInfo.InvariantCulture) : null;
        return ([.. all.Skip(skip).Take(pageSize)], Math.Min(all.Count, MaxCount), next);
    }

    /// <summary>The rows of <paramref name="entity"/> after <paramref name="after"/> that match, in store order, read <paramref name="chunk"/> at a time.</summary>
    private IEnumerable<(long Position, JsonObject Record)> Matching(EntityModel entity, Func<JsonObject, bool>? predicate, long after, int chunk) =>
        records.Store.Scan(entity.LogicalName, after, chunk).Where(r => predicate is null || predicate(r.Record));

    /// <summary>The rows matching <paramref name="predicate"/>, counted up to 5 000 (the most a count reports), reading no further.</summary>
    private int CountMatching(EntityModel entity, Func<JsonObject, bool>? predicate) =>
        predicate is null
            ? Math.Min(records.Store.Count(entity.LogicalName), MaxCount)
            : Matching(entity, predicate, 0, MaxPageSize).Take(MaxCount).Count();

    /// <summary>
    /// A filter that only tests a single-column alternate key (<c>In</c> or <c>eq</c>) reads the candidate rows through
    /// the key index instead of scanning the table; the full filter still runs on them.
    /// </summary>
    private List<JsonObject>? IndexedRows(EntityModel entity, string? filter)
    {
        if (filter is null) return null;
        var match = KeyFilter().Match(filter);
        if (!match.Success) return null;
        var column = match.Groups["in"].Success ? match.Groups["in"].Value : match.Groups["eq"].Value;
        var key = entity.Keys.FirstOrDefault(k => k.Columns.Count == 1 && k.Columns[0] == column);
        if (key is null) return null;
        var list = match.Groups["in"].Success ? match.Groups["values"].Value : match.Groups["value"].Value;
        var values = QuotedValue().Matches(list).Select(m => m.Groups[1].Value.Replace("''", "'", StringComparison.Ordinal));
        var normalized = values.Distinct(StringComparer.Ordinal).Select(KeyText.Normalize).ToList();
        var rows = new List<JsonObject>();
        if (normalized.Count == 0) return rows;
        var ids = records.Store.FindByKeys(entity.LogicalName, key.LogicalName, normalized);
        foreach (var value in normalized)
        {
            if (ids.TryGetValue(value, out var id) && records.Store.Get(entity.LogicalName, id) is { } row) rows.Add(row);
        }
        return rows;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^\s*(?:Microsoft\.Dynamics\.CRM\.In\(PropertyName='(?<in>\w+)',\s*PropertyValues=\[(?<values>(?:'(?:[^']|'')*'\s*,?\s*)*)\]\)|(?<eq>\w+) eq (?<value>'(?:[^']|'')*'))\s*$")]
    private static partial System.Text.RegularExpressions.Regex KeyFilter();

    [System.Text.RegularExpressions.GeneratedRegex("'((?:[^']|'')*)'")]
    private static partial System.Text.RegularExpressions.Regex QuotedValue();

    public static JsonObject Project(EntityModel entity, JsonObject record, IReadOnlyList<string>? select)
    {
        var result = new JsonObject();
        foreach (var (name, value) in record)
        {
            var baseName = name.Split('@')[0];
            // A collection-valued navigation property (an activity's parties) comes only through $expand.
            if (ActivityParties.IsPartyCollection(entity, baseName)) continue;
            if (select is null || select.Contains(baseName) || baseName == entity.PrimaryId) result[name] = value?.DeepClone();
        }
        return result;
    }

    private static List<string>? Select(EntityModel entity, string? select)
    {
        if (string.IsNullOrWhiteSpace(select)) return null;
        var names = select.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();
        foreach (var name in names)
        {
            if (!IsProperty(entity, name)) throw EmulatorError.UnknownSelect(name, entity.LogicalName);
        }
        return names;
    }

    /// <summary>Whether <paramref name="name"/> is a column of the table (a lookup only as <c>_x_value</c>).</summary>
    public static bool IsProperty(EntityModel entity, string name)
    {
        if (name.StartsWith('_') && name.EndsWith("_value", StringComparison.Ordinal))
            return entity.Attribute(name[1..^"_value".Length]) is { IsLookup: true };
        return entity.Attribute(name) is { IsLookup: false };
    }

    private static IEnumerable<JsonObject> Order(EntityModel entity, IEnumerable<JsonObject> rows, string orderBy)
    {
        IOrderedEnumerable<JsonObject>? ordered = null;
        foreach (var clause in orderBy.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var parts = clause.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var name = parts[0];
            if (!IsProperty(entity, name)) throw EmulatorError.UnknownSelect(name, entity.LogicalName);
            var descending = parts.Length > 1 && parts[1].Equals("desc", StringComparison.OrdinalIgnoreCase);
            Func<JsonObject, string> key = r => SortKey(r[name]);
            ordered = ordered is null
                ? descending ? rows.OrderByDescending(key, StringComparer.OrdinalIgnoreCase) : rows.OrderBy(key, StringComparer.OrdinalIgnoreCase)
                : descending ? ordered.ThenByDescending(key, StringComparer.OrdinalIgnoreCase) : ordered.ThenBy(key, StringComparer.OrdinalIgnoreCase);
        }
        return ordered ?? rows;
    }

    private static string SortKey(JsonNode? value) => value switch
    {
        null => "",
        JsonValue v when v.GetValueKind() == JsonValueKind.Number => v.GetValue<double>().ToString("000000000000000.000000", CultureInfo.InvariantCulture),
        JsonValue v when v.GetValueKind() == JsonValueKind.String => v.GetValue<string>(),
        var other => other.ToJsonString(),
    };

    private static int? PageSize(string? prefer)
    {
        if (prefer is null) return null;
        foreach (var part in prefer.Split(',', StringSplitOptions.TrimEntries))
        {
            if (part.StartsWith("odata.maxpagesize=", StringComparison.OrdinalIgnoreCase)
                && int.TryParse(part["odata.maxpagesize=".Length..], NumberStyles.Integer, CultureInfo.InvariantCulture, out var size) && size > 0)
                return size;
        }
        return null;
    }
}
