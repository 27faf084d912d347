using System.Text.Json;
using System.Text.Json.Serialization;

namespace MappingDsl.Maps.Iterable.Source;

/// <summary>What every export event row has, plus the extractor's key and person.</summary>
public abstract class IbEvent
{
    /// <summary>The event's id, or a hash of the row when the sender gave none.</summary>
    [SourceKey, JsonPropertyName("_key")] public string? Key { get; init; }
    /// <summary>The person's profile key (lower-case email, else <c>user:&lt;userId&gt;</c>).</summary>
    [JsonPropertyName("_profileKey")] public string? ProfileKey { get; init; }
    /// <summary>The export data type the row came from.</summary>
    [JsonPropertyName("_dataType")] public string? DataType { get; init; }
    /// <summary>Email.</summary>
    public string? Email { get; init; }
    /// <summary>userId.</summary>
    public string? UserId { get; init; }
    /// <summary>When it happened (string or epoch milliseconds).</summary>
    [JsonConverter(typeof(IterableTime))] public DateTimeOffset? CreatedAt { get; init; }
    /// <summary>Iterable's internal document timestamps.</summary>
    public JsonElement? ItblInternal { get; init; }
}

/// <summary>A custom event (<c>customEvent</c> export).</summary>
public sealed class IbCustomEvent : IbEvent
{
    /// <summary>The event's id when the sender gave one.</summary>
    public string? Id { get; init; }
    /// <summary>The event name.</summary>
    public string? EventName { get; init; }
    /// <summary>The arbitrary payload.</summary>
    public JsonElement? DataFields { get; init; }
}

/// <summary>A purchase (<c>purchase</c> export).</summary>
public sealed class IbPurchase : IbEvent
{
    /// <summary>The order id.</summary>
    public string? Id { get; init; }
    /// <summary>The cart.</summary>
    public IReadOnlyList<IbCartItem>? ShoppingCartItems { get; init; }
    /// <summary>The order total.</summary>
    public decimal? Total { get; init; }
    /// <summary>The campaign that drove it.</summary>
    public long? CampaignId { get; init; }
    /// <summary>Further order fields.</summary>
    public JsonElement? DataFields { get; init; }
}

/// <summary>One cart item of a purchase (and what a purchase line split out of it carries).</summary>
public class IbCartItem
{
    /// <summary>The catalog item id.</summary>
    public string? Id { get; init; }
    /// <summary>SKU.</summary>
    public string? Sku { get; init; }
    /// <summary>Name.</summary>
    public string? Name { get; init; }
    /// <summary>Unit price.</summary>
    public decimal? Price { get; init; }
    /// <summary>Quantity.</summary>
    public decimal? Quantity { get; init; }
    /// <summary>Categories.</summary>
    public IReadOnlyList<string>? Categories { get; init; }
}

/// <summary>A purchase line as the extractor splits it out of <c>shoppingCartItems</c>: the cart item and its place.</summary>
public sealed class IbPurchaseItem : IbCartItem
{
    /// <summary><c>&lt;orderId&gt;#&lt;line&gt;</c>.</summary>
    [SourceKey, JsonPropertyName("_key")] public string? Key { get; init; }
    /// <summary>The order id.</summary>
    [JsonPropertyName("_orderId")] public string? OrderId { get; init; }
    /// <summary>The catalog the item belongs to (resolved by the extractor from the catalog items).</summary>
    [JsonPropertyName("_catalog")] public string? Catalog { get; init; }
    /// <summary>The line number (from 1).</summary>
    [JsonPropertyName("_line")] public int Line { get; init; }
}

/// <summary>An opt-in or opt-out (<c>emailSubscribe</c> / <c>emailUnSubscribe</c> export).</summary>
public sealed class IbSubscription : IbEvent
{
    /// <summary>Channels it applied to.</summary>
    public IReadOnlyList<long>? ChannelIds { get; init; }
    /// <summary>Message types it applied to.</summary>
    public IReadOnlyList<long>? MessageTypeIds { get; init; }
    /// <summary>Lists it applied to.</summary>
    public IReadOnlyList<long>? EmailListIds { get; init; }
    /// <summary>How the person unsubscribed (opt-outs only).</summary>
    public string? UnsubSource { get; init; }
}
