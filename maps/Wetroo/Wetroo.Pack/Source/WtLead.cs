using System.Text.Json.Serialization;

namespace MappingDsl.Maps.Wetroo.Source;

/// <summary>A Wetroo lead (<c>lead</c> module), usually captured from a WhatsApp conversation.</summary>
public sealed class WtLead : WtPerson
{
    /// <summary>Lead status (customer-defined).</summary>
    public string? Status { get; init; }
    /// <summary>Lead source.</summary>
    public string? Source { get; init; }
    /// <summary>Qualification score, 0–100.</summary>
    public int? QualificationScore { get; init; }
    /// <summary>The contact the lead came from.</summary>
    public long? ContactId { get; init; }
    /// <summary>Custom field values.</summary>
    public WtLeadFields? CustomFields { get; init; }
}

/// <summary>A lead's custom field values.</summary>
public sealed class WtLeadFields
{
    /// <summary>Campaign (text).</summary>
    [JsonPropertyName("cf_campaign")] public string? Campaign { get; init; }
    /// <summary>Budget (number).</summary>
    [JsonPropertyName("cf_budget")] public decimal? Budget { get; init; }
    /// <summary>Callback Date (date).</summary>
    [JsonPropertyName("cf_callback_date")] public DateOnly? CallbackDate { get; init; }
    /// <summary>Product Interest (picklist).</summary>
    [JsonPropertyName("cf_product_interest")] public string? ProductInterest { get; init; }
}
