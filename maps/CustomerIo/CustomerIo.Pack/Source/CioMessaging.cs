using System.Text.Json;
using System.Text.Json.Serialization;

namespace MappingDsl.Maps.CustomerIo.Source;

/// <summary>A segment (<c>GET /v1/segments</c>) with its membership.</summary>
public sealed class CioSegment : CioSegmentRules
{
    /// <summary>Segment id.</summary>
    [SourceKey, JsonPropertyName("_key")] public string? Key { get; init; }
    /// <summary>Members read from the membership endpoint.</summary>
    [JsonPropertyName("_memberCount")] public int MemberCount { get; init; }
    /// <summary>The members' cio_ids.</summary>
    [JsonPropertyName("_members")] public IReadOnlyList<string>? Members { get; init; }
    /// <summary>Dedupe id.</summary>
    public string? DeduplicateId { get; init; }
    /// <summary>Description.</summary>
    public string? Description { get; init; }
    /// <summary>State.</summary>
    public string? State { get; init; }
    /// <summary>Tags.</summary>
    public IReadOnlyList<string>? Tags { get; init; }
    /// <summary>Created (Unix seconds).</summary>
    [JsonConverter(typeof(CioTime))] public DateTimeOffset? CreatedAt { get; init; }
    /// <summary>Updated (Unix seconds).</summary>
    [JsonConverter(typeof(CioTime))] public DateTimeOffset? UpdatedAt { get; init; }
}

/// <summary>What a segment's rules are made of: the part of a segment record the FetchXML translation reads.</summary>
public abstract class CioSegmentRules
{
    /// <summary>Segment id.</summary>
    public long Id { get; init; }
    /// <summary>Name.</summary>
    public string? Name { get; init; }
    /// <summary>dynamic or manual.</summary>
    public string? Type { get; init; }
    /// <summary>The rules, as Customer.io serves them.</summary>
    public JsonElement? Conditions { get; init; }
    /// <summary>The rules of the segments these rules name (<c>{"segment":{"id":1}}</c>), by segment id, from the extractor.</summary>
    [JsonPropertyName("_referencedConditions")] public Dictionary<string, JsonElement>? ReferencedConditions { get; init; }
}

/// <summary>
/// A segment record read as one of its marketing lists. People split into contacts and leads and a list holds one
/// table's records, so a segment makes two lists; each needs its own source id (<c>&lt;segment id&gt;-contacts</c>,
/// <c>-leads</c>) because both land in the same table.
/// </summary>
public abstract class CioSegmentList : CioSegmentRules
{
    /// <summary>The segment id, as the extractor keys the record.</summary>
    [JsonPropertyName("_key")] public string? SegmentKey { get; init; }
    /// <summary>The list's source key: the segment id and the member table (<c>1-contacts</c>, <c>1-leads</c>).</summary>
    [SourceKey, JsonIgnore] public string? Key => SegmentKey is null ? null : SegmentKey + "-" + MemberTable + "s";
    /// <summary>The table the list's members are in: <c>contact</c> or <c>lead</c>.</summary>
    [JsonIgnore] public abstract string MemberTable { get; }
}

/// <summary>A segment as its list of contacts.</summary>
public sealed class CioContactSegment : CioSegmentList
{
    /// <inheritdoc/>
    public override string MemberTable => "contact";
}

/// <summary>A segment as its list of leads.</summary>
public sealed class CioLeadSegment : CioSegmentList
{
    /// <inheritdoc/>
    public override string MemberTable => "lead";
}

/// <summary>A campaign (journey) with its actions.</summary>
public sealed class CioCampaign
{
    /// <summary>Campaign id.</summary>
    [SourceKey, JsonPropertyName("_key")] public string? Key { get; init; }
    /// <summary>The actions (<c>/v1/campaigns/{id}/actions</c>).</summary>
    [JsonPropertyName("_actions")] public IReadOnlyList<CioAction>? Steps { get; init; }
    /// <summary>Campaign id.</summary>
    public long Id { get; init; }
    /// <summary>Name.</summary>
    public string? Name { get; init; }
    /// <summary>segment, event …: the trigger kind.</summary>
    public string? Type { get; init; }
    /// <summary>State.</summary>
    public string? State { get; init; }
    /// <summary>Active.</summary>
    public bool? Active { get; init; }
    /// <summary>Created (Unix seconds).</summary>
    [JsonConverter(typeof(CioTime))] public DateTimeOffset? Created { get; init; }
    /// <summary>Updated (Unix seconds).</summary>
    [JsonConverter(typeof(CioTime))] public DateTimeOffset? Updated { get; init; }
    /// <summary>First started (Unix seconds).</summary>
    [JsonConverter(typeof(CioTime))] public DateTimeOffset? FirstStarted { get; init; }
    /// <summary>Creator.</summary>
    public string? CreatedBy { get; init; }
    /// <summary>Tags.</summary>
    public IReadOnlyList<string>? Tags { get; init; }
    /// <summary>Segments that trigger it.</summary>
    public IReadOnlyList<long>? TriggerSegmentIds { get; init; }
    /// <summary>Segments that filter it.</summary>
    public IReadOnlyList<long>? FilterSegmentIds { get; init; }
    /// <summary>Action ids and types (the full actions are in the steps).</summary>
    public JsonElement? Actions { get; init; }
    /// <summary>Templates.</summary>
    public JsonElement? MsgTemplates { get; init; }
    /// <summary>The triggering event (event campaigns).</summary>
    public string? EventName { get; init; }
    /// <summary>Time zone.</summary>
    public string? Timezone { get; init; }
}

