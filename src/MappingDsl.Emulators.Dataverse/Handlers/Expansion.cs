using System.Text.Json;
using System.Text.Json.Nodes;
using MappingDsl.Emulators.Dataverse.Metadata;
using MappingDsl.Emulators.Dataverse.Protocol;

namespace MappingDsl.Emulators.Dataverse.Handlers;

/// <summary>
/// <c>$expand</c> on records (webapi/query/join-tables): a single-valued navigation property becomes the related record
/// (its <c>$select</c>ed columns) or <c>null</c> when the lookup is empty or points to another table of a polymorphic
/// lookup; an activity's party collection (<c>&lt;activity&gt;_activity_parties</c>, the collection-valued navigation
/// property a deep insert writes) becomes its parties. A name that is no navigation property of the table is refused
/// as Dataverse refuses it ("Could not find a property named …"). Inside an expand only <c>$select</c> is supported;
/// the other options the page lists (<c>$filter</c>, <c>$orderby</c>, <c>$top</c>, nested <c>$expand</c>) are refused
/// as not implemented by the emulator, and other collection-valued navigation properties are not served.
/// </summary>
internal sealed class Expansion
{
    private readonly List<Item> _items;

    private Expansion(List<Item> items) => _items = items;

    /// <summary>No expansion.</summary>
    public static Expansion None { get; } = new([]);

    /// <summary>Whether the party collection of the table is expanded (otherwise it is not returned at all).</summary>
    public bool Includes(string name) => _items.Any(i => i.Name == name);

    /// <summary>Reads and checks <c>$expand</c> against the table's navigation properties.</summary>
    public static Expansion Parse(EntityModel entity, string? expand, MetadataCatalog catalog)
    {
        if (string.IsNullOrWhiteSpace(expand)) return None;
        var items = new List<Item>();
        foreach (var (name, options) in Clauses(expand))
        {
            List<string>? select = null;
            foreach (var option in options.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            {
                var eq = option.IndexOf('=');
                var key = eq < 0 ? option : option[..eq].Trim();
                if (key != "$select" || eq < 0)
                    throw EmulatorError.BadRequest($"The emulator supports only $select inside $expand ('{option}' in '{name}').");
                select = [.. option[(eq + 1)..].Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)];
            }
            if (ActivityParties.IsPartyCollection(entity, name))
            {
                items.Add(new Item(name, select, null, null));
                continue;
            }
            if (!entity.TryNavigation(name, out var attribute, out var targets)) throw EmulatorError.UnknownSelect(name, entity.LogicalName);
            foreach (var column in select ?? [])
            {
                // A column must exist on the related table (on one of them, for owner: systemuser or team).
                var known = targets.Select(catalog.ByLogicalName).Any(t => t is not null && QueryHandler.IsProperty(t, column));
                if (!known) throw EmulatorError.UnknownSelect(column, string.Join("|", targets));
            }
            items.Add(new Item(name, select, attribute, targets));
        }
        return new Expansion(items);
    }

    /// <summary>Adds the expanded navigation properties of <paramref name="stored"/> to its projection.</summary>
    public void Apply(JsonObject stored, JsonObject result, RecordService records)
    {
        foreach (var item in _items)
        {
            if (item.Lookup is null)
            {
                var parties = stored[item.Name] as JsonArray ?? [];
                result[item.Name] = new JsonArray([.. parties.OfType<JsonObject>().Select(p => (JsonNode)Pick(p, item.Select))]);
                continue;
            }
            var field = "_" + item.Lookup.LogicalName + "_value";
            var table = (string?)stored[field + RecordService.LookupAnnotation];
            JsonNode? related = null;
            if (stored[field] is JsonValue v && v.GetValueKind() == JsonValueKind.String && Guid.TryParse(v.GetValue<string>(), out var id)
                && table is not null && item.Targets!.Contains(table) && records.Catalog.ByLogicalName(table) is { } target
                && records.Store.Get(table, id) is { } row)
            {
                related = QueryHandler.Project(target, row, item.Select);
            }
            result[item.Name] = related;
        }
    }

    private static JsonObject Pick(JsonObject party, List<string>? select)
    {
        var result = new JsonObject();
        foreach (var (name, value) in party)
        {
            if (select is null || select.Contains(name.Split('@')[0])) result[name] = value?.DeepClone();
        }
        return result;
    }

    // Top-level comma-separated clauses, each "name" or "name(options)".
    private static IEnumerable<(string Name, string Options)> Clauses(string expand)
    {
        var depth = 0;
        var start = 0;
        for (var i = 0; i <= expand.Length; i++)
        {
            if (i < expand.Length && expand[i] == '(') depth++;
            else if (i < expand.Length && expand[i] == ')') depth--;
            else if (i == expand.Length || (expand[i] == ',' && depth == 0))
            {
                var clause = expand[start..i].Trim();
                start = i + 1;
                if (clause.Length == 0) continue;
                var open = clause.IndexOf('(');
                yield return open < 0 ? (clause, "") : (clause[..open].Trim(), clause[(open + 1)..^1]);
            }
        }
    }

    private sealed record Item(string Name, List<string>? Select, AttributeModel? Lookup, IReadOnlySet<string>? Targets);
}
