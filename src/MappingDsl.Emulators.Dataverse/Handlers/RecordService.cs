using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using MappingDsl.Emulators.Dataverse.Metadata;
using MappingDsl.Emulators.Dataverse.Protocol;
using MappingDsl.Emulators.Dataverse.Storage;

namespace MappingDsl.Emulators.Dataverse.Handlers;

/// <summary>
/// Creates, updates, upserts and addresses records with the platform's validation: unknown columns, navigation
/// properties, text length, lookups to missing records, disabled owners, SystemRequired columns, statecode on create and
/// alternate-key uniqueness. Lookups are stored as <c>_x_value</c>, as the Web API returns them.
/// </summary>
internal sealed class RecordService(MetadataCatalog catalog, RecordStore store, DataverseEmulatorOptions options)
{
    public const string LookupAnnotation = "@Microsoft.Dynamics.CRM.lookuplogicalname";
    // Required columns the platform fills itself: the owner defaults to the caller, state to open, and an email's
    // messageiddupcheck is computed for duplicate detection.
    private static readonly HashSet<string> Defaulted = new(StringComparer.Ordinal) { "ownerid", "owneridtype", "statecode", "statuscode", "messageiddupcheck" };

    public MetadataCatalog Catalog => catalog;

    public RecordStore Store => store;

    public EntityModel EntityForSet(string set) => catalog.BySet(set) ?? throw EmulatorError.ResourceNotFound(set);

    /// <summary>The id a key predicate (<c>guid</c> or <c>k='v'</c>) names, or null when no such record exists.</summary>
    public Guid? Find(EntityModel entity, string key)
    {
        if (ODataPath.TryGuid(key, out var id)) return store.Exists(entity.LogicalName, id) ? id : null;
        var (keyModel, value) = KeyFromPredicate(entity, ODataPath.KeyValues(key));
        return store.FindByKey(entity.LogicalName, keyModel.LogicalName, value);
    }

    public Guid Create(EntityModel entity, JsonObject body)
    {
        var id = body[entity.PrimaryId] is JsonValue v && Guid.TryParse(v.ToString(), out var given) ? given : Guid.NewGuid();
        if (store.Exists(entity.LogicalName, id)) throw EmulatorError.DuplicateKey();
        var record = new JsonObject();
        Apply(entity, record, body, create: true);
        Finish(entity, id, record, create: true);
        return id;
    }

    public void Update(EntityModel entity, Guid id, JsonObject body)
    {
        var record = store.Get(entity.LogicalName, id) ?? throw EmulatorError.DoesNotExist(entity.LogicalName, id);
        if (IsClosed(entity, record) && !(body["statecode"] is JsonValue reopen && reopen.TryGetValue<int>(out var state) && state == 0))
            throw EmulatorError.ClosedRecord(entity.LogicalName, id);
        Apply(entity, record, body, create: false);
        Finish(entity, id, record, create: false);
    }