/// <summary>One campaign action (step).</summary>
public sealed class CioAction
{
    /// <summary>Id.</summary>
    public long Id { get; init; }
    /// <summary>email, sms, push, webhook, delay, branch …</summary>
    public string? Type { get; init; }
    /// <summary>Name.</summary>
    public string? Name { get; init; }
    /// <summary>Subject (messages).</summary>
    public string? Subject { get; init; }
    /// <summary>Body (messages).</summary>
    public string? Body { get; init; }
    /// <summary>Branch condition.</summary>
    public string? Condition { get; init; }
    /// <summary>Delay.</summary>
    public long? DelaySeconds { get; init; }
}

/// <summary>A broadcast: a newsletter (one-time) or an API-triggered broadcast.</summary>
public sealed class CioBroadcast
{
    /// <summary><c>newsletter:&lt;id&gt;</c> or <c>broadcast:&lt;id&gt;</c>.</summary>
    [SourceKey, JsonPropertyName("_key")] public string? Key { get; init; }
    /// <summary>newsletter or api_triggered.</summary>
    [JsonPropertyName("_kind")] public string? Kind { get; init; }
    /// <summary>Id.</summary>
    public long Id { get; init; }
    /// <summary>Dedupe id.</summary>
    public string? DeduplicateId { get; init; }
    /// <summary>Name.</summary>
    public string? Name { get; init; }
    /// <summary>Channel (newsletters) or triggered_broadcast.</summary>
    public string? Type { get; init; }
    /// <summary>Sent (newsletters, Unix seconds).</summary>
    [JsonConverter(typeof(CioTime))] public DateTimeOffset? SentAt { get; init; }
    /// <summary>Created (Unix seconds).</summary>
    [JsonConverter(typeof(CioTime))] public DateTimeOffset? Created { get; init; }
    /// <summary>Updated (Unix seconds).</summary>
    [JsonConverter(typeof(CioTime))] public DateTimeOffset? Updated { get; init; }
    /// <summary>First started (API-triggered, Unix seconds).</summary>
    [JsonConverter(typeof(CioTime))] public DateTimeOffset? FirstStarted { get; init; }
    /// <summary>Target segments (newsletters).</summary>
    public IReadOnlyList<long>? RecipientSegmentIds { get; init; }
    /// <summary>Content ids (newsletters).</summary>
    public IReadOnlyList<long>? ContentIds { get; init; }
    /// <summary>Tags.</summary>
    public IReadOnlyList<string>? Tags { get; init; }
    /// <summary>Subscription topic.</summary>
    public long? SubscriptionTopicId { get; init; }
    /// <summary>Active (API-triggered).</summary>
    public bool? Active { get; init; }
    /// <summary>State (API-triggered).</summary>
    public string? State { get; init; }
    /// <summary>Actions (API-triggered).</summary>
    public JsonElement? Actions { get; init; }
    /// <summary>Creator (API-triggered).</summary>
    public string? CreatedBy { get; init; }
}

/// <summary>A transactional message with its contents.</summary>
public sealed class CioTransactional
{
    /// <summary>Id.</summary>
    [SourceKey, JsonPropertyName("_key")] public string? Key { get; init; }
    /// <summary>The contents (<c>/v1/transactional/{id}/contents</c>).</summary>
    [JsonPropertyName("_contents")] public IReadOnlyList<CioContent>? Contents { get; init; }
    /// <summary>Id.</summary>
    public long Id { get; init; }
    /// <summary>Name.</summary>
    public string? Name { get; init; }
    /// <summary>Description.</summary>
    public string? Description { get; init; }
    /// <summary>Sent to unsubscribed people too.</summary>
    public bool? SendToUnsubscribed { get; init; }
    /// <summary>Link tracking.</summary>
    public bool? LinkTracking { get; init; }
    /// <summary>Open tracking.</summary>
    public bool? OpenTracking { get; init; }
    /// <summary>Body hidden in delivery logs (the scope's redaction gotcha).</summary>
    public bool? HideMessageBody { get; init; }
    /// <summary>Created (Unix seconds).</summary>
    [JsonConverter(typeof(CioTime))] public DateTimeOffset? CreatedAt { get; init; }
    /// <summary>Updated (Unix seconds).</summary>
    [JsonConverter(typeof(CioTime))] public DateTimeOffset? UpdatedAt { get; init; }
}

/// <summary>One content (language version) of a transactional message.</summary>
public sealed class CioContent
{
    /// <summary>Id.</summary>
    public long Id { get; init; }
    /// <summary>Channel.</summary>
    public string? Type { get; init; }
    /// <summary>Name.</summary>
    public string? Name { get; init; }
    /// <summary>Language.</summary>
    public string? Language { get; init; }
    /// <summary>Sender.</summary>
    public string? From { get; init; }
    /// <summary>Subject.</summary>
    public string? Subject { get; init; }
    /// <summary>HTML body.</summary>
    public string? Body { get; init; }
}

/// <summary>The pack's JSON context: Customer.io's snake_case names.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower, NumberHandling = JsonNumberHandling.AllowReadingFromString)]
[JsonSerializable(typeof(CioPerson))]
[JsonSerializable(typeof(CioCompany))]
[JsonSerializable(typeof(CioTrait))]
[JsonSerializable(typeof(CioObject))]
[JsonSerializable(typeof(CioObjectType))]
[JsonSerializable(typeof(CioEventRecord))]
[JsonSerializable(typeof(CioDelivery))]
[JsonSerializable(typeof(CioSegment))]
[JsonSerializable(typeof(CioContactSegment))]
[JsonSerializable(typeof(CioLeadSegment))]
[JsonSerializable(typeof(CioCampaign))]
[JsonSerializable(typeof(CioBroadcast))]
[JsonSerializable(typeof(CioTransactional))]
public sealed partial class CustomerIoJson : JsonSerializerContext;
