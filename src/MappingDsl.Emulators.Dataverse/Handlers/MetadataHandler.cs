using System.Text.Json.Nodes;
using MappingDsl.Emulators.Dataverse.Metadata;
using MappingDsl.Emulators.Dataverse.Protocol;

namespace MappingDsl.Emulators.Dataverse.Handlers;

/// <summary>
/// Metadata reads and creates: <c>EntityDefinitions</c> (with <c>Attributes</c>, <c>ManyToOneRelationships</c> and <c>Keys</c>;
/// choice options only through the typed casts, see <see cref="AttributeViews"/>), custom tables, columns,
/// lookups through <c>RelationshipDefinitions</c>, alternate keys, <c>GlobalOptionSetDefinitions</c> and <c>InsertOptionValue</c>.
/// </summary>
internal sealed class MetadataHandler(MetadataCatalog catalog, RecordService records, DataverseEmulatorOptions options)
{
    public EmulatorResponse EntityDefinitions(List<ODataPath.Segment> path, EmulatorRequest request, Uri serviceRoot)
    {
        var root = path[0];
        if (root.Key is null)
        {
            if (request.Method == "POST") return CreateTable(request, serviceRoot);
            return MetadataQuery.Collection(catalog.Entities.Select(e => EntityJson(e, request.QueryValue("$expand"))), request, $"{serviceRoot}$metadata#EntityDefinitions");
        }
        var entity = Entity(root.Key);
        if (path.Count == 1)
        {
            if (request.Method != "GET") throw new EmulatorError(405, "0x80060888", "Use PUT to update an entity definition.");
            return EmulatorResponse.Json(200, MetadataQuery.Select(EntityJson(entity, request.QueryValue("$expand")), request));
        }
        var child = path[1];
        if (child.Name == "Attributes")
        {
            if (request.Method == "POST") return CreateColumn(entity, request, serviceRoot);
            var cast = path.Count > 2 ? AttributeViews.CastType(path[2].Name) ?? throw EmulatorError.ResourceNotFound(path[2].Name) : null;
            if (path.Count > 3) throw EmulatorError.ResourceNotFound(path[3].Name);
            if (child.Key is null)
            {
                if (cast is null)
                    return MetadataQuery.Collection(entity.Attributes.Select(a => AttributeViews.Plain(a.Definition)), request, $"{serviceRoot}$metadata#EntityDefinitions('{entity.LogicalName}')/Attributes");
                // The filter reads the attribute's own properties; the cast view then applies $select and $expand.
                var ofType = MetadataQuery.Order(entity.Attributes.Where(a => AttributeViews.TypeName(a) == cast)
                        .Where(a => MetadataQuery.Filter([AttributeViews.Plain(a.Definition)], request).Any()), a => AttributeViews.Plain(a.Definition), request)
                    .Select(a => (JsonNode)AttributeViews.Cast(a, cast, request, catalog));
                return EmulatorResponse.Json(200, new JsonObject
                {
                    ["@odata.context"] = $"{serviceRoot}$metadata#EntityDefinitions('{entity.LogicalName}')/Attributes/Microsoft.Dynamics.CRM.{cast}",
                    ["value"] = new JsonArray([.. ofType]),
                });
            }
            var name = ODataPath.KeyValues(child.Key).First().Value;
            var attribute = entity.Attributes.FirstOrDefault(a => a.LogicalName == name || (string?)a.Definition["MetadataId"] == name)
                ?? throw new EmulatorError(404, "0x80040217", $"Could not find attribute {name} on entity {entity.LogicalName}.");
            if (cast is null) return EmulatorResponse.Json(200, MetadataQuery.Select(AttributeViews.Plain(attribute.Definition), request));
            if (AttributeViews.TypeName(attribute) != cast)
                throw new EmulatorError(404, "0x80040217", $"Attribute {name} on entity {entity.LogicalName} is not a {cast}.");
            return EmulatorResponse.Json(200, AttributeViews.Cast(attribute, cast, request, catalog));
        }
        if (child.Name == "Keys")
        {
            if (request.Method == "POST") return CreateKey(entity, request, serviceRoot);
            return MetadataQuery.Collection(entity.Keys.Select(k => k.ToJson(entity.LogicalName, catalog.Now)), request);
        }
        if (child.Name == "ManyToOneRelationships" && child.Key is null && path.Count == 2 && request.Method == "GET")
            return MetadataQuery.Collection(Relationships(entity).OfType<JsonObject>().Select(r => (JsonObject)r.DeepClone()), request);
        throw EmulatorError.ResourceNotFound(child.Name);
    }

