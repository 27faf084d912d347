using System.Collections.Generic;
using MappingDsl.Entities;
using MappingDsl.Maps.Salesmate.Source;

namespace MappingDsl.Maps.Salesmate;

public static partial class SalesmatePack
{
    /// <summary>
    /// Salesmate meetings become appointments: start, end, location and subject transfer; attendees become activity
    /// parties (migrated contacts and leads, Dynamics users, or bare addresses), with the owner as organizer; each
    /// attendee's response is kept in sm_attendeeresponses.
    /// </summary>
    [Pair("Meeting", Module = "meeting", Deviation = "Not yet built: meeting bodies longer than 2 000 characters are cut (the limit of the description column); no full-content column yet.")]
    [Ignore(nameof(SmMeeting.Type), Reason = "The module already says it is a meeting")]
    [Ignore(nameof(SmMeeting.CompletedAt), Reason = "A past meeting is complete at its end time")]
    [Ignore(nameof(SmMeeting.LastModifiedAt), Reason = "Drives delta runs; Dataverse stamps its own modified-on")]
    public static Appointment Meetings(SmMeeting s, MapContext m) => ActivityColumns(new Appointment
    {
        Subject = Lossy.Truncate(s.Title ?? "(meeting)", 200, "Appointment subjects are limited to 200 characters"),
        Description = Lossy.Truncate(s.Description, 2000, "Appointment descriptions are limited to 2000 characters"),
        Location = s.Location,
        ScheduledStart = s.DueDate ?? s.CreatedAt,
        ScheduledEnd = s.EndDate ?? (s.DueDate ?? s.CreatedAt)?.AddMinutes(s.Duration ?? 30),
        Organizer = [m.User(s.Owner?.Email)],
        requiredattendees = Attendees(s.Attendees, m),
        sm_AttendeeResponses = Lossy.Because(Responses(s.Attendees), "Attendee responses become text, one line per attendee; Dataverse parties have no response status"),
        sm_IsCalendarInvite = s.IsCalendarInvite,
        StateCode = s.IsCompleted == true ? Appointment.StateCodeOption.Completed : null,
        StatusCode = s.IsCompleted == true ? Appointment.StatusCodeOption.Completed : null,
    }, s, m);

    // A contact attendee is the migrated contact or lead; a user attendee is the Dynamics user with that email.
    private static IReadOnlyList<PartyRef>? Attendees(IReadOnlyList<SmAttendee>? attendees, MapContext m)
    {
        if (attendees is null || attendees.Count == 0)
            return null;
        // An exact-size array, filled by index (no List, no boxed enumerator).
        var parties = new PartyRef[attendees.Count];
        for (var i = 0; i < parties.Length; i++)
        {
            var attendee = attendees[i];
            parties[i] = attendee switch
            {
                { ContactId: { } contactId } => m.Party(Contacts, contactId, attendee.Email),
                { UserId: not null } => m.User(attendee.Email),
                _ => PartyRef.Address(attendee.Email),
            };
        }
        return parties;
    }

    // "email: status" per attendee, one line each, written once into a string of its exact length.
    private static string? Responses(IReadOnlyList<SmAttendee>? attendees)
    {
        if (attendees is null || attendees.Count == 0)
            return null;
        var length = 0;
        for (var i = 0; i < attendees.Count; i++)
            length += (attendees[i].Email?.Length ?? 0) + 3 + (attendees[i].ResponseStatus ?? "None").Length;
        return string.Create(length, attendees, static (text, list) =>
        {
            var at = 0;
            for (var i = 0; i < list.Count; i++)
            {
                Append(text, ref at, list[i].Email);
                Append(text, ref at, ": ");
                Append(text, ref at, list[i].ResponseStatus ?? "None");
                text[at++] = '\n';
            }
        });
    }

    private static void Append(System.Span<char> text, ref int at, string? value)
    {
        value.AsSpan().CopyTo(text[at..]);
        at += value?.Length ?? 0;
    }
}
