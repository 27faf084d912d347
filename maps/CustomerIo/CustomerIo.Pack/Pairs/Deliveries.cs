using MappingDsl.Entities;
using MappingDsl.Maps.CustomerIo.Source;

namespace MappingDsl.Maps.CustomerIo;

public static partial class CustomerIoPack
{
    /// <summary>
    /// Each delivery becomes a campaign member: the broadcast's campaign (deliveries of journeys and transactional
    /// messages have none and name their sender instead), the lead or contact, Responder or Sent as the member
    /// status, and the delivery's own last status in cio_deliverystatus, so bounced, failed or undeliverable messages
    /// are not lost under the standard status. Spam complaints, unsubscribes, suppressions and bounces are flagged for
    /// the legal team's retention review.
    /// </summary>
    [Pair("Message Delivery Log", Module = "delivery")]
    [Ignore(nameof(CioDelivery.Id), Reason = "The delivery id is the source key kept in cio_sourceid")]
    [Ignore(nameof(CioDelivery.DeduplicateId), Reason = "Customer.io's idempotency key; the delivery id is kept")]
    [Ignore(nameof(CioDelivery.CustomerId), Reason = "The person is resolved through its cio_id")]
    [Ignore(nameof(CioDelivery.CustomerIdentifiers), Reason = "The person is resolved through its cio_id")]
    [Ignore(nameof(CioDelivery.Forgotten), Reason = "Forgotten deliveries have no content to keep; their status is kept")]
    [Ignore(nameof(CioDelivery.ActionId), Reason = "The journey step is listed in the Campaign / Journey inventory")]
    [Ignore(nameof(CioDelivery.MsgTemplateId), Reason = "Templates are not migrated (the scope)")]
    public static CioCampaignMember Deliveries(CioDelivery s, MapContext m) => new()
    {
        cio_Name = Lossy.Truncate((s.Recipient ?? s.Person) + ": " + s.Subject, 300, "Member names are limited to 300 characters"),
        cio_CampaignId = m.Ref(Broadcasts, s.NewsletterId is { } newsletter ? "newsletter:" + newsletter.ToString(System.Globalization.CultureInfo.InvariantCulture) : null),
        cio_ContactId = m.Ref(People, s.Person),
        cio_LeadId = m.Ref(People, s.Person),
        cio_MemberStatus = MemberStatus(s.Status),
        cio_DeliveryStatus = s.Status,
        cio_ComplianceReview = s.Status is "spammed" or "unsubscribed" or "suppressed" or "bounced",
        cio_Source = Sender(s.NewsletterId, s.CampaignId, s.TransactionalMessageId),
        cio_Channel = s.Type,
        cio_Subject = s.Subject,
        cio_SentAt = s.Created,
        cio_Metrics = Json(s.Metrics),
    };

    /// <summary>A delivery's last status → the scope's member status (the full status is kept beside it).</summary>
    [Picklist("Delivery status", Discovered = "delivery._status")]
    public static string MemberStatus(string? v) => v switch
    {
        "opened" or "clicked" or "converted" => "Responder",
        "sent" or "delivered" or "bounced" or "spammed" or "dropped" or "failed" or "undeliverable" or "suppressed" or "unsubscribed" or "drafted" or "attempted" or "deferred" => "Sent",
        _ => Unmapped.Fail<string>(v),
    };

    private static string Sender(long? newsletter, long? campaign, long? transactional) =>
        newsletter is { } n ? "newsletter " + n.ToString(System.Globalization.CultureInfo.InvariantCulture)
        : campaign is { } c ? "campaign " + c.ToString(System.Globalization.CultureInfo.InvariantCulture)
        : transactional is { } t ? "transactional " + t.ToString(System.Globalization.CultureInfo.InvariantCulture)
        : "unknown";
}
