using System.Text.Json.Serialization;

namespace MappingDsl.Maps.Salesmate.Source;

/// <summary>A Salesmate contact (<c>contact</c> module); becomes a lead or a contact by lifecycle stage.</summary>
public sealed class SmContact
{
    /// <summary>Salesmate id.</summary>
    [SourceKey] public long Id { get; init; }
    /// <summary>First name.</summary>
    public string? FirstName { get; init; }
    /// <summary>Last name.</summary>
    public string? LastName { get; init; }
    /// <summary>Display name.</summary>
    public string? Name { get; init; }
    /// <summary>Email.</summary>
    public string? Email { get; init; }
    /// <summary>Secondary email.</summary>
    public string? SecondaryEmail { get; init; }
    /// <summary>Phone.</summary>
    public string? Phone { get; init; }
    /// <summary>Mobile.</summary>
    public string? Mobile { get; init; }
    /// <summary>Job title.</summary>
    public string? Designation { get; init; }
    /// <summary>Salesmate contact type.</summary>
    public string? Type { get; init; }
    /// <summary>Lifecycle stage: decides lead or contact.</summary>
    public string? LifecycleStage { get; init; }
    /// <summary>The contact's company.</summary>
    public SmCompanyRef? Company { get; init; }
    /// <summary>Opted out of email.</summary>
    public bool? EmailOptOut { get; init; }
    /// <summary>Description.</summary>
    public string? Description { get; init; }
    /// <summary>Comma-separated tags.</summary>
    public string? Tags { get; init; }
    /// <summary>Billing street.</summary>
    public string? BillingAddressLine1 { get; init; }
    /// <summary>Billing city.</summary>
    public string? BillingCity { get; init; }
    /// <summary>Billing state.</summary>
    public string? BillingState { get; init; }
    /// <summary>Billing postal code.</summary>
    public string? BillingZipCode { get; init; }
    /// <summary>Billing country.</summary>
    public string? BillingCountry { get; init; }
    /// <summary>UTM source of the first visit.</summary>
    public string? UtmSource { get; init; }
    /// <summary>UTM campaign.</summary>
    public string? UtmCampaign { get; init; }
    /// <summary>UTM medium.</summary>
    public string? UtmMedium { get; init; }
    /// <summary>Owner.</summary>
    public SmUserRef? Owner { get; init; }
    /// <summary>Last communication.</summary>
    public DateTimeOffset? LastCommunicationAt { get; init; }
    /// <summary>Created at.</summary>
    public DateTimeOffset? CreatedAt { get; init; }
    /// <summary>Last modified at.</summary>
    public DateTimeOffset? LastModifiedAt { get; init; }
    /// <summary>Custom field "Preferred Name".</summary>
    [JsonPropertyName("textCustomField1")] public string? PreferredName { get; init; }
    /// <summary>Custom field "Background".</summary>
    [JsonPropertyName("textAreaCustomField1")] public string? Background { get; init; }
    /// <summary>Custom field "Assistant Email".</summary>
    [JsonPropertyName("emailCustomField1")] public string? AssistantEmail { get; init; }
    /// <summary>Custom field "Assistant Phone".</summary>
    [JsonPropertyName("phoneCustomField1")] public string? AssistantPhone { get; init; }
    /// <summary>Custom field "Profile URL".</summary>
    [JsonPropertyName("urlCustomField1")] public string? ProfileUrl { get; init; }
    /// <summary>Custom field "Children".</summary>
    [JsonPropertyName("intCustomField1")] public int? Children { get; init; }
    /// <summary>Custom field "Lead Score".</summary>
    [JsonPropertyName("decimalCustomField1")] public decimal? LeadScore { get; init; }
    /// <summary>Custom field "Lifetime Value".</summary>
    [JsonPropertyName("currencyCustomField1")] public decimal? LifetimeValue { get; init; }
    /// <summary>Custom field "Birthday".</summary>
    [JsonPropertyName("dateCustomField1")] public DateOnly? Birthday { get; init; }
    /// <summary>Custom field "Last Webinar At".</summary>
    [JsonPropertyName("dateTimeCustomField1")] public DateTimeOffset? LastWebinarAt { get; init; }
    /// <summary>Custom field "Newsletter".</summary>
    [JsonPropertyName("booleanCustomField1")] public bool? Newsletter { get; init; }
    /// <summary>Custom field "Preferred Channel" (Email, Phone, SMS).</summary>
    [JsonPropertyName("selectCustomField1")] public string? PreferredChannel { get; init; }
    /// <summary>Custom field "Interests", comma-separated (Webinars, Pricing, Integrations, Support).</summary>
    [JsonPropertyName("multiSelectCustomField1")] public string? Interests { get; init; }
}
