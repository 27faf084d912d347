using System.Text.Json.Nodes;

namespace MappingDsl.Emulators.Dataverse.Metadata;

/// <summary>What validation needs to know about one column, read from its <c>AttributeMetadata</c> JSON.</summary>
internal sealed record AttributeModel(
    string LogicalName,
    string AttributeType,
    int? MaxLength,
    string RequiredLevel,
    bool ValidForCreate,
    bool ValidForUpdate,
    bool IsPrimaryId,
    IReadOnlyList<string> Targets,
    IReadOnlyDictionary<string, string> NavigationByTarget,
    JsonObject Definition)
{
    public bool IsLookup => AttributeType is "Lookup" or "Customer" or "Owner" or "PartyList";

    public bool IsText => AttributeType is "String" or "Memo";

    public static AttributeModel From(JsonObject a)
    {
        var type = (string?)a["AttributeType"] ?? "String";
        var targets = a["Targets"] is JsonArray t ? t.Select(x => (string?)x ?? "").Where(x => x.Length > 0).ToList() : [];
        var nav = new Dictionary<string, string>(StringComparer.Ordinal);
        if (a["_NavigationPropertyByTarget"] is JsonObject byTarget)
        {
            foreach (var (target, name) in byTarget) nav[target] = (string?)name ?? "";
        }
        var logical = (string?)a["LogicalName"] ?? "";
        return new AttributeModel(
            logical,
            type,
            a["MaxLength"] is JsonValue m && m.TryGetValue<int>(out var max) ? max : null,
            (string?)a["RequiredLevel"]?["Value"] ?? "None",
            (bool?)a["IsValidForCreate"] ?? true,
            (bool?)a["IsValidForUpdate"] ?? true,
            (bool?)a["IsPrimaryId"] ?? false,
            targets,
            nav,
            a);
    }
}
