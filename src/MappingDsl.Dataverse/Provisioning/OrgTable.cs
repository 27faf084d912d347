using System.Text.Json.Nodes;

namespace MappingDsl.Dataverse.Provisioning;

/// <summary>What provisioning reads about one table in the org: columns (with choice options, merged in by
/// <see cref="Metadata.TableMetadataReader"/>) and keys.</summary>
internal sealed record OrgTable(string LogicalName, string PrimaryId, IReadOnlyDictionary<string, HashSet<int>> Columns, IReadOnlyDictionary<string, bool> KeysActive)
{
    public static OrgTable From(JsonObject definition)
    {
        var columns = new Dictionary<string, HashSet<int>>(StringComparer.Ordinal);
        if (definition["Attributes"] is JsonArray attributes)
        {
            foreach (var a in attributes.OfType<JsonObject>())
            {
                var options = new HashSet<int>();
                if (a["OptionSet"]?["Options"] is JsonArray list)
                {
                    foreach (var o in list.OfType<JsonObject>()) options.Add((int)o["Value"]!);
                }
                columns[(string)a["LogicalName"]!] = options;
            }
        }
        var keys = new Dictionary<string, bool>(StringComparer.Ordinal);
        if (definition["Keys"] is JsonArray keyList)
        {
            foreach (var k in keyList.OfType<JsonObject>())
                keys[(string)k["LogicalName"]!] = (string?)k["EntityKeyIndexStatus"] == "Active";
        }
        return new OrgTable(
            (string)definition["LogicalName"]!,
            (string?)definition["PrimaryIdAttribute"] ?? "",
            columns,
            keys);
    }
}