    public EmulatorResponse OptionSets(ODataPath.Segment segment, EmulatorRequest request, Uri serviceRoot)
    {
        if (request.Method == "POST")
        {
            var body = Body(request);
            catalog.AddOptionSet(body);
            return EmulatorResponse.NoContent().WithHeader("OData-EntityId", $"{serviceRoot}GlobalOptionSetDefinitions({body["MetadataId"]})");
        }
        if (segment.Key is null)
            return EmulatorResponse.Json(200, new JsonObject { ["value"] = new JsonArray([.. catalog.OptionSets.Select(o => o.DeepClone())]) });
        var name = ODataPath.KeyValues(segment.Key).First().Value;
        var set = catalog.OptionSet(name) ?? catalog.OptionSets.FirstOrDefault(o => (string?)o["MetadataId"] == name)
            ?? throw new EmulatorError(404, "0x80040217", $"Could not find optionset {name}.");
        return EmulatorResponse.Json(200, set.DeepClone());
    }

    public EmulatorResponse InsertOptionValue(EmulatorRequest request)
    {
        var body = Body(request);
        JsonArray options;
        if ((string?)body["OptionSetName"] is { } setName)
        {
            var set = catalog.OptionSet(setName) ?? throw new EmulatorError(404, "0x80040217", $"Could not find optionset {setName}.");
            options = (JsonArray)(set["Options"] ??= new JsonArray());
        }
        else
        {
            var entity = catalog.RequireLogicalName((string?)body["EntityLogicalName"] ?? "");
            var attribute = entity.Attribute((string?)body["AttributeLogicalName"] ?? "")
                ?? throw EmulatorError.BadRequest("InsertOptionValue needs OptionSetName or EntityLogicalName and AttributeLogicalName.");
            var optionSet = (JsonObject)(attribute.Definition["OptionSet"] ??= new JsonObject());
            options = (JsonArray)(optionSet["Options"] ??= new JsonArray());
        }
        var existing = options.OfType<JsonObject>().Select(o => (int?)o["Value"] ?? 0).ToList();
        var value = (int?)body["Value"] ?? (existing.Count == 0 ? 100000000 : existing.Max() + 1);
        if (existing.Contains(value)) throw new EmulatorError(400, "0x80047006", $"An option with the value {value} already exists.");
        options.Add(new JsonObject { ["Value"] = value, ["Label"] = body["Label"]?.DeepClone() });
        return EmulatorResponse.Json(200, new JsonObject { ["NewOptionValue"] = value });
    }

