using MappingDsl.Entities;
using MappingDsl.Maps.Salesmate.Source;

namespace MappingDsl.Maps.Salesmate;

public static partial class SalesmatePack
{
    /// <summary>
    /// Salesmate call logs become phone calls (the scope's "Task with TaskSubtype = Call" is Salesforce's way; Dataverse
    /// has a phone call activity). The owner and the contact are the parties, by direction; duration, outcome and
    /// recording URL are kept; the call time is the activity time, so the timeline keeps its order.
    /// </summary>
    [Pair("Call", Module = "call")]
    [Ignore(nameof(SmCall.Type), Reason = "The module already says it is a call")]
    [Ignore(nameof(SmCall.CompletedAt), Reason = "A logged call is complete when it happened (its due date)")]
    [Ignore(nameof(SmCall.LastModifiedAt), Reason = "Drives delta runs; Dataverse stamps its own modified-on")]
    public static PhoneCall Calls(SmCall s, MapContext m) => new()
    {
        Subject = Lossy.Truncate(s.Title ?? "(call)", 200, "Phone call subjects are limited to 200 characters"),
        Description = Lossy.Truncate(s.Description, 2000, "Phone call descriptions are limited to 2000 characters"),
        PhoneNumber = s.PhoneNumber,
        DirectionCode = s.CallDirection != "Incoming",
        ScheduledEnd = s.DueDate,
        ActualDurationMinutes = s.Duration,
        sm_DurationSeconds = s.CallDurationSeconds,
        sm_CallOutcome = s.CallOutcome,
        sm_RecordingUrl = s.RecordingUrl,
        from = s.CallDirection == "Incoming" ? [m.Party(Contacts, s.PrimaryContact?.Id, s.PrimaryContact?.Email)] : [m.User(s.Owner?.Email)],
        to = s.CallDirection == "Incoming" ? [m.User(s.Owner?.Email)] : [m.Party(Contacts, s.PrimaryContact?.Id, s.PrimaryContact?.Email)],
        RegardingObjectId = s.Deal is { } deal ? m.Ref(Deals, deal.Id)
            : s.PrimaryContact is { } contact ? m.Ref(Contacts, contact.Id)
            : m.Ref(Companies, s.PrimaryCompany?.Id),
        sm_OutcomeCategory = OutcomeCategory(s.OutcomeCategory),
        sm_FollowUpNotes = s.FollowUpNotes,
        sm_Tags = s.Tags,
        OwnerId = m.Owner(s.Owner?.Email),
        OverriddenCreatedOn = s.CreatedAt,
        StateCode = s.IsCompleted == false ? null : PhoneCall.StateCodeOption.Completed,
        StatusCode = s.IsCompleted == false ? PhoneCall.StatusCodeOption.Open
            : s.CallDirection == "Incoming" ? PhoneCall.StatusCodeOption.Received : PhoneCall.StatusCodeOption.Made,
    };
}
