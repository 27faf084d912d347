using System.Text.Json;
using System.Text.Json.Nodes;
using MappingDsl.Emulators.Dataverse.Metadata;
using MappingDsl.Emulators.Dataverse.Protocol;
using MappingDsl.Emulators.Dataverse.Storage;

namespace MappingDsl.Emulators.Dataverse.Handlers;

/// <summary>
/// Deep insert of an activity's parties (<c>&lt;activity&gt;_activity_parties</c>): each party binds a record through
/// <c>partyid_&lt;table&gt;@odata.bind</c> or names only an <c>addressused</c>, with its participation type. The
/// emulator keeps them on the activity as the resolved list, which is what a read-back needs.
/// </summary>
internal static class ActivityParties
{
    private const string Prefix = "partyid_";
    private const string BindSuffix = "@odata.bind";

    public static bool IsPartyCollection(EntityModel entity, string name) =>
        (bool?)entity.Definition["IsActivity"] == true && name == entity.LogicalName + "_activity_parties";

    public static JsonArray Resolve(EntityModel entity, JsonNode? value, MetadataCatalog catalog, Func<EntityModel, string, Guid?> find)
    {
        if (value is not JsonArray parties)
            throw EmulatorError.BadRequest($"'{entity.LogicalName}_activity_parties' must be an array of activity parties.");
        var resolved = new JsonArray();
        foreach (var node in parties)
        {
            if (node is not JsonObject party)
                throw EmulatorError.BadRequest("An activity party must be an object.");
            if (party["participationtypemask"] is not JsonValue mask || mask.GetValueKind() != JsonValueKind.Number)
                throw EmulatorError.MissingRequired("participationtypemask", "activityparty");
            var result = new JsonObject { ["participationtypemask"] = mask.GetValue<int>() };
            foreach (var (name, bind) in party)
            {
                if (!name.StartsWith(Prefix, StringComparison.Ordinal) || !name.EndsWith(BindSuffix, StringComparison.Ordinal))
                    continue;
                var table = name[Prefix.Length..^BindSuffix.Length];
                var target = catalog.ByLogicalName(table) ?? throw EmulatorError.UndeclaredNavigation(name[..^BindSuffix.Length], "activityparties");
                var reference = ODataPath.Reference(bind?.ToString() ?? "")
                    ?? throw EmulatorError.BadRequest($"The @odata.bind value '{bind}' is not a record reference.");
                if (catalog.BySet(reference.Set)?.LogicalName != table)
                    throw EmulatorError.UndeclaredNavigation(name[..^BindSuffix.Length], "activityparties");
                var id = find(target, reference.Key)
                    ?? throw EmulatorError.DoesNotExist(table, ODataPath.TryGuid(reference.Key, out var g) ? g : Guid.Empty);
                result["_partyid_value"] = id.ToString();
                result["_partyid_value" + RecordService.LookupAnnotation] = table;
            }
            if (party["addressused"] is JsonValue address)
                result["addressused"] = address.DeepClone();
            if (result["_partyid_value"] is null && result["addressused"] is null)
                throw EmulatorError.BadRequest("An activity party needs a partyid binding or an addressused.");
            resolved.Add(result);
        }
        return resolved;
    }
}
