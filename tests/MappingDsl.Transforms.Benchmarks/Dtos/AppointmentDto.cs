using System.Text.Json.Serialization;

namespace MappingDsl.Transforms.Benchmarks.Dtos;

/// <summary>An appointment body with its activity parties; state and status travel beside it.</summary>
public sealed class AppointmentDto
{
    [JsonPropertyName("sm_sourceid")] public string? SourceId { get; set; }
    [JsonPropertyName("subject")] public string? Title { get; set; }
    [JsonPropertyName("description")] public string? Description { get; set; }
    [JsonPropertyName("location")] public string? Location { get; set; }
    [JsonPropertyName("scheduledstart")] public DateTimeOffset? ScheduledStart { get; set; }
    [JsonPropertyName("scheduledend")] public DateTimeOffset? ScheduledEnd { get; set; }
    [JsonPropertyName("sm_attendeeresponses")] public string? AttendeeResponses { get; set; }
    [JsonPropertyName("sm_iscalendarinvite")] public bool? IsCalendarInvite { get; set; }
    [JsonPropertyName("regardingobjectid_opportunity_appointment@odata.bind"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] public string? RegardingOpportunityBind { get; set; }
    [JsonPropertyName("regardingobjectid_contact_appointment@odata.bind"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] public string? RegardingContactBind { get; set; }
    [JsonPropertyName("regardingobjectid_lead_appointment@odata.bind"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] public string? RegardingLeadBind { get; set; }
    [JsonPropertyName("regardingobjectid_account_appointment@odata.bind"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] public string? RegardingAccountBind { get; set; }
    [JsonPropertyName("sm_outcomecategory")] public int? OutcomeCategory { get; set; }
    [JsonPropertyName("sm_followupnotes")] public string? FollowUpNotes { get; set; }
    [JsonPropertyName("sm_tags")] public string? Tags { get; set; }
    [JsonPropertyName("ownerid_appointment@odata.bind"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] public string? OwnerBind { get; set; }
    [JsonPropertyName("overriddencreatedon")] public DateTimeOffset? CreatedAt { get; set; }
    [JsonPropertyName("appointment_activity_parties")] public List<PartyDto>? Parties { get; set; }
    [JsonIgnore] public int? StateCode { get; set; }
    [JsonIgnore] public int? StatusCode { get; set; }
}

/// <summary>One activity party: a resolved record, an address, or both.</summary>
public sealed class PartyDto
{
    [JsonPropertyName("partyid_systemuser@odata.bind"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] public string? SystemUserBind { get; set; }
    [JsonPropertyName("partyid_contact@odata.bind"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] public string? ContactBind { get; set; }
    [JsonPropertyName("partyid_lead@odata.bind"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] public string? LeadBind { get; set; }
    [JsonPropertyName("addressused"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] public string? AddressUsed { get; set; }
    [JsonPropertyName("participationtypemask")] public int ParticipationTypeMask { get; set; }
}
