using System.Text.Json;

namespace MappingDsl.Emulators.Salesmate.Data;

/// <summary>Generates activity <c>i</c>: a task, call or meeting by <see cref="EmulatorDataset.ActivityTypeOf"/>.</summary>
internal static class ActivityRecord
{
    public static void Write(Utf8JsonWriter w, EmulatorDataset d, int i)
    {
        const string m = "activity";
        var r = d.Random;
        var type = EmulatorDataset.ActivityTypeOf(i);
        var contact = r.Int("activity-contact", i, 0, d.Count("contact"));
        var due = d.CreatedAt(m, i).AddDays(r.Int("due-in", i, 0, 30)).AddMinutes(30 * r.Int("due-slot", i, 0, 20));
        var completed = r.Chance("completed", i, 0.6);
        var owner = RecordJson.Owner(d, m, i);
        var duration = r.Pick("duration", i, (int[])[15, 30, 45, 60, 90]);
        w.WriteStartObject();
        w.WriteNumber("id", i + 1);
        w.WriteString("type", type);
        w.WriteString("title", $"{type} {i + 1} with {RecordJson.FirstName(d, contact)}");
        RecordJson.WriteNullableString(w, "description", r.Chance("activity-desc", i, 0.5) ? $"Notes for {type.ToLowerInvariant()} {i + 1}." : null);
        RecordJson.WriteTimestamp(w, "dueDate", due);
        w.WriteNumber("duration", duration);
        w.WriteBoolean("isCompleted", completed);
        RecordJson.WriteTimestamp(w, "completedAt", completed ? due.AddMinutes(duration) : null);
        RecordJson.WriteContactRef(w, "primaryContact", d, contact);
        RecordJson.WriteCompanyRef(w, "primaryCompany", d, RecordJson.CompanyOfContact(d, contact));
        RecordJson.WriteDealRef(w, "deal", d, r.Chance("activity-deal", i, 0.4) ? r.Int("activity-deal-index", i, 0, d.Count("deal")) : null);
        RecordJson.WriteNullableString(w, "tags", RecordJson.Tags(d, m, i));
        RecordJson.WriteUser(w, "owner", owner);
        RecordJson.WriteAudit(w, d, m, i);
        switch (type)
        {
            case "Task":
                w.WriteString("status", completed ? "Completed" : r.Pick("task-status", i, (string[])["Not Started", "In Progress", "Waiting", "Deferred"]));
                w.WriteString("priority", r.Pick("task-priority", i, (string[])["High", "Medium", "Low"]));
                break;
            case "Call":
                var outcome = r.Pick("call-outcome", i, (string[])["Connected", "No Answer", "Left Voicemail", "Busy", "Wrong Number"]);
                w.WriteString("callDirection", r.Pick("call-direction", i, (string[])["Outgoing", "Incoming"]));
                w.WriteString("callOutcome", outcome);
                if (outcome == "Connected")
                {
                    w.WriteNumber("callDurationSeconds", r.Int("call-seconds", i, 20, 3600));
                }
                else
                {
                    w.WriteNull("callDurationSeconds");
                }

                RecordJson.WriteNullableString(w, "recordingUrl", outcome == "Connected" && r.Chance("recorded", i, 0.5) ? $"https://recordings.example.org/calls/{i + 1}.mp3" : null);
                w.WriteString("phoneNumber", RecordJson.Phone(d, "call-phone", i));
                break;
            default:
                RecordJson.WriteTimestamp(w, "endDate", due.AddMinutes(duration));
                w.WriteString("location", r.Pick("location", i, (string[])["Teams", "Zoom", "Customer office", "Phone"]));
                w.WriteBoolean("isCalendarInvite", r.Chance("invite", i, 0.7));
                WriteAttendees(w, d, i, contact, owner);
                break;
        }

        RecordJson.WriteCustomFields(w, d, m, m, i);
        w.WriteEndObject();
    }

    private static void WriteAttendees(Utf8JsonWriter w, EmulatorDataset d, int i, int contact, EmulatorUser? owner)
    {
        var statuses = (string[])["Accepted", "Declined", "Tentative", "None"];
        w.WriteStartArray("attendees");
        WriteContactAttendee(w, d, contact, d.Random.Pick("rsvp-0", i, statuses));
        if (d.Random.Chance("second-attendee", i, 0.5))
        {
            WriteContactAttendee(w, d, d.Random.Int("attendee-2", i, 0, d.Count("contact")), d.Random.Pick("rsvp-1", i, statuses));
        }

        if (owner is not null)
        {
            w.WriteStartObject();
            w.WriteString("email", owner.Email);
            w.WriteString("name", owner.Name);
            w.WriteNull("contactId");
            w.WriteNumber("userId", owner.Id);
            w.WriteString("responseStatus", "Accepted");
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    private static void WriteContactAttendee(Utf8JsonWriter w, EmulatorDataset d, int contact, string status)
    {
        w.WriteStartObject();
        w.WriteString("email", RecordJson.ContactEmail(d, contact));
        w.WriteString("name", $"{RecordJson.FirstName(d, contact)} {RecordJson.LastName(d, contact)}");
        w.WriteNumber("contactId", contact + 1);
        w.WriteNull("userId");
        w.WriteString("responseStatus", status);
        w.WriteEndObject();
    }
}
