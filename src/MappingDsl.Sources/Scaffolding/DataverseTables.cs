using System.Text.Json;

namespace MappingDsl.Sources.Scaffolding;

/// <summary>One Dataverse column a proposal may write.</summary>
/// <param name="Table">The table's logical name.</param>
/// <param name="LogicalName">The column's logical name.</param>
/// <param name="SchemaName">The column's schema name (the entity property's name).</param>
/// <param name="Label">Its display label.</param>
/// <param name="Type">Its attribute type (<c>String</c>, <c>Lookup</c>, <c>MultiSelectPicklist</c> …).</param>
/// <param name="Targets">For lookups: the tables it can point to.</param>
/// <param name="Options">For choices, states and statuses: the option labels.</param>
public sealed record DataverseColumn(string Table, string LogicalName, string SchemaName, string Label, string Type, IReadOnlyList<string> Targets, IReadOnlyList<string> Options);

/// <summary>One Dataverse table of the metadata snapshot.</summary>
/// <param name="LogicalName">The table's logical name.</param>
/// <param name="SchemaName">Its schema name (the entity class's name).</param>
/// <param name="Columns">The columns valid on create or update (state and status are set after create), minus bookkeeping ones no migration writes.</param>
public sealed record DataverseTable(string LogicalName, string SchemaName, IReadOnlyList<DataverseColumn> Columns);

/// <summary>Reads the org metadata snapshot (<c>metadata/*.json</c>, the files the entity generator compiles against).</summary>
public static class DataverseTables
{
    // Columns the platform fills or that only exist for bookkeeping; proposing them would be noise.
    private static readonly string[] NeverProposedPrefixes = ["yomi", "address1_addressid", "address2_addressid", "address3_addressid", "entityimage"];
    private static readonly HashSet<string> NeverProposed = new(StringComparer.Ordinal)
    {
        "importsequencenumber", "timezoneruleversionnumber", "utcconversiontimezonecode", "processid", "stageid",
        "traversedpath", "owneridtype", "parentcustomeridtype", "customeridtype", "regardingobjecttypecode", "objecttypecode",
    };

    /// <summary>Reads every <c>*.json</c> table file of <paramref name="directory"/>, by logical name.</summary>
    /// <param name="directory">The snapshot folder (for example <c>maps/Standard/metadata</c>).</param>
    public static IReadOnlyDictionary<string, DataverseTable> Read(string directory) =>
        Parse(Directory.EnumerateFiles(directory, "*.json").Order(StringComparer.Ordinal).Select(File.ReadAllBytes));

    /// <summary>Parses table files (one table's metadata JSON each), by logical name.</summary>
    /// <param name="files">The files' UTF-8 JSON.</param>
    public static IReadOnlyDictionary<string, DataverseTable> Parse(IEnumerable<byte[]> files)
    {
        var tables = new SortedDictionary<string, DataverseTable>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            using var document = JsonDocument.Parse(file);
            var table = Parse(document.RootElement);
            if (table is not null)
                tables[table.LogicalName] = table;
        }
        return tables;
    }

    private static DataverseTable? Parse(JsonElement root)
    {
        if (!root.TryGetProperty("LogicalName", out var logical) || !root.TryGetProperty("Attributes", out var attributes))
            return null;
        var table = logical.GetString()!;
        var columns = new List<DataverseColumn>();
        foreach (var a in attributes.EnumerateArray())
        {
            var name = a.GetProperty("LogicalName").GetString()!;
            if (!(Bool(a, "IsValidForCreate") || Bool(a, "IsValidForUpdate")) || Bool(a, "IsPrimaryId") || NeverProposed.Contains(name)
                || NeverProposedPrefixes.Any(p => name.StartsWith(p, StringComparison.Ordinal)))
                continue;
            var type = TypeOf(a);
            if (type is "Uniqueidentifier" or "EntityName" or "Virtual" or "Image" or "File")
                continue;
            var targets = a.TryGetProperty("Targets", out var t) && t.ValueKind == JsonValueKind.Array
                ? t.EnumerateArray().Select(x => x.GetString()!).ToList()
                : [];
            columns.Add(new DataverseColumn(table, name, a.GetProperty("SchemaName").GetString()!, Label(a) ?? name, type, targets, Options(a)));
        }
        return new DataverseTable(table, root.GetProperty("SchemaName").GetString()!, columns);
    }

    private static string TypeOf(JsonElement a)
    {
        var type = a.GetProperty("AttributeType").GetString()!;
        // Multi-select choices arrive as AttributeType Virtual with a type name that says what they are.
        return type == "Virtual" && a.TryGetProperty("AttributeTypeName", out var n) && n.TryGetProperty("Value", out var v)
            && v.GetString() == "MultiSelectPicklistType" ? "MultiSelectPicklist" : type;
    }

    private static List<string> Options(JsonElement a) =>
        a.TryGetProperty("OptionSet", out var set) && set.ValueKind == JsonValueKind.Object
            && set.TryGetProperty("Options", out var options) && options.ValueKind == JsonValueKind.Array
            ? [.. options.EnumerateArray().Select(Label).OfType<string>()]
            : [];

    private static bool Bool(JsonElement a, string name) => a.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.True;

    private static string? Label(JsonElement a) =>
        a.ValueKind == JsonValueKind.Object && (a.TryGetProperty("DisplayName", out var d) || a.TryGetProperty("Label", out d)) && d.TryGetProperty("UserLocalizedLabel", out var l)
            && l.ValueKind == JsonValueKind.Object && l.TryGetProperty("Label", out var label) ? label.GetString() : null;
}
