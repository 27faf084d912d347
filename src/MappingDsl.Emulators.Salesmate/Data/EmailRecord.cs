using System.Text.Json;

namespace MappingDsl.Emulators.Salesmate.Data;

/// <summary>Generates email <c>i</c> (engagement history).</summary>
internal static class EmailRecord
{
    public static void Write(Utf8JsonWriter w, EmulatorDataset d, int i)
    {
        const string m = "email";
        var r = d.Random;
        var contact = r.Int("email-contact", i, 0, d.Count("contact"));
        var owner = RecordJson.Owner(d, m, i);
        var outgoing = r.Chance("email-out", i, 0.7);
        var contactEmail = RecordJson.ContactEmail(d, contact);
        var contactName = $"{RecordJson.FirstName(d, contact)} {RecordJson.LastName(d, contact)}";
        var mailbox = owner ?? SalesmateEmulatorCatalog.Users[0];
        w.WriteStartObject();
        w.WriteNumber("id", i + 1);
        w.WriteString("subject", r.Pick("subject", i, (string[])["Proposal", "Follow-up", "Meeting notes", "Pricing question", "Welcome"]));
        w.WriteString("body", $"<p>Hello, this is message {i + 1}.</p>");
        w.WriteString("direction", outgoing ? "Outgoing" : "Incoming");
        w.WriteString("fromEmail", outgoing ? mailbox.Email : contactEmail);
        w.WriteString("fromName", outgoing ? mailbox.Name : contactName);
        w.WriteStartArray("to");
        w.WriteStartObject();
        w.WriteString("email", outgoing ? contactEmail : mailbox.Email);
        w.WriteString("name", outgoing ? contactName : mailbox.Name);
        w.WriteEndObject();
        w.WriteEndArray();
        w.WriteStartArray("cc");
        w.WriteEndArray();
        RecordJson.WriteTimestamp(w, "sentAt", d.CreatedAt(m, i));
        w.WriteString("threadId", $"t-{(i / 2) + 1}");
        w.WriteNumber("openCount", r.Int("opens", i, 0, 6));
        w.WriteNumber("clickCount", r.Int("clicks", i, 0, 3));
        RecordJson.WriteContactRef(w, "primaryContact", d, contact);
        RecordJson.WriteDealRef(w, "deal", d, r.Chance("email-deal", i, 0.3) ? r.Int("email-deal-index", i, 0, d.Count("deal")) : null);
        RecordJson.WriteUser(w, "owner", owner);
        RecordJson.WriteTimestamp(w, "createdAt", d.CreatedAt(m, i));
        RecordJson.WriteTimestamp(w, "lastModifiedAt", d.ModifiedAt(m, i));
        w.WriteEndObject();
    }
}
