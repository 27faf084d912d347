using System.Text.Json;
using System.Text.Json.Serialization;

namespace MappingDsl.Maps.Iterable.Source;

/// <summary>A company the extractor derived from an organisation list or an email domain.</summary>
public sealed class IbCompany
{
    /// <summary><c>list:&lt;id&gt;</c> or <c>domain:&lt;domain&gt;</c>.</summary>
    [SourceKey] public string? Key { get; init; }
    /// <summary>The organisation's name (the list name without its prefix, or the domain).</summary>
    public string? Name { get; init; }
    /// <summary><c>list</c> or <c>emailDomain</c>.</summary>
    public string? Basis { get; init; }
    /// <summary>The list id or domain it came from.</summary>
    public string? From { get; init; }
}

/// <summary>A list (<c>GET /api/lists</c>).</summary>
public sealed class IbList
{
    /// <summary>List id.</summary>
    [SourceKey] public long Id { get; init; }
    /// <summary>Name.</summary>
    public string? Name { get; init; }
    /// <summary>Created (epoch milliseconds).</summary>
    [JsonConverter(typeof(IterableTime))] public DateTimeOffset? CreatedAt { get; init; }
    /// <summary>Standard, Dynamic, Suppression or Internal.</summary>
    public string? ListType { get; init; }
    /// <summary>Description.</summary>
    public string? Description { get; init; }
}

/// <summary>One member of one list (<c>GET /api/lists/getUsers</c>).</summary>
public sealed class IbListMember
{
    /// <summary><c>&lt;listId&gt;:&lt;profileKey&gt;</c>.</summary>
    [SourceKey, JsonPropertyName("_key")] public string? Key { get; init; }
    /// <summary>The list.</summary>
    public string? ListId { get; init; }
    /// <summary>The member as listed (email or userId).</summary>
    public string? Member { get; init; }
    /// <summary>The member's profile key.</summary>
    [JsonPropertyName("_profileKey")] public string? ProfileKey { get; init; }
}

/// <summary>A campaign (<c>GET /api/campaigns</c>) with its metrics (<c>campaigns/metrics</c>).</summary>
public sealed class IbCampaign
{
    /// <summary>Campaign id.</summary>
    [SourceKey] public long Id { get; init; }
    /// <summary>Created (ms).</summary>
    [JsonConverter(typeof(IterableTime))] public DateTimeOffset? CreatedAt { get; init; }
    /// <summary>Updated (ms).</summary>
    [JsonConverter(typeof(IterableTime))] public DateTimeOffset? UpdatedAt { get; init; }
    /// <summary>Send start (ms).</summary>
    [JsonConverter(typeof(IterableTime))] public DateTimeOffset? StartAt { get; init; }
    /// <summary>Ended (ms).</summary>
    [JsonConverter(typeof(IterableTime))] public DateTimeOffset? EndedAt { get; init; }
    /// <summary>Name.</summary>
    public string? Name { get; init; }
    /// <summary>Template sent.</summary>
    public long? TemplateId { get; init; }
    /// <summary>Email, SMS, Push, InApp.</summary>
    public string? MessageMedium { get; init; }
    /// <summary>Iterable user who created it.</summary>
    public long? CreatedByUserId { get; init; }
    /// <summary>Draft, Ready, Scheduled, Running, Finished, Starting, Aborted, Recurring, Archived.</summary>
    public string? CampaignState { get; init; }
    /// <summary>Audience lists.</summary>
    public IReadOnlyList<long>? ListIds { get; init; }
    /// <summary>Suppression lists.</summary>
    public IReadOnlyList<long>? SuppressionListIds { get; init; }
    /// <summary>Send size.</summary>
    public int? SendSize { get; init; }
    /// <summary>Labels.</summary>
    public IReadOnlyList<string>? Labels { get; init; }
    /// <summary>Blast or Triggered.</summary>
    public string? Type { get; init; }
    /// <summary>The campaign it recurs from.</summary>
    public long? RecurringCampaignId { get; init; }
    /// <summary>The journey (workflow) it belongs to.</summary>
    public long? WorkflowId { get; init; }
    /// <summary>Metrics from campaigns/metrics.</summary>
    [JsonPropertyName("_metrics")] public IbMetrics? Metrics { get; init; }
}

/// <summary>A campaign's metrics row (CSV columns).</summary>
public sealed class IbMetrics
{
    /// <summary>Total Email Sends.</summary>
    [JsonPropertyName("Total Email Sends")] public int? TotalSends { get; init; }
    /// <summary>Unique Email Opens.</summary>
    [JsonPropertyName("Unique Email Opens")] public int? UniqueOpens { get; init; }
    /// <summary>Unique Email Clicks.</summary>
    [JsonPropertyName("Unique Email Clicks")] public int? UniqueClicks { get; init; }
    /// <summary>Email Open Rate.</summary>
    [JsonPropertyName("Email Open Rate")] public decimal? OpenRate { get; init; }
    /// <summary>Email Click Rate.</summary>
    [JsonPropertyName("Email Click Rate")] public decimal? ClickRate { get; init; }
}

