using System.Text.Json;
using System.Text.Json.Serialization;

namespace MappingDsl.Maps.Iterable.Source;

/// <summary>
/// An Iterable user profile as the extractor yields it: the <c>export/data.json?dataTypeName=user</c> row (flat custom
/// fields, a nested <c>address</c>, dotted <c>itblInternal.*</c> keys), deduplicated by email with the newest
/// <c>profileUpdatedAt</c> kept, plus the extractor's annotations (<c>_profileKey</c>, <c>_companyKey</c>,
/// <c>_optOut</c>, <c>_mergedDuplicates</c>).
/// </summary>
public sealed class IbProfile
{
    /// <summary>Lower-case email, or <c>user:&lt;userId&gt;</c> for an anonymous profile.</summary>
    [SourceKey, JsonPropertyName("_profileKey")] public string? ProfileKey { get; init; }
    /// <summary>Email (absent on anonymous profiles).</summary>
    public string? Email { get; init; }
    /// <summary>userId.</summary>
    public string? UserId { get; init; }
    /// <summary>First name.</summary>
    public string? FirstName { get; init; }
    /// <summary>Last name.</summary>
    public string? LastName { get; init; }
    /// <summary>Phone number.</summary>
    public string? PhoneNumber { get; init; }
    /// <summary>Signup date (<c>yyyy-MM-dd HH:mm:ss +00:00</c>).</summary>
    [JsonConverter(typeof(IterableTime))] public DateTimeOffset? SignupDate { get; init; }
    /// <summary>Signup source.</summary>
    public string? SignupSource { get; init; }
    /// <summary>Last profile update (ISO).</summary>
    [JsonConverter(typeof(IterableTime))] public DateTimeOffset? ProfileUpdatedAt { get; init; }
    /// <summary>Lifecycle stage: subscriber, lead, MQL, SQL, customer, evangelist.</summary>
    public string? LifecycleStage { get; init; }
    /// <summary>Custom field plan.</summary>
    public string? Plan { get; init; }
    /// <summary>Custom field birthday (a date).</summary>
    [JsonConverter(typeof(IterableTime))] public DateTimeOffset? Birthday { get; init; }
    /// <summary>Custom field isBeta.</summary>
    public bool? IsBeta { get; init; }
    /// <summary>Custom field loyaltyPoints.</summary>
    public int? LoyaltyPoints { get; init; }
    /// <summary>Lists the profile is in.</summary>
    public IReadOnlyList<long>? EmailListIds { get; init; }
    /// <summary>Channels the profile unsubscribed from.</summary>
    public IReadOnlyList<long>? UnsubscribedChannelIds { get; init; }
    /// <summary>Message types the profile unsubscribed from.</summary>
    public IReadOnlyList<long>? UnsubscribedMessageTypeIds { get; init; }
    /// <summary>Nested address.</summary>
    public IbAddress? Address { get; init; }
    /// <summary>The dotted key <c>itblInternal.emailDomain</c>.</summary>
    [JsonPropertyName("itblInternal.emailDomain")] public string? EmailDomain { get; init; }
    /// <summary>The company the extractor attributed (<c>list:&lt;id&gt;</c> or <c>domain:&lt;domain&gt;</c>).</summary>
    [JsonPropertyName("_companyKey")] public string? CompanyKey { get; init; }
    /// <summary>Opt-outs per channel medium, from unsubscribedChannelIds.</summary>
    [JsonPropertyName("_optOut")] public IbOptOut? OptOut { get; init; }
    /// <summary>Older profiles with the same email merged into this one.</summary>
    [JsonPropertyName("_mergedDuplicates")] public JsonElement? MergedDuplicates { get; init; }
}

/// <summary>A profile's nested address.</summary>
public sealed class IbAddress
{
    /// <summary>City.</summary>
    public string? City { get; init; }
    /// <summary>Country code.</summary>
    public string? Country { get; init; }
}

/// <summary>Opt-outs per channel medium.</summary>
public sealed class IbOptOut
{
    /// <summary>Every email channel.</summary>
    public bool Email { get; init; }
    /// <summary>SMS.</summary>
    public bool Sms { get; init; }
    /// <summary>Push.</summary>
    public bool Push { get; init; }
    /// <summary>In-app.</summary>
    public bool InApp { get; init; }
}
