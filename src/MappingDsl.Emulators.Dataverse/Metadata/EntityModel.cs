using System.Text.Json.Nodes;

namespace MappingDsl.Emulators.Dataverse.Metadata;

/// <summary>One table: its definition JSON (as <c>EntityDefinitions</c> returns it), columns, navigation properties and keys.</summary>
internal sealed class EntityModel
{
    private readonly Dictionary<string, AttributeModel> _attributes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (AttributeModel Attribute, HashSet<string> Targets)> _navigation = new(StringComparer.Ordinal);

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
        foreach (var a in attributes.OfType<JsonObject>()) Index(AttributeModel.From(a));
    }

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

    private void Index(AttributeModel attribute)
    {
        _attributes[attribute.LogicalName] = attribute;
        foreach (var (target, nav) in attribute.NavigationByTarget)
        {
            if (!_navigation.TryGetValue(nav, out var entry) || entry.Attribute != attribute) _navigation[nav] = entry = (attribute, new HashSet<string>(StringComparer.Ordinal));
            entry.Targets.Add(target);
        }
    }
}
