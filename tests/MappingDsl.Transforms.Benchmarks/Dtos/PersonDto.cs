using System.Text.Json.Serialization;

namespace MappingDsl.Transforms.Benchmarks.Dtos;

/// <summary>
/// What the contact and lead bodies share. Member names follow the Salesmate source so the mapping libraries can
/// match them by convention; the JSON names are the Dataverse columns.
/// </summary>
public abstract class PersonDto
{
    [JsonPropertyName("sm_sourceid")] public string? SourceId { get; set; }
    [JsonPropertyName("firstname")] public string? FirstName { get; set; }
    [JsonPropertyName("lastname")] public string? LastName { get; set; }
    [JsonPropertyName("emailaddress1")] public string? Email { get; set; }
    [JsonPropertyName("emailaddress2")] public string? SecondaryEmail { get; set; }
    [JsonPropertyName("telephone1")] public string? Phone { get; set; }
    [JsonPropertyName("mobilephone")] public string? Mobile { get; set; }
    [JsonPropertyName("jobtitle")] public string? Designation { get; set; }
    [JsonPropertyName("donotemail")] public bool? EmailOptOut { get; set; }
    [JsonPropertyName("description")] public string? Description { get; set; }
    [JsonPropertyName("address1_line1")] public string? BillingAddressLine1 { get; set; }
    [JsonPropertyName("address1_city")] public string? BillingCity { get; set; }
    [JsonPropertyName("address1_stateorprovince")] public string? BillingState { get; set; }
    [JsonPropertyName("address1_postalcode")] public string? BillingZipCode { get; set; }
    [JsonPropertyName("address1_country")] public string? BillingCountry { get; set; }
    [JsonPropertyName("sm_originallifecycle")] public string? LifecycleStage { get; set; }
    [JsonPropertyName("sm_contacttype")] public string? Type { get; set; }
    [JsonPropertyName("sm_tags")] public string? Tags { get; set; }
    [JsonPropertyName("sm_tagset")] public string? TagSet { get; set; }
    [JsonPropertyName("sm_utmsource")] public string? UtmSource { get; set; }
    [JsonPropertyName("sm_utmcampaign")] public string? UtmCampaign { get; set; }
    [JsonPropertyName("sm_utmmedium")] public string? UtmMedium { get; set; }
    [JsonPropertyName("sm_lastcommunicationat")] public DateTimeOffset? LastCommunicationAt { get; set; }
    [JsonPropertyName("sm_preferredname")] public string? PreferredName { get; set; }
    [JsonPropertyName("sm_background")] public string? Background { get; set; }
    [JsonPropertyName("sm_assistantemail")] public string? AssistantEmail { get; set; }
    [JsonPropertyName("sm_assistantphone")] public string? AssistantPhone { get; set; }
    [JsonPropertyName("sm_profileurl")] public string? ProfileUrl { get; set; }
    [JsonPropertyName("sm_children")] public int? Children { get; set; }
    [JsonPropertyName("sm_leadscore")] public decimal? LeadScore { get; set; }
    [JsonPropertyName("sm_lifetimevalue")] public decimal? LifetimeValue { get; set; }
    [JsonPropertyName("sm_lastwebinarat")] public DateTimeOffset? LastWebinarAt { get; set; }
    [JsonPropertyName("sm_newsletter")] public bool? Newsletter { get; set; }
    [JsonPropertyName("sm_preferredchannel")] public int? PreferredChannel { get; set; }
    [JsonPropertyName("sm_interests")] public string? Interests { get; set; }
    [JsonPropertyName("ownerid@odata.bind"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] public string? OwnerBind { get; set; }
    [JsonPropertyName("overriddencreatedon")] public DateTimeOffset? CreatedAt { get; set; }
}

/// <summary>A contact body (customers and evangelists).</summary>
public sealed class ContactDto : PersonDto
{
    [JsonPropertyName("birthdate")] public DateOnly? Birthday { get; set; }
    [JsonPropertyName("parentcustomerid_account@odata.bind"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] public string? ParentCustomerAccountBind { get; set; }
    [JsonPropertyName("parentcustomerid_contact@odata.bind"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] public string? ParentCustomerContactBind { get; set; }
}

/// <summary>A lead body (every earlier lifecycle stage).</summary>
public sealed class LeadDto : PersonDto
{
    [JsonPropertyName("subject")] public string? Subject { get; set; }
    [JsonPropertyName("companyname")] public string? CompanyName { get; set; }
    [JsonPropertyName("sm_birthday")] public DateOnly? Birthday { get; set; }
    [JsonPropertyName("parentaccountid@odata.bind"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] public string? ParentAccountBind { get; set; }
}
