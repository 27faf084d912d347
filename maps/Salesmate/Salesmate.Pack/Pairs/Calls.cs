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
    [Pair("Call", Module = "call", Deviation = "The scope says Task with TaskSubtype = Call (a Salesforce mechanism); Dataverse has a phone call activity, which is what is built. Duration, outcome and recording URL are custom columns on it.")]
    [Ignore(nameof(SmCall.Type), Reason = "The module already says it is a call")]
    [Ignore(nameof(SmCall.CompletedAt), Reason = "A logged call is complete when it happened (its due date)")]
    [Ignore(nameof(SmCall.LastModifiedAt), Reason = "Drives delta runs; Dataverse stamps its own modified-on")]
    public static PhoneCall Calls(SmCall s, MapContext m) => ActivityColumns(new PhoneCall
    {
        Subject = Lossy.Truncate(s.Title ?? "(call)", 200, "Phone call subjects are limited to 200 characters"),
        Description = Lossy.Truncate(s.Description, 2000, "Phone call descriptions are limited to 2000 characters"),
        PhoneNumber = s.PhoneNumber,
        DirectionCode = s.CallDirection != "Incoming",
        ScheduledEnd = s.DueDate,
        ActualStart = s.DueDate,
        ActualEnd = CallEnd(s.DueDate, s.CallDurationSeconds, s.Duration),
        ActualDurationMinutes = s.Duration,
        sm_DurationSeconds = s.CallDurationSeconds,
        sm_CallOutcome = s.CallOutcome,
        sm_RecordingUrl = s.RecordingUrl,
        from = s.CallDirection == "Incoming" ? [m.Party(Contacts, s.PrimaryContact?.Id, s.PrimaryContact?.Email)] : [m.User(s.Owner?.Email)],
        to = s.CallDirection == "Incoming" ? [m.User(s.Owner?.Email)] : [m.Party(Contacts, s.PrimaryContact?.Id, s.PrimaryContact?.Email)],
        StateCode = s.IsCompleted == false ? null : PhoneCall.StateCodeOption.Completed,
        StatusCode = s.IsCompleted == false ? PhoneCall.StatusCodeOption.Open
            : s.CallDirection == "Incoming" ? PhoneCall.StatusCodeOption.Received : PhoneCall.StatusCodeOption.Made,
    }, s, m);

    // A logged call happened at its due date and lasted its recorded seconds (else its minutes): that is its actual end.
    private static System.DateTimeOffset? CallEnd(System.DateTimeOffset? start, int? seconds, int? minutes) =>
        start?.AddSeconds(seconds ?? (minutes ?? 0) * 60);
}
