using System.Text.Json.Nodes;

namespace MappingDsl.Emulators.Dataverse.Metadata;

/// <summary>An alternate key and its index status; Pending turns Active once its activation time has passed.</summary>
internal sealed class KeyModel(string schemaName, IReadOnlyList<string> columns, DateTimeOffset activeAt, Guid metadataId)
{
    public string SchemaName { get; } = schemaName;

    public string LogicalName { get; } = schemaName.ToLowerInvariant();

    public IReadOnlyList<string> Columns { get; } = columns;

    public Guid MetadataId { get; } = metadataId;

    public bool IsActive(DateTimeOffset now) => now >= activeAt;

    public JsonObject ToJson(string entity, DateTimeOffset now) => new()
    {
        ["@odata.type"] = "#Microsoft.Dynamics.CRM.EntityKeyMetadata",
        ["MetadataId"] = MetadataId.ToString(),
        ["SchemaName"] = SchemaName,
        ["LogicalName"] = LogicalName,
        ["EntityLogicalName"] = entity,
        ["KeyAttributes"] = new JsonArray([.. Columns.Select(c => (JsonNode)JsonValue.Create(c)!)]),
        ["EntityKeyIndexStatus"] = IsActive(now) ? "Active" : "Pending",
    };
}
