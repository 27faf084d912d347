using System.Text.Json.Nodes;
using MappingDsl.Engine;

namespace MappingDsl.Cli.Adapters;

/// <summary>
/// The limits an org's attribute metadata sets (as <c>EntityDefinitions?$expand=Attributes</c> serves them, with the
/// choice options merged in by <see cref="MappingDsl.Dataverse.Metadata.TableMetadataReader"/>): MaxLength of text,
/// MinValue/MaxValue/Precision of numbers, the option values of choices.
/// </summary>
internal static class ColumnLimits
{
    public static IReadOnlyDictionary<string, ColumnLimit> From(JsonObject definition)
    {
        var result = new Dictionary<string, ColumnLimit>(StringComparer.Ordinal);
        if (definition["Attributes"] is not JsonArray attributes)
            return result;
        foreach (var a in attributes.OfType<JsonObject>())
        {
            if ((string?)a["LogicalName"] is not { } name)
                continue;
            var odataType = ((string?)a["@odata.type"] ?? "").TrimStart('#').Replace("Microsoft.Dynamics.CRM.", "", StringComparison.Ordinal);
            var type = odataType == "MultiSelectPicklistAttributeMetadata" ? "MultiSelectPicklist" : (string?)a["AttributeType"] ?? "";
            result[name] = new ColumnLimit(name, type,
                MaxLength: type is "String" or "Memo" ? Int(a["MaxLength"]) : null,
                Min: Number(a["MinValue"]),
                Max: Number(a["MaxValue"]),
                Precision: type is "Decimal" or "Money" or "Double" ? Int(a["Precision"]) : null,
                Options: Options(a));
        }
        return result;
    }

    private static int? Int(JsonNode? node) => node is JsonValue v && v.TryGetValue<int>(out var i) ? i : null;

    private static decimal? Number(JsonNode? node)
    {
        if (node is not JsonValue v)
            return null;
        if (v.TryGetValue<decimal>(out var d))
            return d;
        // Float columns report ±1E+11; past decimal's range nothing a record holds is outside them anyway.
        return v.TryGetValue<double>(out var f) && Math.Abs(f) < 7.9e27 ? (decimal)f : null;
    }

    private static HashSet<int>? Options(JsonObject attribute)
    {
        var set = attribute["OptionSet"] as JsonObject ?? attribute["GlobalOptionSet"] as JsonObject;
        if (set?["Options"] is not JsonArray options)
            return null;
        var values = new HashSet<int>();
        foreach (var option in options.OfType<JsonObject>())
        {
            if (Int(option["Value"]) is { } value)
                values.Add(value);
        }
        return values.Count == 0 ? null : values;
    }
}
