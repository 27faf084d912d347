using System.Text.Json.Serialization;

namespace MappingDsl.Maps.Salesmate.Source;

/// <summary>A Salesmate company (<c>company</c> module).</summary>
public sealed class SmCompany
{
    /// <summary>Salesmate id.</summary>
    [SourceKey] public long Id { get; init; }
    /// <summary>Company name.</summary>
    public string? Name { get; init; }
    /// <summary>The company's domain.</summary>
    public string? Website { get; init; }
    /// <summary>Main phone.</summary>
    public string? Phone { get; init; }
    /// <summary>Other phone.</summary>
    public string? OtherPhone { get; init; }
    /// <summary>Industry as free text.</summary>
    public string? Industry { get; init; }
    /// <summary>Employee count.</summary>
    public int? NumberOfEmployees { get; init; }
    /// <summary>Annual revenue.</summary>
    public decimal? AnnualRevenue { get; init; }
    /// <summary>ISO currency code.</summary>
    public string? Currency { get; init; }
    /// <summary>Description.</summary>
    public string? Description { get; init; }
    /// <summary>Comma-separated tags.</summary>
    public string? Tags { get; init; }
    /// <summary>Billing street.</summary>
    public string? BillingAddressLine1 { get; init; }
    /// <summary>Billing street, second line.</summary>
    public string? BillingAddressLine2 { get; init; }
    /// <summary>Billing city.</summary>
    public string? BillingCity { get; init; }
    /// <summary>Billing state.</summary>
    public string? BillingState { get; init; }
    /// <summary>Billing postal code.</summary>
    public string? BillingZipCode { get; init; }
    /// <summary>Billing country.</summary>
    public string? BillingCountry { get; init; }
    /// <summary>LinkedIn handle.</summary>
    public string? LinkedInHandle { get; init; }
    /// <summary>Owner.</summary>
    public SmUserRef? Owner { get; init; }
    /// <summary>Open deal count (derived in Salesmate).</summary>
    public int? OpenDealCount { get; init; }
    /// <summary>Won deal count (derived in Salesmate).</summary>
    public int? WonDealCount { get; init; }
    /// <summary>Created at.</summary>
    public DateTimeOffset? CreatedAt { get; init; }
    /// <summary>Last modified at.</summary>
    public DateTimeOffset? LastModifiedAt { get; init; }
    /// <summary>Custom field "Region".</summary>
    [JsonPropertyName("textCustomField1")] public string? Region { get; init; }
    /// <summary>Custom field "Tier" (Gold, Silver, Bronze).</summary>
    [JsonPropertyName("selectCustomField1")] public string? Tier { get; init; }
    /// <summary>Custom field "Locations".</summary>
    [JsonPropertyName("intCustomField1")] public int? Locations { get; init; }
    /// <summary>Custom field "Customer Since".</summary>
    [JsonPropertyName("dateCustomField1")] public DateOnly? CustomerSince { get; init; }
}