/// <summary>A catalog (<c>GET /api/catalogs</c>).</summary>
public sealed class IbCatalog
{
    /// <summary>The catalog's name.</summary>
    [SourceKey] public string? Name { get; init; }
}

/// <summary>A catalog item (<c>GET /api/catalogs/{name}/items</c>).</summary>
public sealed class IbCatalogItem
{
    /// <summary><c>&lt;catalog&gt;/&lt;itemId&gt;</c>.</summary>
    [SourceKey, JsonPropertyName("_key")] public string? Key { get; init; }
    /// <summary>The catalog.</summary>
    public string? CatalogName { get; init; }
    /// <summary>The item id.</summary>
    public string? ItemId { get; init; }
    /// <summary>Last modified.</summary>
    [JsonConverter(typeof(IterableTime))] public DateTimeOffset? LastModified { get; init; }
    /// <summary>Field count.</summary>
    public int? Size { get; init; }
    /// <summary>The item's fields.</summary>
    public IbCatalogValue? Value { get; init; }
}

/// <summary>A catalog item's fields.</summary>
public sealed class IbCatalogValue
{
    /// <summary>Name.</summary>
    public string? Name { get; init; }
    /// <summary>SKU.</summary>
    public string? Sku { get; init; }
    /// <summary>Price.</summary>
    public decimal? Price { get; init; }
    /// <summary>Category.</summary>
    public string? Category { get; init; }
    /// <summary>Description.</summary>
    public string? Description { get; init; }
}

/// <summary>A template (<c>GET /api/templates</c>).</summary>
public sealed class IbTemplate
{
    /// <summary>Template id.</summary>
    [SourceKey] public long TemplateId { get; init; }
    /// <summary>Name.</summary>
    public string? Name { get; init; }
    /// <summary>Email, SMS, Push, InApp.</summary>
    public string? MessageMedium { get; init; }
    /// <summary>Base, Blast, Triggered, Workflow.</summary>
    public string? TemplateType { get; init; }
    /// <summary>Created (ms).</summary>
    [JsonConverter(typeof(IterableTime))] public DateTimeOffset? CreatedAt { get; init; }
    /// <summary>Updated (ms).</summary>
    [JsonConverter(typeof(IterableTime))] public DateTimeOffset? UpdatedAt { get; init; }
    /// <summary>Subject line.</summary>
    public string? Subject { get; init; }
    /// <summary>Body (HTML or text) with Handlebars.</summary>
    public string? Body { get; init; }
}

/// <summary>A journey (workflow) — metadata only.</summary>
public sealed class IbJourney
{
    /// <summary>Journey id.</summary>
    [SourceKey] public long Id { get; init; }
    /// <summary>Name.</summary>
    public string? Name { get; init; }
    /// <summary>What starts it.</summary>
    public string? Trigger { get; init; }
    /// <summary>Whether it is live.</summary>
    public bool? Enabled { get; init; }
    /// <summary>Created (ms).</summary>
    [JsonConverter(typeof(IterableTime))] public DateTimeOffset? CreatedAt { get; init; }
    /// <summary>Its steps.</summary>
    public IReadOnlyList<IbJourneyStep>? Steps { get; init; }
}

/// <summary>One journey step.</summary>
public sealed class IbJourneyStep
{
    /// <summary>Email, SMS, Push, InApp, Delay, Branch …</summary>
    public string? Type { get; init; }
    /// <summary>The template, delay or branch condition.</summary>
    public string? Detail { get; init; }
}

/// <summary>Source-generated JSON metadata for every Iterable record type. Numbers sent as strings are accepted: Iterable fields are loosely typed.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, NumberHandling = JsonNumberHandling.AllowReadingFromString)]
[JsonSerializable(typeof(IbCompany))]
[JsonSerializable(typeof(IbProfile))]
[JsonSerializable(typeof(IbList))]
[JsonSerializable(typeof(IbListMember))]
[JsonSerializable(typeof(IbCampaign))]
[JsonSerializable(typeof(IbCatalog))]
[JsonSerializable(typeof(IbCatalogItem))]
[JsonSerializable(typeof(IbTemplate))]
[JsonSerializable(typeof(IbJourney))]
[JsonSerializable(typeof(IbCustomEvent))]
[JsonSerializable(typeof(IbPurchase))]
[JsonSerializable(typeof(IbPurchaseItem))]
[JsonSerializable(typeof(IbSubscription))]
public sealed partial class IterableJson : JsonSerializerContext;