    /// <summary>PATCH semantics: update when the addressed record exists, otherwise create it (key values copied from the address).</summary>
    public (Guid Id, bool Created) Upsert(EntityModel entity, string key, JsonObject body, bool updateOnly, bool createOnly)
    {
        Guid? existing;
        List<(string Name, string Value)> keyValues = [];
        Guid? newId = null;
        if (ODataPath.TryGuid(key, out var id))
        {
            existing = store.Exists(entity.LogicalName, id) ? id : null;
            newId = id;
        }
        else
        {
            keyValues = ODataPath.KeyValues(key);
            var (keyModel, value) = KeyFromPredicate(entity, keyValues);
            existing = store.FindByKey(entity.LogicalName, keyModel.LogicalName, value);
        }
        if (existing is { } found)
        {
            if (createOnly) throw EmulatorError.DuplicateKey();
            foreach (var (name, _) in keyValues) body.Remove(name);
            Update(entity, found, body);
            return (found, false);
        }
        if (updateOnly) throw EmulatorError.DoesNotExist(entity.LogicalName, newId ?? Guid.Empty);
        foreach (var (name, value) in keyValues)
        {
            if (body.ContainsKey(name)) continue;
            var attribute = entity.Attribute(name);
            body[name] = attribute?.AttributeType is "Integer" or "BigInt" or "Decimal" or "Double" or "Money" or "Picklist"
                && double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number)
                ? JsonValue.Create(number)
                : JsonValue.Create(value);
        }
        if (newId is { } explicitId) body[entity.PrimaryId] = explicitId.ToString();
        return (Create(entity, body), true);
    }

    public void SetState(EntityModel entity, Guid id, int state, int? status)
    {
        var body = new JsonObject { ["statecode"] = state };
        if (status is { } s) body["statuscode"] = s;
        Update(entity, id, body);
    }

    public (KeyModel Key, string Value) KeyFromPredicate(EntityModel entity, List<(string Name, string Value)> values)
    {
        var names = values.Select(v => v.Name).ToHashSet(StringComparer.Ordinal);
        var key = entity.Keys.FirstOrDefault(k => k.Columns.Count == names.Count && k.Columns.All(names.Contains))
            ?? throw EmulatorError.BadRequest($"The key attributes ({string.Join(", ", names)}) are not defined as an alternate key for entity '{entity.LogicalName}'.");
        if (!key.IsActive(catalog.Now))
            throw EmulatorError.BadRequest($"The entity key {key.SchemaName} of entity '{entity.LogicalName}' is not active (EntityKeyIndexStatus {key.Status(catalog.Now)}).");
        var byName = values.ToDictionary(v => v.Name, v => v.Value, StringComparer.Ordinal);
        foreach (var (_, value) in values)
        {
            if (KeyText.HasForbiddenCharacter(value)) throw EmulatorError.ForbiddenKeyCharacter(value, entity.LogicalName);
        }
        return (key, string.Join('\u001f', key.Columns.Select(c => KeyText.Normalize(byName[c]))));
    }

    private void Apply(EntityModel entity, JsonObject record, JsonObject body, bool create)
    {
        foreach (var (name, value) in body)
        {
            if (name.StartsWith("@odata.", StringComparison.Ordinal)) continue;
            if (name.EndsWith("@odata.bind", StringComparison.Ordinal))
            {
                Bind(entity, record, name[..^"@odata.bind".Length], value);
                continue;
            }
            if (name.Contains('@', StringComparison.Ordinal)) continue;
            if (ActivityParties.IsPartyCollection(entity, name))
            {
                record[name] = ActivityParties.Resolve(entity, value, catalog, Find);
                continue;
            }
            var attribute = entity.Attribute(name);
            if (attribute is null || attribute.IsLookup) throw EmulatorError.InvalidProperty(name, entity.LogicalName);
            if (create && !attribute.ValidForCreate && !attribute.IsPrimaryId)
            {
                if (name == "statecode" && options.RejectStateCodeOnCreate) throw EmulatorError.InvalidForCreate(name, entity.LogicalName);
                continue;
            }
            if (!create && !attribute.ValidForUpdate) continue;
            if (attribute.IsText && value is JsonValue text && text.GetValueKind() == JsonValueKind.String
                && attribute.MaxLength is { } max && text.GetValue<string>().Length > max)
                throw EmulatorError.TooLong(name, entity.LogicalName, max);
            record[name] = ValueRules.Store(entity, attribute, value);
        }
        if (!create && body.ContainsKey("statecode") && !body.ContainsKey("statuscode")) record["statuscode"] = DefaultStatus(entity, record["statecode"]);
        if (body.ContainsKey("documentbody")) AnnotationFiles.Apply(entity, record, options.MaxUploadFileSize);
    }

    private void Bind(EntityModel entity, JsonObject record, string navigation, JsonNode? value)
    {
        if (!entity.TryNavigation(navigation, out var attribute, out var targets)) throw EmulatorError.UndeclaredNavigation(navigation, entity.EntitySetName);
        var field = "_" + attribute.LogicalName + "_value";
        if (value is null)
        {
            record[field] = null;
            record.Remove(field + LookupAnnotation);
            return;
        }
        var reference = ODataPath.Reference(value.ToString())
            ?? throw EmulatorError.BadRequest($"The @odata.bind value '{value}' is not a record reference.");
        var targetEntity = catalog.BySet(reference.Set) ?? throw EmulatorError.ResourceNotFound(reference.Set);
        if (!targets.Contains(targetEntity.LogicalName)) throw EmulatorError.UndeclaredNavigation(navigation, entity.EntitySetName);
        var id = Find(targetEntity, reference.Key)
            ?? throw EmulatorError.DoesNotExist(targetEntity.LogicalName, ODataPath.TryGuid(reference.Key, out var g) ? g : Guid.Empty);
        var target = targetEntity.LogicalName;
        if (attribute.AttributeType == "Owner" && target == "systemuser" && options.RejectDisabledOwners
            && store.Get("systemuser", id)?["isdisabled"] is JsonValue disabled && disabled.GetValueKind() == JsonValueKind.True)
            throw EmulatorError.DisabledUser(id);
        record[field] = id.ToString();
        record[field + LookupAnnotation] = target;
    }

    private void Finish(EntityModel entity, Guid id, JsonObject record, bool create)
    {
        var now = catalog.Now.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);
        if (create)
        {
            record[entity.PrimaryId] = id.ToString();
            record["createdon"] = now;
            if (entity.Attribute("ownerid") is not null && record["_ownerid_value"] is null)
            {
                record["_ownerid_value"] = options.CallerId.ToString();
                record["_ownerid_value" + LookupAnnotation] = "systemuser";
            }
            if (entity.Attribute("statecode") is not null && record["statecode"] is null) record["statecode"] = 0;
            if (entity.Attribute("statuscode") is not null && record["statuscode"] is null) record["statuscode"] = DefaultStatus(entity, record["statecode"]);
            // overriddencreatedon: the record's createdon becomes the value sent, and overriddencreatedon holds when it
            // was migrated (reference §4.3, community-reported; UNCONFIRMED in official docs).
            if (record["overriddencreatedon"] is JsonValue overridden)
            {
                record["createdon"] = overridden.DeepClone();
                record["overriddencreatedon"] = now;
            }
            foreach (var required in entity.SystemRequiredOnCreate)
            {
                if (Defaulted.Contains(required.LogicalName)) continue;
                var field = required.IsLookup ? "_" + required.LogicalName + "_value" : required.LogicalName;
                if (record[field] is null) throw EmulatorError.MissingRequired(required.LogicalName, entity.LogicalName);
            }
        }
        record["modifiedon"] = now;
        RequireStatusOfState(entity, record);
        var keys = new List<(string, string)>();
        // Whether every key of the table already holds this record under the value it has now: then the key rows
        // are exactly what rewriting them would leave (an update that leaves the key columns alone, the usual case).
        var keysInPlace = !create;
        foreach (var key in entity.Keys)
        {
            if (key.Failed)
            {
                keysInPlace = false;
                continue;
            }
            var parts = key.Columns.Select(c => KeyPart(entity, record, c)).ToList();
            if (parts.Any(p => p is null))
            {
                keysInPlace = false;
                continue;
            }
            var value = string.Join('\u001f', parts);
            var holder = store.FindByKey(entity.LogicalName, key.LogicalName, value);
            if (holder is { } other && other != id) throw EmulatorError.DuplicateKey();
            keysInPlace &= holder is not null;
            keys.Add((key.LogicalName, value));
        }
        if (create)
        {
            // A new record has no key rows yet (a deleted one's went with it), so there is nothing to drop first.
            store.Insert(entity.LogicalName, id, record);
            foreach (var (name, value) in keys) store.AddKey(entity.LogicalName, name, value, id);
        }
        else
        {
            store.Update(entity.LogicalName, id, record);
            if (!keysInPlace) store.ReplaceKeys(entity.LogicalName, id, keys);
        }
    }

    /// <summary>
    /// Builds a new key's index over the rows the table already holds, as the platform's index job does: rows whose key
    /// columns are all set get an entry; two rows with the same value (compared as every key is) make the key Failed
    /// and leave no index behind.
    /// </summary>
    public void IndexExistingRows(EntityModel entity, KeyModel key)
    {
        var entries = new Dictionary<string, Guid>(StringComparer.Ordinal);
        foreach (var (_, record) in store.Scan(entity.LogicalName))
        {
            var id = Guid.Parse(record[entity.PrimaryId]!.GetValue<string>());
            var parts = key.Columns.Select(c => KeyPart(entity, record, c)).ToList();
            if (parts.Any(p => p is null)) continue;
            if (!entries.TryAdd(string.Join('\u001f', parts), id))
            {
                key.Failed = true;
                return;
            }
        }
        foreach (var (value, id) in entries) store.AddKey(entity.LogicalName, key.LogicalName, value, id);
    }

    public static string? KeyPart(EntityModel entity, JsonObject record, string column)
    {
        var field = entity.Attribute(column)?.IsLookup == true ? "_" + column + "_value" : column;
        return record[field] switch
        {
            null => null,
            JsonValue v when v.GetValueKind() == JsonValueKind.String => KeyText.Normalize(v.GetValue<string>()),
            var other => other.ToJsonString(),
        };
    }

    // A closed opportunity (won or lost) and a completed or cancelled activity are read-only until reopened
    // (statecode 0); documented for opportunities and activities in the table references' state descriptions.
    private static bool IsClosed(EntityModel entity, JsonObject record) =>
        (entity.LogicalName == "opportunity" || (bool?)entity.Definition["IsActivity"] == true)
        && record["statecode"] is JsonValue state && state.TryGetValue<int>(out var s) && s != 0;

    // Each status option names the state it belongs to (StatusOptionMetadata.State); any other pair is refused.
    private static void RequireStatusOfState(EntityModel entity, JsonObject record)
    {
        if (record["statuscode"] is not JsonValue statusValue || !statusValue.TryGetValue<int>(out var status)) return;
        var state = record["statecode"] is JsonValue stateValue && stateValue.TryGetValue<int>(out var st) ? st : 0;
        if (entity.Attribute("statuscode") is not { } attribute || ValueRules.Options(attribute) is not { Count: > 0 } options) return;
        var option = options.FirstOrDefault(o => (int?)o["Value"] == status);
        if (option?["State"] is JsonValue owner && owner.TryGetValue<int>(out var ownerState) && ownerState != state)
            throw EmulatorError.StatusNotOfState(entity.LogicalName, status, state);
    }

    private static JsonNode? DefaultStatus(EntityModel entity, JsonNode? state)
    {
        var stateValue = state is JsonValue v && v.TryGetValue<int>(out var s) ? s : 0;
        var options = entity.Attribute("statecode")?.Definition["OptionSet"]?["Options"] as JsonArray;
        var option = options?.OfType<JsonObject>().FirstOrDefault(o => (int?)o["Value"] == stateValue);
        return option?["DefaultStatus"] is JsonValue d && d.TryGetValue<int>(out var status) ? status : 1;
    }
}
