using System.Globalization;
using System.Text.Json;

namespace MappingDsl.Emulators.Wetroo.Data;

/// <summary>Generates contacts and leads: people who wrote on WhatsApp.</summary>
internal static class People
{
    public static string FirstName(WetrooDataset d, string module, int i) => d.Random.Pick("first:" + module, i, WetrooEmulatorCatalog.FirstNames);

    public static string LastName(WetrooDataset d, string module, int i) => d.Random.Pick("last:" + module, i, WetrooEmulatorCatalog.LastNames);

    /// <summary>A contact's own email, before duplicates are applied.</summary>
    public static string OwnEmail(WetrooDataset d, string module, int i) =>
        $"{FirstName(d, module, i).ToLowerInvariant()}.{LastName(d, module, i).ToLowerInvariant()}{i + 1}@mail.example.in";

    public static string Email(WetrooDataset d, int contact) =>
        d.HasDuplicateEmail(contact) ? OwnEmail(d, "contact", contact - 1) : OwnEmail(d, "contact", contact);

    public static string Phone(WetrooDataset d, string module, int i) =>
        string.Create(CultureInfo.InvariantCulture, $"+91{d.Random.Int("phone:" + module, i, 700_000_000, 999_999_999) + 9_000_000_000L - 700_000_000}");

    public static EmulatorOwner Owner(WetrooDataset d, string module, int i) => d.Random.Pick("owner:" + module, i, WetrooEmulatorCatalog.Owners);

    public static void WriteContact(Utf8JsonWriter w, WetrooDataset d, int i)
    {
        const string m = "contact";
        var blank = d.HasBlankName(m, i);
        w.WriteStartObject();
        w.WriteNumber("id", i + 1);
        Json.StringOrNull(w, "firstName", blank ? null : FirstName(d, m, i));
        w.WriteString("lastName", blank ? string.Empty : LastName(d, m, i));
        w.WriteString("name", blank ? string.Empty : $"{FirstName(d, m, i)} {LastName(d, m, i)}");
        w.WriteString("email", Email(d, i));
        w.WriteString("phone", Phone(d, m, i));
        w.WriteBoolean("whatsappOptIn", !d.Random.Chance("opt-out", i, 0.1));
        Json.StringOrNull(w, "company", d.Random.Chance("no-company", i, 0.2) ? null : d.Random.Pick("company", i, WetrooEmulatorCatalog.Companies));
        w.WriteString("city", d.Random.Pick("city", i, WetrooEmulatorCatalog.Cities));
        w.WriteString("country", "India");
        w.WriteStartArray("teams");
        foreach (var team in WetrooEmulatorCatalog.Teams.Where((_, t) => d.Random.Chance($"team:{t}", i, 0.3)))
        {
            w.WriteStringValue(team.Name);
        }

        w.WriteEndArray();
        Json.Owner(w, "owner", Owner(d, m, i));
        Json.CustomFields(w, d, m, i);
        w.WriteString("createdAt", Json.Timestamp(d.CreatedAt(m, i)));
        w.WriteString("updatedAt", Json.Timestamp(d.ModifiedAt(m, i)));
        w.WriteEndObject();
    }

    public static void WriteLead(Utf8JsonWriter w, WetrooDataset d, int i)
    {
        const string m = "lead";
        var blank = d.HasBlankName(m, i);
        w.WriteStartObject();
        w.WriteNumber("id", i + 1);
        Json.StringOrNull(w, "firstName", blank ? null : FirstName(d, m, i));
        w.WriteString("lastName", blank ? string.Empty : LastName(d, m, i));
        w.WriteString("name", blank ? string.Empty : $"{FirstName(d, m, i)} {LastName(d, m, i)}");
        w.WriteString("email", OwnEmail(d, m, i));
        w.WriteString("phone", Phone(d, m, i));
        Json.StringOrNull(w, "company", d.Random.Chance("no-company", i, 0.3) ? null : d.Random.Pick("company", i, WetrooEmulatorCatalog.Companies));
        w.WriteString("status", d.Random.Pick("status", i, WetrooEmulatorCatalog.LeadStatuses));
        Json.StringOrNull(w, "source", d.Random.Chance("no-source", i, 0.05) ? null : d.Random.Pick("source", i, WetrooEmulatorCatalog.LeadSources));
        if (d.Random.Chance("no-score", i, 0.1))
        {
            w.WriteNull("qualificationScore");
        }
        else
        {
            w.WriteNumber("qualificationScore", d.Random.Int("score", i, 0, 101));
        }

        if (d.Random.Chance("lead-contact", i, 0.3))
        {
            w.WriteNumber("contactId", d.Random.Int("lead-contact-id", i, 0, d.GeneratedContacts) + 1);
        }
        else
        {
            w.WriteNull("contactId");
        }

        Json.Owner(w, "owner", Owner(d, m, i));
        Json.CustomFields(w, d, m, i);
        w.WriteString("createdAt", Json.Timestamp(d.CreatedAt(m, i)));
        w.WriteString("updatedAt", Json.Timestamp(d.ModifiedAt(m, i)));
        w.WriteEndObject();
    }
}
