using System.Text.Json;

namespace MappingDsl.Dataverse.Provisioning;

/// <summary>What provisioning reads about one table in the org: columns (with choice options) and keys.</summary>
internal sealed record OrgTable(string LogicalName, string PrimaryId, IReadOnlyDictionary<string, HashSet<int>> Columns, IReadOnlyDictionary<string, bool> KeysActive)
{
    public static OrgTable From(JsonElement definition)
    {
        var columns = new Dictionary<string, HashSet<int>>(StringComparer.Ordinal);
        if (definition.TryGetProperty("Attributes", out var attributes))
        {
            foreach (var a in attributes.EnumerateArray())
            {
                var options = new HashSet<int>();
                if (a.TryGetProperty("OptionSet", out var set) && set.ValueKind == JsonValueKind.Object && set.TryGetProperty("Options", out var list))
                {
                    foreach (var o in list.EnumerateArray()) options.Add(o.GetProperty("Value").GetInt32());
                }
                columns[a.GetProperty("LogicalName").GetString()!] = options;
            }
        }
        var keys = new Dictionary<string, bool>(StringComparer.Ordinal);
        if (definition.TryGetProperty("Keys", out var keyList))
        {
            foreach (var k in keyList.EnumerateArray())
                keys[k.GetProperty("LogicalName").GetString()!] = k.TryGetProperty("EntityKeyIndexStatus", out var s) && s.GetString() == "Active";
        }
        return new OrgTable(
            definition.GetProperty("LogicalName").GetString()!,
            definition.TryGetProperty("PrimaryIdAttribute", out var pk) ? pk.GetString() ?? "" : "",
            columns,
            keys);
    }
}
