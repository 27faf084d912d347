using System.Text.Json.Nodes;

namespace MappingDsl.Emulators.Dataverse.Metadata;

/// <summary>One table: its definition JSON (as <c>EntityDefinitions</c> returns it), columns, navigation properties and keys.</summary>
internal sealed class EntityModel
{
    private readonly Dictionary<string, AttributeModel> _attributes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (AttributeModel Attribute, HashSet<string> Targets)> _navigation = new(StringComparer.Ordinal);
    private AttributeModel[]? _requiredOnCreate;

    public EntityModel(JsonObject definition)
    {
        Definition = definition;
        LogicalName = (string?)definition["LogicalName"] ?? throw new InvalidDataException("An entity definition has no LogicalName.");
        EntitySetName = (string?)definition["EntitySetName"] ?? LogicalName + "s";
        PrimaryId = (string?)definition["PrimaryIdAttribute"] ?? LogicalName + "id";
        PrimaryName = (string?)definition["PrimaryNameAttribute"];
        MetadataId = Guid.TryParse((string?)definition["MetadataId"], out var id) ? id : Guid.NewGuid();
        definition["MetadataId"] = MetadataId.ToString();
        definition["IsCustomEntity"] ??= false;
        if (definition["Attributes"] is not JsonArray attributes) definition["Attributes"] = attributes = [];
        if (definition["ManyToOneRelationships"] is not JsonArray relationships) definition["ManyToOneRelationships"] = relationships = [];
        foreach (var a in attributes.OfType<JsonObject>())
        {
            a["MetadataId"] ??= StableId(LogicalName + "/" + (string?)a["LogicalName"]);
            Index(AttributeModel.From(a));
        }
        AddOwnerRelationship(relationships);
        foreach (var r in relationships.OfType<JsonObject>())
        {
            r["MetadataId"] ??= StableId(LogicalName + "/" + (string?)r["SchemaName"] + "/" + (string?)r["ReferencedEntity"]);
            IndexRelationship(r);
        }
    }

    // Every attribute and relationship of an org has a MetadataId, which $select always returns (query-metadata-web-api);
    // the transcribed snapshot has none, so one is derived from the names: the same on every start, so two reads of
    // the emulator's metadata (a pull compared with what is served) agree.
    private static string StableId(string name) =>
        new Guid(System.Security.Cryptography.MD5.HashData(System.Text.Encoding.UTF8.GetBytes(name))).ToString();

    public JsonObject Definition { get; }

    public string LogicalName { get; }

    public string EntitySetName { get; }

    public string PrimaryId { get; }

    public string? PrimaryName { get; }

    public Guid MetadataId { get; }

    public bool IsCustom => (bool?)Definition["IsCustomEntity"] ?? false;

    public List<KeyModel> Keys { get; } = [];

    public IEnumerable<AttributeModel> Attributes => _attributes.Values;

    public AttributeModel? Attribute(string logicalName) => _attributes.GetValueOrDefault(logicalName);

    /// <summary>
    /// The SystemRequired columns a create may set (valid for create, not the primary id), in column order. Every
    /// create checks them, so the list is built once and again only after a column is added or replaced.
    /// </summary>
    public IReadOnlyList<AttributeModel> SystemRequiredOnCreate =>
        _requiredOnCreate ??= [.. _attributes.Values.Where(a => a.RequiredLevel == "SystemRequired" && a.ValidForCreate && !a.IsPrimaryId)];

    /// <summary>Finds a single-valued navigation property; several targets may share one (ownerid: systemuser and team).</summary>
    public bool TryNavigation(string name, out AttributeModel attribute, out IReadOnlySet<string> targets)
    {
        if (_navigation.TryGetValue(name, out var found))
        {
            (attribute, targets) = (found.Attribute, found.Targets);
            return true;
        }
        (attribute, targets) = (null!, new HashSet<string>());
        return false;
    }

    public void AddAttribute(JsonObject definition)
    {
        ((JsonArray)Definition["Attributes"]!).Add(definition);
        Index(AttributeModel.From(definition));
    }

    /// <summary>Declares a relationship's navigation property (a lookup created through <c>RelationshipDefinitions</c>).</summary>
    public void AddRelationship(JsonObject relationship)
    {
        ((JsonArray)Definition["ManyToOneRelationships"]!).Add(relationship);
        IndexRelationship(relationship);
    }

    /// <summary>Every declared single-valued navigation property with its lookup column and target tables.</summary>
    public IEnumerable<(string Navigation, AttributeModel Attribute, IReadOnlySet<string> Targets)> Navigations =>
        _navigation.Select(n => (n.Key, n.Value.Attribute, (IReadOnlySet<string>)n.Value.Targets));

    // The snapshot's per-target names (the transcribed ones) are declarations like the relationships an org lists.
    // Nothing is derived here: a name neither declares is refused, as an org's $metadata refuses it.
    private void Index(AttributeModel attribute)
    {
        _attributes[attribute.LogicalName] = attribute;
        _requiredOnCreate = null;
        foreach (var (target, nav) in attribute.NavigationByTarget) Declare(nav, attribute, target);
    }

    private void IndexRelationship(JsonObject relationship)
    {
        var nav = (string?)relationship["ReferencingEntityNavigationPropertyName"];
        var column = (string?)relationship["ReferencingAttribute"];
        var referenced = (string?)relationship["ReferencedEntity"];
        if (string.IsNullOrEmpty(nav) || column is null || referenced is null || Attribute(column) is not { } attribute) return;
        // The owner relationship references the abstract 'owner' entity; it binds to every target of the column.
        if (referenced == "owner")
        {
            foreach (var target in attribute.Targets) Declare(nav, attribute, target);
        }
        else if (attribute.Targets.Contains(referenced, StringComparer.Ordinal))
        {
            Declare(nav, attribute, referenced);
        }
    }

    private void Declare(string nav, AttributeModel attribute, string target)
    {
        if (nav.Length == 0) return;
        if (!_navigation.TryGetValue(nav, out var entry) || entry.Attribute != attribute) _navigation[nav] = entry = (attribute, new HashSet<string>(StringComparer.Ordinal));
        entry.Targets.Add(target);
    }

    // The 2019 pages list no owner relationship (owner_tasks), a real org does: it is what a metadata pull reads the
    // owner's navigation property from, so the emulator serves it, named as the snapshot transcribed it.
    private void AddOwnerRelationship(JsonArray relationships)
    {
        if (Attribute("ownerid") is not { AttributeType: "Owner" } owner) return;
        if (relationships.OfType<JsonObject>().Any(r => (string?)r["ReferencingAttribute"] == "ownerid")) return;
        var nav = owner.NavigationByTarget.GetValueOrDefault("systemuser") ?? owner.NavigationByTarget.Values.FirstOrDefault();
        if (string.IsNullOrEmpty(nav)) return;
        relationships.Add(new JsonObject
        {
            ["SchemaName"] = "owner_" + EntitySetName,
            ["ReferencedEntity"] = "owner",
            ["ReferencedAttribute"] = "ownerid",
            ["ReferencingEntity"] = LogicalName,
            ["ReferencingAttribute"] = "ownerid",
            ["ReferencingEntityNavigationPropertyName"] = nav,
            ["RelationshipType"] = "OneToManyRelationship",
        });
    }
}