    public EmulatorResponse CreateRelationship(EmulatorRequest request, Uri serviceRoot)
    {
        var body = Body(request);
        var referencing = catalog.RequireLogicalName((string?)body["ReferencingEntity"] ?? "");
        var referenced = catalog.RequireLogicalName((string?)body["ReferencedEntity"] ?? "");
        var lookup = body["Lookup"]?.DeepClone() as JsonObject ?? throw EmulatorError.BadRequest("A one-to-many relationship needs a Lookup.");
        var schema = (string?)lookup["SchemaName"] ?? throw EmulatorError.BadRequest("The lookup needs a SchemaName.");
        var navigation = (string?)body["ReferencingEntityNavigationPropertyName"] ?? schema;
        lookup["AttributeType"] = "Lookup";
        lookup["AttributeTypeName"] = new JsonObject { ["Value"] = "LookupType" };
        lookup["Targets"] = new JsonArray(referenced.LogicalName);
        lookup["_NavigationPropertyByTarget"] = new JsonObject { [referenced.LogicalName] = navigation };
        AddColumn(referencing, lookup);
        var id = Guid.NewGuid();
        // A real org lists the new lookup among the referencing table's ManyToOneRelationships, which is where a pulled
        // snapshot finds its navigation property.
        var relationships = referencing.Definition["ManyToOneRelationships"] as JsonArray;
        if (relationships is null) referencing.Definition["ManyToOneRelationships"] = relationships = [];
        relationships.Add(new JsonObject
        {
            ["MetadataId"] = id.ToString(),
            ["SchemaName"] = (string?)body["SchemaName"] ?? $"{referenced.LogicalName}_{referencing.LogicalName}_{lookup["LogicalName"]}",
            ["ReferencingEntity"] = referencing.LogicalName,
            ["ReferencingAttribute"] = (string?)lookup["LogicalName"],
            ["ReferencedEntity"] = referenced.LogicalName,
            ["ReferencedAttribute"] = (string?)body["ReferencedAttribute"] ?? referenced.PrimaryId,
            ["ReferencingEntityNavigationPropertyName"] = navigation,
            ["ReferencedEntityNavigationPropertyName"] = (string?)body["ReferencedEntityNavigationPropertyName"] ?? (string?)body["SchemaName"],
        });
        return EmulatorResponse.NoContent().WithHeader("OData-EntityId", $"{serviceRoot}RelationshipDefinitions({id})");
    }

    private EntityModel Entity(string key)
    {
        if (ODataPath.TryGuid(key, out var id)) return catalog.ByMetadataId(id) ?? throw new EmulatorError(404, "0x80040217", $"Could not find entity {id}.");
        var name = ODataPath.KeyValues(key).First().Value;
        return catalog.ByLogicalName(name) ?? throw new EmulatorError(404, "0x80040217", $"Could not find an entity with name {name}.");
    }

