using System.Text.Json;
using System.Text.Json.Serialization;

namespace MappingDsl.Maps.CustomerIo.Source;

/// <summary>A custom event (<c>GET /v1/activities?type=event</c>).</summary>
public sealed class CioEventRecord
{
    /// <summary>The activity id.</summary>
    [SourceKey, JsonPropertyName("_key")] public string? Key { get; init; }
    /// <summary>The person's cio_id.</summary>
    [JsonPropertyName("_person")] public string? Person { get; init; }
    /// <summary>Activity id.</summary>
    public string? Id { get; init; }
    /// <summary>Always event.</summary>
    public string? Type { get; init; }
    /// <summary>Event name.</summary>
    public string? Name { get; init; }
    /// <summary>Unix seconds.</summary>
    [JsonConverter(typeof(CioTime))] public DateTimeOffset? Timestamp { get; init; }
    /// <summary>The person's workspace id.</summary>
    public string? CustomerId { get; init; }
    /// <summary>The person's identifiers.</summary>
    public JsonElement? CustomerIdentifiers { get; init; }
    /// <summary>The event's properties.</summary>
    public JsonElement? Data { get; init; }
    /// <summary>The delivery that caused it (message events only).</summary>
    public string? DeliveryId { get; init; }
}

/// <summary>A message delivery (<c>GET /v1/messages</c>).</summary>
public sealed class CioDelivery
{
    /// <summary>Delivery id.</summary>
    [SourceKey, JsonPropertyName("_key")] public string? Key { get; init; }
    /// <summary>The last metric reached (extractor).</summary>
    [JsonPropertyName("_status")] public string? Status { get; init; }
    /// <summary>The recipient's cio_id.</summary>
    [JsonPropertyName("_person")] public string? Person { get; init; }
    /// <summary>Delivery id.</summary>
    public string? Id { get; init; }
    /// <summary>Dedupe id.</summary>
    public string? DeduplicateId { get; init; }
    /// <summary>Created (Unix seconds).</summary>
    [JsonConverter(typeof(CioTime))] public DateTimeOffset? Created { get; init; }
    /// <summary>Channel.</summary>
    public string? Type { get; init; }
    /// <summary>Recipient address.</summary>
    public string? Recipient { get; init; }
    /// <summary>The person's workspace id.</summary>
    public string? CustomerId { get; init; }
    /// <summary>The person's identifiers.</summary>
    public JsonElement? CustomerIdentifiers { get; init; }
    /// <summary>Subject.</summary>
    public string? Subject { get; init; }
    /// <summary>Metric → Unix time.</summary>
    public JsonElement? Metrics { get; init; }
    /// <summary>Forgotten (content erased on request).</summary>
    public bool? Forgotten { get; init; }
    /// <summary>Newsletter (broadcast).</summary>
    public long? NewsletterId { get; init; }
    /// <summary>Campaign (journey).</summary>
    public long? CampaignId { get; init; }
    /// <summary>Campaign action.</summary>
    public long? ActionId { get; init; }
    /// <summary>Transactional message.</summary>
    public long? TransactionalMessageId { get; init; }
    /// <summary>Template.</summary>
    public long? MsgTemplateId { get; init; }
}

/// <summary>A custom object of any type, with its related people.</summary>
public sealed class CioObject : CioObjectRecord
{
    /// <summary>Attributes.</summary>
    public CioObjectAttributes? Attributes { get; init; }
}

/// <summary>The attributes of the emulated object types (a customer's types get their own class).</summary>
public sealed class CioObjectAttributes
{
    /// <summary>Name.</summary>
    public string? Name { get; init; }
    /// <summary>Projects: the company object id.</summary>
    public string? CompanyId { get; init; }
    /// <summary>Projects: budget.</summary>
    public decimal? Budget { get; init; }
    /// <summary>Projects: status.</summary>
    public string? Status { get; init; }
    /// <summary>Projects: started (Unix seconds).</summary>
    [JsonConverter(typeof(CioTime))] public DateTimeOffset? StartedAt { get; init; }
    /// <summary>Milestones: the project object id.</summary>
    public string? ProjectId { get; init; }
    /// <summary>Milestones: due (Unix seconds).</summary>
    [JsonConverter(typeof(CioTime))] public DateTimeOffset? DueAt { get; init; }
    /// <summary>Milestones: done.</summary>
    [JsonConverter(typeof(CioFlag))] public bool? Done { get; init; }
}

/// <summary>An object type (<c>GET /v1/object_types</c>).</summary>
public sealed class CioObjectType
{
    /// <summary>Type id.</summary>
    [SourceKey, JsonPropertyName("_key")] public string? Key { get; init; }
    /// <summary>Type id.</summary>
    public string? Id { get; init; }
    /// <summary>Plural name.</summary>
    public string? Name { get; init; }
    /// <summary>Singular name.</summary>
    public string? SingularName { get; init; }
    /// <summary>Enabled.</summary>
    public bool? Enabled { get; init; }
}
