using MappingDsl.Entities;
using MappingDsl.Maps.CustomerIo.Source;

namespace MappingDsl.Maps.CustomerIo;

public static partial class CustomerIoPack
{
    /// <summary>
    /// One-time broadcasts (newsletters) and API-triggered broadcasts become campaigns for tracking: name, send time,
    /// the target segments as the intended audience (cio_targetsegments), the state. Their send history follows as
    /// campaign members (Message Delivery Log). Content does not migrate as a reusable template.
    /// </summary>
    [Pair("Broadcast", Module = "broadcast")]
    [LeaveUnset(nameof(Campaign.OwnerId), Reason = "Customer.io broadcasts have no owner; Dataverse assigns the migration user, who can reassign")]
    [LeaveUnset(nameof(Campaign.TransactionCurrencyId), Reason = "Dataverse uses the organization's base currency")]
    [Ignore(nameof(CioBroadcast.Id), Reason = "Part of the source key kept in cio_sourceid")]
    [Ignore(nameof(CioBroadcast.DeduplicateId), Reason = "Customer.io's idempotency key")]
    [Ignore(nameof(CioBroadcast.Updated), Reason = "Dataverse stamps its own modified-on")]
    [Ignore(nameof(CioBroadcast.ContentIds), Reason = "Content does not migrate (the scope)")]
    [Ignore(nameof(CioBroadcast.Actions), Reason = "Content does not migrate (the scope)")]
    [Ignore(nameof(CioBroadcast.SubscriptionTopicId), Reason = "Subscription topics have no Sales analog; unsubscribes are kept on the person")]
    [Ignore(nameof(CioBroadcast.CreatedBy), Reason = "Customer.io users are not Dynamics 365 users")]
    [Ignore(nameof(CioBroadcast.Active), Reason = "The state is kept in cio_state")]
    public static Campaign Broadcasts(CioBroadcast s, MapContext m) => new()
    {
        Name = Lossy.Truncate(s.Name ?? s.Key ?? "(unnamed broadcast)", 128, "Campaign names are limited to 128 characters"),
        ActualStart = s.SentAt ?? s.FirstStarted,
        Description = Lossy.Join(s.Tags, ", ", "Tags become a comma-separated description"),
        cio_BroadcastKind = s.Kind,
        cio_TargetSegments = Lossy.Join(SegmentLabels(s.RecipientSegmentIds, s.Type), ", ", "Target segments become one comma-separated text"),
        cio_State = s.State ?? (s.SentAt is null ? "draft" : "sent"),
        OverriddenCreatedOn = s.Created,
    };

    private static List<string> SegmentLabels(IReadOnlyList<long>? ids, string? type)
    {
        if (ids is not { Count: > 0 })
            return [type == "triggered_broadcast" ? "API-triggered: recipients chosen per call" : "none"];
        var parts = new List<string>();
        foreach (var id in ids)
            parts.Add("segment " + id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        return parts;
    }
}