    private EmulatorResponse CreateTable(EmulatorRequest request, Uri serviceRoot)
    {
        var body = Body(request);
        var schema = (string?)body["SchemaName"] ?? throw EmulatorError.BadRequest("An entity needs a SchemaName.");
        var logical = schema.ToLowerInvariant();
        if (catalog.ByLogicalName(logical) is not null) throw new EmulatorError(400, "0x80047013", $"An entity with the name {logical} already exists.");
        var attributes = body["Attributes"] as JsonArray ?? [];
        var primaryName = attributes.OfType<JsonObject>().FirstOrDefault(a => (bool?)a["IsPrimaryName"] == true)
            ?? throw EmulatorError.BadRequest("A new entity needs exactly one StringAttributeMetadata with IsPrimaryName true.");
        var definition = new JsonObject
        {
            ["LogicalName"] = logical,
            ["SchemaName"] = schema,
            ["EntitySetName"] = Plural(logical),
            ["PrimaryIdAttribute"] = logical + "id",
            ["PrimaryNameAttribute"] = ((string?)primaryName["SchemaName"] ?? logical + "_name").ToLowerInvariant(),
            ["OwnershipType"] = (string?)body["OwnershipType"] ?? "UserOwned",
            ["IsActivity"] = false,
            ["IsCustomEntity"] = true,
            ["DisplayName"] = body["DisplayName"]?.DeepClone(),
            ["DisplayCollectionName"] = body["DisplayCollectionName"]?.DeepClone(),
            ["Attributes"] = new JsonArray(),
        };
        var entity = new EntityModel(definition);
        catalog.Add(entity);
        AddColumn(entity, new JsonObject { ["@odata.type"] = "#Microsoft.Dynamics.CRM.UniqueIdentifierAttributeMetadata", ["SchemaName"] = schema + "Id", ["LogicalName"] = logical + "id", ["AttributeType"] = "Uniqueidentifier", ["IsPrimaryId"] = true, ["IsValidForUpdate"] = false, ["RequiredLevel"] = new JsonObject { ["Value"] = "SystemRequired" } });
        var name = (JsonObject)primaryName.DeepClone();
        name["IsPrimaryName"] = true;
        AddColumn(entity, name);
        AddColumn(entity, new JsonObject { ["@odata.type"] = "#Microsoft.Dynamics.CRM.LookupAttributeMetadata", ["SchemaName"] = "OwnerId", ["LogicalName"] = "ownerid", ["AttributeType"] = "Owner", ["Targets"] = new JsonArray("systemuser", "team"), ["_NavigationPropertyByTarget"] = new JsonObject { ["systemuser"] = "ownerid", ["team"] = "ownerid" }, ["RequiredLevel"] = new JsonObject { ["Value"] = "SystemRequired" } });
        AddColumn(entity, new JsonObject { ["@odata.type"] = "#Microsoft.Dynamics.CRM.StateAttributeMetadata", ["SchemaName"] = "statecode", ["LogicalName"] = "statecode", ["AttributeType"] = "State", ["IsValidForCreate"] = false, ["OptionSet"] = new JsonObject { ["Options"] = new JsonArray(new JsonObject { ["Value"] = 0, ["DefaultStatus"] = 1 }, new JsonObject { ["Value"] = 1, ["DefaultStatus"] = 2 }) } });
        AddColumn(entity, new JsonObject { ["@odata.type"] = "#Microsoft.Dynamics.CRM.StatusAttributeMetadata", ["SchemaName"] = "statuscode", ["LogicalName"] = "statuscode", ["AttributeType"] = "Status" });
        // Every user-owned table takes overriddencreatedon, so migrated records keep their original created-on.
        AddColumn(entity, new JsonObject { ["@odata.type"] = "#Microsoft.Dynamics.CRM.DateTimeAttributeMetadata", ["SchemaName"] = "OverriddenCreatedOn", ["LogicalName"] = "overriddencreatedon", ["AttributeType"] = "DateTime", ["IsValidForCreate"] = true, ["IsValidForUpdate"] = false });
        AddColumn(entity, new JsonObject { ["@odata.type"] = "#Microsoft.Dynamics.CRM.DateTimeAttributeMetadata", ["SchemaName"] = "CreatedOn", ["LogicalName"] = "createdon", ["AttributeType"] = "DateTime", ["IsValidForCreate"] = false, ["IsValidForUpdate"] = false });
        AddColumn(entity, new JsonObject { ["@odata.type"] = "#Microsoft.Dynamics.CRM.DateTimeAttributeMetadata", ["SchemaName"] = "ModifiedOn", ["LogicalName"] = "modifiedon", ["AttributeType"] = "DateTime", ["IsValidForCreate"] = false, ["IsValidForUpdate"] = false });
        return EmulatorResponse.NoContent().WithHeader("OData-EntityId", $"{serviceRoot}EntityDefinitions({entity.MetadataId})");
    }

    private EmulatorResponse CreateColumn(EntityModel entity, EmulatorRequest request, Uri serviceRoot)
    {
        var body = Body(request);
        if (body["GlobalOptionSet@odata.bind"] is { } bind)
        {
            var reference = bind.ToString();
            var name = ODataPath.Reference(reference) is { } r ? ODataPath.KeyValues(r.Key).First().Value : reference;
            var set = catalog.OptionSet(name) ?? catalog.OptionSets.FirstOrDefault(o => (string?)o["MetadataId"] == name)
                ?? throw new EmulatorError(404, "0x80040217", $"Could not find optionset {name}.");
            body.Remove("GlobalOptionSet@odata.bind");
            body["OptionSet"] = set.DeepClone();
            body[AttributeViews.GlobalBinding] = (string?)set["Name"] ?? name;
        }
        var id = AddColumn(entity, body);
        return EmulatorResponse.NoContent().WithHeader("OData-EntityId", $"{serviceRoot}EntityDefinitions(LogicalName='{entity.LogicalName}')/Attributes({id})");
    }

    private EmulatorResponse CreateKey(EntityModel entity, EmulatorRequest request, Uri serviceRoot)
    {
        var body = Body(request);
        var schema = (string?)body["SchemaName"] ?? throw EmulatorError.BadRequest("An entity key needs a SchemaName.");
        var columns = (body["KeyAttributes"] as JsonArray)?.Select(c => (string?)c ?? "").ToList() ?? [];
        if (columns.Count is 0 or > 16) throw EmulatorError.BadRequest("An entity key needs 1 to 16 KeyAttributes.");
        var key = catalog.AddKey(entity, schema, columns, options.KeyActivationDelay);
        records.IndexExistingRows(entity, key);
        return EmulatorResponse.NoContent().WithHeader("OData-EntityId", $"{serviceRoot}EntityDefinitions({entity.MetadataId})/Keys({key.MetadataId})");
    }

