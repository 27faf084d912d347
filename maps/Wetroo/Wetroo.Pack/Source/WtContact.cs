using System.Text.Json.Serialization;

namespace MappingDsl.Maps.Wetroo.Source;

/// <summary>A Wetroo contact (<c>contact</c> module).</summary>
public sealed class WtContact : WtPerson
{
    /// <summary>Opted in to WhatsApp messages.</summary>
    public bool? WhatsappOptIn { get; init; }
    /// <summary>City.</summary>
    public string? City { get; init; }
    /// <summary>Country.</summary>
    public string? Country { get; init; }
    /// <summary>Teams the contact is shared with.</summary>
    public IReadOnlyList<string>? Teams { get; init; }
    /// <summary>Custom field values.</summary>
    public WtContactFields? CustomFields { get; init; }
}

/// <summary>A contact's custom field values (definitions in the <c>field</c> module).</summary>
public sealed class WtContactFields
{
    /// <summary>GST Number (text).</summary>
    [JsonPropertyName("cf_gst_number")] public string? GstNumber { get; init; }
    /// <summary>Orders Count (number).</summary>
    [JsonPropertyName("cf_orders_count")] public decimal? OrdersCount { get; init; }
    /// <summary>Birthday (date).</summary>
    [JsonPropertyName("cf_birthday")] public DateOnly? Birthday { get; init; }
    /// <summary>Preferred Language (picklist).</summary>
    [JsonPropertyName("cf_language")] public string? Language { get; init; }
    /// <summary>City Tier (picklist).</summary>
    [JsonPropertyName("cf_city_tier")] public string? CityTier { get; init; }
}
