using System.Text.Json;

namespace MappingDsl.Emulators.Salesmate.Data;

/// <summary>Generates contact <c>i</c>, spread across every lifecycle stage.</summary>
internal static class ContactRecord
{
    private static string Stage(EmulatorDataset d, int i)
    {
        var catalog = SalesmateEmulatorCatalog.LifecycleStages;
        var extra = d.Options.ExtraLifecycleStages;
        var pick = (int)(d.Random.Hash("lifecycle", i) % (ulong)(catalog.Count + extra.Count));
        return pick < catalog.Count ? catalog[pick] : extra[pick - catalog.Count];
    }

    public static void Write(Utf8JsonWriter w, EmulatorDataset d, int i)
    {
        const string m = "contact";
        var r = d.Random;
        var first = RecordJson.FirstName(d, i);
        var last = RecordJson.LastName(d, i);
        var stage = Stage(d, i);
        w.WriteStartObject();
        w.WriteNumber("id", i + 1);
        w.WriteString("firstName", first);
        w.WriteString("lastName", last);
        w.WriteString("name", $"{first} {last}");
        w.WriteString("email", RecordJson.ContactEmail(d, i));
        w.WriteNull("secondaryEmail");
        w.WriteString("phone", RecordJson.Phone(d, "contact-phone", i));
        RecordJson.WriteNullableString(w, "mobile", r.Chance("mobile", i, 0.5) ? RecordJson.Phone(d, "contact-mobile", i) : null);
        w.WriteString("designation", r.Pick("title", i, (string[])["Buyer", "CTO", "Office Manager", "VP Sales", "Engineer", "Founder"]));
        w.WriteString("type", stage is "Customer" or "Evangelist" ? "Customer" : "Prospect");
        w.WriteString("lifecycleStage", stage);
        RecordJson.WriteCompanyRef(w, "company", d, RecordJson.CompanyOfContact(d, i));
        w.WriteBoolean("emailOptOut", r.Chance("opt-out", i, 0.05));
        w.WriteNull("description");
        RecordJson.WriteNullableString(w, "tags", RecordJson.Tags(d, m, i));
        w.WriteNull("billingAddressLine1");
        w.WriteNull("billingAddressLine2");
        w.WriteString("billingCity", r.Pick("city", i, (string[])["Seattle", "London", "Berlin", "Pune", "Osaka", "Toronto"]));
        w.WriteNull("billingState");
        w.WriteNull("billingZipCode");
        w.WriteString("billingCountry", r.Pick("country", i, SalesmateEmulatorCatalog.Countries));
        RecordJson.WriteNullableString(w, "utmSource", r.Chance("utm", i, 0.3) ? r.Pick("utm-source", i, (string[])["google", "linkedin", "newsletter"]) : null);
        w.WriteNull("utmCampaign");
        w.WriteNull("utmMedium");
        RecordJson.WriteUser(w, "owner", RecordJson.Owner(d, m, i));
        RecordJson.WriteTimestamp(w, "lastCommunicationAt", r.Chance("communicated", i, 0.6) ? d.CreatedAt(m, i).AddDays(r.Int("communicated-days", i, 1, 90)) : null);
        RecordJson.WriteAudit(w, d, m, i);
        RecordJson.WriteCustomFields(w, d, m, m, i);
        w.WriteEndObject();
    }
}
