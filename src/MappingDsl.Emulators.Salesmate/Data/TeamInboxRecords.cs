using System.Text.Json;

namespace MappingDsl.Emulators.Salesmate.Data;

/// <summary>Generates Team Inbox threads and their messages (message <c>i</c> belongs to thread <c>i / 3</c>).</summary>
internal static class TeamInboxRecords
{
    public static void WriteThread(Utf8JsonWriter w, EmulatorDataset d, int i)
    {
        const string m = "teamInboxThread";
        var r = d.Random;
        var first = d.CreatedAt(m, i);
        w.WriteStartObject();
        w.WriteNumber("id", i + 1);
        w.WriteString("subject", $"Question {i + 1}");
        w.WriteString("inboxName", r.Pick("inbox", i, (string[])["Support", "Sales", "Billing"]));
        w.WriteString("channel", r.Pick("channel", i, (string[])["Email", "SMS", "Chat"]));
        w.WriteString("status", r.Pick("thread-status", i, (string[])["Open", "Closed", "Snoozed"]));
        RecordJson.WriteUser(w, "assignedTo", RecordJson.Owner(d, m, i));
        RecordJson.WriteContactRef(w, "contact", d, r.Int("thread-contact", i, 0, d.Count("contact")));
        w.WriteNumber("messageCount", EmulatorDataset.MessagesPerThread);
        RecordJson.WriteTimestamp(w, "firstMessageAt", first);
        RecordJson.WriteTimestamp(w, "lastMessageAt", first.AddHours(EmulatorDataset.MessagesPerThread - 1));
        RecordJson.WriteTimestamp(w, "createdAt", first);
        RecordJson.WriteTimestamp(w, "lastModifiedAt", d.ModifiedAt(m, i));
        w.WriteEndObject();
    }

    public static void WriteMessage(Utf8JsonWriter w, EmulatorDataset d, int i)
    {
        const string m = "teamInboxMessage";
        var thread = i / EmulatorDataset.MessagesPerThread;
        var order = (i % EmulatorDataset.MessagesPerThread) + 1;
        var incoming = order % 2 == 1;
        var sent = d.CreatedAt("teamInboxThread", thread).AddHours(order - 1);
        var contact = d.Random.Int("thread-contact", thread, 0, d.Count("contact"));
        var responder = incoming ? null : RecordJson.Owner(d, m, i);
        w.WriteStartObject();
        w.WriteNumber("id", i + 1);
        w.WriteNumber("threadId", thread + 1);
        w.WriteNumber("order", order);
        w.WriteString("direction", incoming ? "Incoming" : "Outgoing");
        w.WriteString("fromEmail", incoming ? RecordJson.ContactEmail(d, contact) : $"support@{SalesmateEmulatorCatalog.UserDomain}");
        w.WriteString("fromName", incoming ? RecordJson.FirstName(d, contact) : "Support");
        RecordJson.WriteUser(w, "respondedBy", responder);
        w.WriteString("body", incoming ? $"<p>Customer message {order}</p>" : $"<p>Reply {order}</p>");
        RecordJson.WriteTimestamp(w, "sentAt", sent);
        RecordJson.WriteTimestamp(w, "createdAt", sent);
        RecordJson.WriteTimestamp(w, "lastModifiedAt", d.ModifiedAt(m, i));
        w.WriteEndObject();
    }
}
