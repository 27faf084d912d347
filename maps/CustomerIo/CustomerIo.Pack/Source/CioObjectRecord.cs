using System.Text.Json;
using System.Text.Json.Serialization;

namespace MappingDsl.Maps.CustomerIo.Source;

/// <summary>
/// What every Customer.io object carries whatever its type (companies and custom objects alike): its key, ids, type
/// and related people; a type's own class adds its attributes.
/// </summary>
public abstract class CioObjectRecord
{
    /// <summary><c>&lt;type id&gt;:&lt;object id&gt;</c> (a company's: its object id).</summary>
    [SourceKey, JsonPropertyName("_key")] public string? Key { get; init; }
    /// <summary>Object id.</summary>
    public string? ObjectId { get; init; }
    /// <summary>Customer.io's internal object id.</summary>
    public string? CioObjectId { get; init; }
    /// <summary>Object type id.</summary>
    public string? ObjectTypeId { get; init; }
    /// <summary>Object type id (extractor).</summary>
    [JsonPropertyName("_typeId")] public string? TypeId { get; init; }
    /// <summary>Object type name (extractor).</summary>
    [JsonPropertyName("_typeName")] public string? TypeName { get; init; }
    /// <summary>Related people's cio_ids.</summary>
    [JsonPropertyName("_people")] public IReadOnlyList<string>? People { get; init; }
}
