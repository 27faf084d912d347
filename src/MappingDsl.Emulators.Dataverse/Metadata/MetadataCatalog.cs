using System.Reflection;
using System.Text.Json.Nodes;
using MappingDsl.Emulators.Dataverse.Protocol;

namespace MappingDsl.Emulators.Dataverse.Metadata;

/// <summary>The org's tables, global choices and keys, loaded from a snapshot and changed by metadata requests.</summary>
internal sealed class MetadataCatalog
{
    private readonly Dictionary<string, EntityModel> _byLogicalName = new(StringComparer.Ordinal);
    private readonly Dictionary<string, EntityModel> _bySet = new(StringComparer.Ordinal);
    private readonly Dictionary<string, JsonObject> _optionSets = new(StringComparer.Ordinal);
    private readonly TimeProvider _time;

    public MetadataCatalog(IEnumerable<JsonObject> definitions, TimeProvider time)
    {
        _time = time;
        foreach (var definition in definitions) Add(new EntityModel(definition));
        Materialize();
    }

    /// <summary>
    /// Builds every node of the definitions now. A parsed <see cref="JsonObject"/> builds its properties on first
    /// access, which is not safe from two threads at once; record reads run in parallel and read the definitions, so
    /// the catalog is walked once at start and again after each metadata change (made under the dispatcher's write lock).
    /// </summary>
    public void Materialize()
    {
        static void Walk(JsonNode? node)
        {
            switch (node)
            {
                case JsonObject o:
                    foreach (var (_, value) in o) Walk(value);
                    break;
                case JsonArray a:
                    foreach (var item in a) Walk(item);
                    break;
            }
        }
        foreach (var entity in Entities)
        {
            Walk(entity.Definition);
            foreach (var attribute in entity.Attributes) Walk(attribute.Definition);
        }
        foreach (var set in OptionSets) Walk(set);
    }

    public IEnumerable<EntityModel> Entities => _byLogicalName.Values;

    public IEnumerable<JsonObject> OptionSets => _optionSets.Values;

    public DateTimeOffset Now => _time.GetUtcNow();

    public static IEnumerable<JsonObject> Load(string? directory)
    {
        if (directory is not null)
        {
            foreach (var file in Directory.EnumerateFiles(directory, "*.json").Order(StringComparer.Ordinal))
            {
                if (JsonNode.Parse(File.ReadAllText(file)) is JsonObject o && o["LogicalName"] is not null) yield return o;
            }
            yield break;
        }
        var assembly = Assembly.GetExecutingAssembly();
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith("metadata/", StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            if (JsonNode.Parse(stream) is JsonObject o && o["LogicalName"] is not null) yield return o;
        }
    }

    public EntityModel? ByLogicalName(string name) => _byLogicalName.GetValueOrDefault(name);

    public EntityModel? BySet(string set) => _bySet.GetValueOrDefault(set);

    public EntityModel RequireLogicalName(string name) =>
        ByLogicalName(name) ?? throw new EmulatorError(404, "0x80040217", $"Could not find an entity with name {name}.");

    public EntityModel? ByMetadataId(Guid id) => _byLogicalName.Values.FirstOrDefault(e => e.MetadataId == id);

    public JsonObject? OptionSet(string name) => _optionSets.GetValueOrDefault(name);

    public void Add(EntityModel entity)
    {
        _byLogicalName[entity.LogicalName] = entity;
        _bySet[entity.EntitySetName] = entity;
    }

    public KeyModel AddKey(EntityModel entity, string schemaName, IReadOnlyList<string> columns, TimeSpan activationDelay)
    {
        if (entity.Keys.Any(k => string.Equals(k.SchemaName, schemaName, StringComparison.OrdinalIgnoreCase)))
            throw EmulatorError.BadRequest($"An entity key with the name {schemaName} already exists.");
        if (entity.Keys.Count >= 10) throw EmulatorError.BadRequest("A table can have at most 10 alternate keys.");
        foreach (var column in columns)
        {
            if (entity.Attribute(column) is null) throw EmulatorError.BadRequest($"Key attribute '{column}' does not exist on entity '{entity.LogicalName}'.");
        }
        var key = new KeyModel(schemaName, columns, Now + activationDelay, Guid.NewGuid());
        entity.Keys.Add(key);
        return key;
    }

    public void AddOptionSet(JsonObject optionSet)
    {
        var name = (string?)optionSet["Name"] ?? throw EmulatorError.BadRequest("A global option set needs a Name.");
        if (_optionSets.ContainsKey(name)) throw new EmulatorError(400, "0x80047013", $"An option set with the name {name} already exists.");
        optionSet["MetadataId"] ??= Guid.NewGuid().ToString();
        optionSet["IsGlobal"] = true;
        _optionSets[name] = optionSet;
    }
}
