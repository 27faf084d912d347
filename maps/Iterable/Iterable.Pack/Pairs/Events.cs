using MappingDsl.Entities;
using MappingDsl.Maps.Iterable.Source;

namespace MappingDsl.Maps.Iterable;

public static partial class IterablePack
{
    /// <summary>
    /// Custom events become completed tasks typed "IterableEvent" (ib_activitykind) regarding the lead or contact the
    /// person became, with the event name, the payload as JSON and the original timestamp. A task rather than a custom
    /// activity table: it needs no extra table (Sales Professional allows 15), appears on the timeline, and is what
    /// the scope asks for. Payloads with nested objects or arrays are flagged (ib_payloadnested) for review.
    /// </summary>
    [Pair("Custom Event", Module = "customEvent")]
    [LeaveUnset(nameof(Task.OwnerId), Reason = "Iterable records have no owner; Dataverse assigns the migration user, who can reassign")]
    [Ignore(nameof(IbCustomEvent.Id), Reason = "The event id is the source key kept in ib_sourceid")]
    [Ignore(nameof(IbCustomEvent.Email), Reason = "The person is resolved through the profile key")]
    [Ignore(nameof(IbCustomEvent.UserId), Reason = "The person is resolved through the profile key")]
    [Ignore(nameof(IbCustomEvent.ItblInternal), Reason = "Iterable's internal document timestamps")]
    [Ignore(nameof(IbCustomEvent.DataType), Reason = "Always customEvent")]
    public static Task CustomEvents(IbCustomEvent s, MapContext m) => new()
    {
        Subject = Lossy.Truncate("Iterable event: " + s.EventName, 200, "Task subjects are limited to 200 characters"),
        RegardingObjectId = m.Ref(Profiles, s.ProfileKey),
        ActualEnd = s.CreatedAt,
        ib_ActivityKind = "IterableEvent",
        ib_EventName = s.EventName,
        ib_EventPayload = s.DataFields?.GetRawText(),
        ib_OriginalTimestamp = s.CreatedAt,
        ib_PayloadNested = Nested(s.DataFields),
        OverriddenCreatedOn = s.CreatedAt,
        StateCode = Task.StateCodeOption.Completed,
        StatusCode = Task.StatusCodeOption.Completed,
    };

    /// <summary>
    /// The opt-in/opt-out history (emailSubscribe and emailUnSubscribe events) becomes completed tasks typed
    /// "IterableSubscription" regarding the person, with the channels and the original timestamp, for the compliance
    /// trail. The current opt-outs are columns on the lead or contact (User Profile row).
    /// </summary>
    [Pair("Subscription", Module = "subscription")]
    [LeaveUnset(nameof(Task.OwnerId), Reason = "Iterable records have no owner; Dataverse assigns the migration user, who can reassign")]
    [Ignore(nameof(IbSubscription.Email), Reason = "The person is resolved through the profile key")]
    [Ignore(nameof(IbSubscription.UserId), Reason = "The person is resolved through the profile key")]
    [Ignore(nameof(IbSubscription.ItblInternal), Reason = "Iterable's internal document timestamps")]
    [Ignore(nameof(IbSubscription.MessageTypeIds), Reason = "Message types have no Dynamics 365 analog; the channels are kept")]
    [Ignore(nameof(IbSubscription.EmailListIds), Reason = "List-level opt-outs are kept as the profile's list memberships")]
    public static Task Subscriptions(IbSubscription s, MapContext m) => new()
    {
        Subject = Lossy.Truncate((s.DataType == "emailSubscribe" ? "Opted in" : "Opted out") + (s.UnsubSource is null ? "" : " via " + s.UnsubSource), 200, "Task subjects are limited to 200 characters"),
        RegardingObjectId = m.Ref(Profiles, s.ProfileKey),
        ActualEnd = s.CreatedAt,
        ib_ActivityKind = "IterableSubscription",
        ib_EventName = s.DataType,
        ib_Channel = Lossy.Join(ChannelNames(s.ChannelIds), ", ", "Channel ids are written as names"),
        ib_OriginalTimestamp = s.CreatedAt,
        OverriddenCreatedOn = s.CreatedAt,
        StateCode = Task.StateCodeOption.Completed,
        StatusCode = Task.StatusCodeOption.Completed,
    };

    private static bool Nested(System.Text.Json.JsonElement? payload)
    {
        if (payload is not { ValueKind: System.Text.Json.JsonValueKind.Object } fields)
            return false;
        foreach (var field in fields.EnumerateObject())
        {
            if (field.Value.ValueKind is System.Text.Json.JsonValueKind.Object or System.Text.Json.JsonValueKind.Array)
                return true;
        }
        return false;
    }

    private static IEnumerable<string>? ChannelNames(IReadOnlyList<long>? ids)
    {
        if (ids is null)
            return null;
        var names = new List<string>();
        foreach (var id in ids)
            names.Add("channel " + id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        return names;
    }
}
