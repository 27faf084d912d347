namespace MappingDsl.Entities;

/// <summary>
/// One Customer.io message delivery as a campaign membership: the broadcast's campaign (when it was one), the lead or
/// contact, the member status (Sent or Responder) and the full delivery status in its own column, so an undeliverable
/// or bounced message is not lost under a standard status. Dataverse has no campaign-member table; campaign responses
/// are activities that need a customer party, so memberships get a table like the other packs' list memberships.
/// </summary>
[global::MappingDsl.CustomTable("cio_CampaignMember", "Campaign member", "Campaign members", PrimaryName = "cio_Name")]
public sealed partial class CioCampaignMember
{
    /// <summary>Recipient and subject.</summary>
    [global::MappingDsl.CustomColumn(global::MappingDsl.ColumnType.String, MaxLength = 300, Label = "Name")]
    public string? cio_Name { get; set; }

    /// <summary>The broadcast's campaign (none for journey and transactional deliveries).</summary>
    [global::MappingDsl.CustomColumn(global::MappingDsl.ColumnType.Lookup, Target = "campaign", Label = "Campaign")]
    public global::MappingDsl.LookupRef? cio_CampaignId { get; set; }

    /// <summary>The recipient, when it became a contact.</summary>
    [global::MappingDsl.CustomColumn(global::MappingDsl.ColumnType.Lookup, Target = "contact", Label = "Contact")]
    public global::MappingDsl.LookupRef? cio_ContactId { get; set; }

    /// <summary>The recipient, when it became a lead.</summary>
    [global::MappingDsl.CustomColumn(global::MappingDsl.ColumnType.Lookup, Target = "lead", Label = "Lead")]
    public global::MappingDsl.LookupRef? cio_LeadId { get; set; }

    /// <summary>Sent or Responder (the scope's Member Status).</summary>
    [global::MappingDsl.CustomColumn(global::MappingDsl.ColumnType.String, MaxLength = 20, Label = "Member status")]
    public string? cio_MemberStatus { get; set; }

    /// <summary>The delivery's last metric: sent, delivered, opened … bounced, undeliverable (the scope's cio_delivery_status__c).</summary>
    [global::MappingDsl.CustomColumn(global::MappingDsl.ColumnType.String, MaxLength = 50, Label = "Delivery status")]
    public string? cio_DeliveryStatus { get; set; }

    /// <summary>Spam complaints, unsubscribes, suppressions and bounces: for the legal team's retention review.</summary>
    [global::MappingDsl.CustomColumn(global::MappingDsl.ColumnType.Boolean, Label = "Compliance review")]
    public bool? cio_ComplianceReview { get; set; }

    /// <summary>newsletter, campaign or transactional, with its id.</summary>
    [global::MappingDsl.CustomColumn(global::MappingDsl.ColumnType.String, MaxLength = 100, Label = "Sent by")]
    public string? cio_Source { get; set; }

    /// <summary>Channel (email, sms, push …).</summary>
    [global::MappingDsl.CustomColumn(global::MappingDsl.ColumnType.String, MaxLength = 50, Label = "Channel")]
    public string? cio_Channel { get; set; }

    /// <summary>The message subject.</summary>
    [global::MappingDsl.CustomColumn(global::MappingDsl.ColumnType.String, MaxLength = 400, Label = "Subject")]
    public string? cio_Subject { get; set; }

    /// <summary>When the delivery was created (the send time).</summary>
    [global::MappingDsl.CustomColumn(global::MappingDsl.ColumnType.DateTime, Label = "Sent")]
    public global::System.DateTimeOffset? cio_SentAt { get; set; }

    /// <summary>Every metric reached, with its time, as JSON.</summary>
    [global::MappingDsl.CustomColumn(global::MappingDsl.ColumnType.Memo, MaxLength = 4000, Label = "Metrics (JSON)")]
    public string? cio_Metrics { get; set; }
}