    private static string AddColumn(EntityModel entity, JsonObject body)
    {
        var schema = (string?)body["SchemaName"] ?? throw EmulatorError.BadRequest("An attribute needs a SchemaName.");
        var logical = (string?)body["LogicalName"] ?? schema.ToLowerInvariant();
        if (entity.Attribute(logical) is not null) throw new EmulatorError(400, "0x80047013", $"An attribute with the name {logical} already exists on entity {entity.LogicalName}.");
        var kind = ((string?)body["@odata.type"] ?? "").TrimStart('#').Replace("Microsoft.Dynamics.CRM.", "", StringComparison.Ordinal).Replace("AttributeMetadata", "", StringComparison.Ordinal);
        // Requests may name the type with or without '#'; responses always carry it, as Dataverse's do.
        if (kind.Length > 0) body["@odata.type"] = $"#Microsoft.Dynamics.CRM.{kind}AttributeMetadata";
        body["LogicalName"] = logical;
        body["EntityLogicalName"] = entity.LogicalName;
        body["AttributeType"] ??= kind switch
        {
            "MultiSelectPicklist" => "Virtual",
            "UniqueIdentifier" => "Uniqueidentifier",
            "" => throw EmulatorError.BadRequest("An attribute needs an @odata.type."),
            _ => kind,
        };
        body["AttributeTypeName"] ??= new JsonObject { ["Value"] = kind + "Type" };
        body["MetadataId"] ??= Guid.NewGuid().ToString();
        body["IsCustomAttribute"] ??= true;
        body["IsValidForCreate"] ??= true;
        body["IsValidForUpdate"] ??= true;
        body["RequiredLevel"] ??= new JsonObject { ["Value"] = "None" };
        entity.AddAttribute(body);
        return (string)body["MetadataId"]!;
    }

    private JsonObject EntityJson(EntityModel entity, string? expand)
    {
        var result = new JsonObject();
        foreach (var (name, value) in entity.Definition)
        {
            if (name.StartsWith('_') || name is "Attributes" or "ManyToOneRelationships") continue;
            result[name] = value?.DeepClone();
        }
        if (expand?.Contains("Attributes", StringComparison.Ordinal) == true)
            result["Attributes"] = new JsonArray([.. ((JsonArray)entity.Definition["Attributes"]!).OfType<JsonObject>().Select(a => (JsonNode)AttributeViews.Plain(a))]);
        if (expand?.Contains("Keys", StringComparison.Ordinal) == true)
            result["Keys"] = new JsonArray([.. entity.Keys.Select(k => (JsonNode)k.ToJson(entity.LogicalName, catalog.Now))]);
        if (expand?.Contains("ManyToOneRelationships", StringComparison.Ordinal) == true) result["ManyToOneRelationships"] = Relationships(entity);
        return result;
    }

    private static JsonObject Body(EmulatorRequest request) =>
        JsonNode.Parse(request.Body.Span) as JsonObject ?? throw EmulatorError.BadRequest("The request body must be a JSON object.");

    private static string Plural(string logical) =>
        logical.EndsWith('s') || logical.EndsWith('x') ? logical + "es"
        : logical.EndsWith('y') && logical.Length > 1 && !"aeiou".Contains(logical[^2]) ? logical[..^1] + "ies"
        : logical + "s";

    /// <summary>The table's many-to-one relationships as an org serves them (without the snapshot's "_" notes).</summary>
    private static JsonArray Relationships(EntityModel entity)
    {
        var result = new JsonArray();
        foreach (var relationship in (entity.Definition["ManyToOneRelationships"] as JsonArray ?? []).OfType<JsonObject>())
        {
            var copy = new JsonObject();
            foreach (var (name, value) in relationship)
            {
                if (!name.StartsWith('_')) copy[name] = value?.DeepClone();
            }
            result.Add(copy);
        }
        return result;
    }
}
