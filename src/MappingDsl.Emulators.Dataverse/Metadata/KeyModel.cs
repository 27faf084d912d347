using System.Text.Json.Nodes;

namespace MappingDsl.Emulators.Dataverse.Metadata;

/// <summary>
/// An alternate key and its index status: Pending until its activation time has passed, then Active, or Failed when its
/// index could not be built (existing rows hold the same key value: the index enforces uniqueness,
/// define-alternate-keys-entity "Monitor index creation").
/// </summary>
internal sealed class KeyModel(string schemaName, IReadOnlyList<string> columns, DateTimeOffset activeAt, Guid metadataId)
{
    public string SchemaName { get; } = schemaName;

    public string LogicalName { get; } = schemaName.ToLowerInvariant();

    public IReadOnlyList<string> Columns { get; } = columns;

    public Guid MetadataId { get; } = metadataId;

    /// <summary>Set when existing rows collide on the key: its index never becomes usable.</summary>
    public bool Failed { get; set; }

    public bool IsActive(DateTimeOffset now) => now >= activeAt && !Failed;

    public string Status(DateTimeOffset now) => now < activeAt ? "Pending" : Failed ? "Failed" : "Active";

    public JsonObject ToJson(string entity, DateTimeOffset now) => new()
    {
        ["@odata.type"] = "#Microsoft.Dynamics.CRM.EntityKeyMetadata",
        ["MetadataId"] = MetadataId.ToString(),
        ["SchemaName"] = SchemaName,
        ["LogicalName"] = LogicalName,
        ["EntityLogicalName"] = entity,
        ["KeyAttributes"] = new JsonArray([.. Columns.Select(c => (JsonNode)JsonValue.Create(c)!)]),
        ["EntityKeyIndexStatus"] = Status(now),
    };
}
