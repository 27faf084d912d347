using System.Text.Json;

namespace MappingDsl.Emulators.Salesmate.Data;

/// <summary>Generates company <c>i</c>.</summary>
internal static class CompanyRecord
{
    public static void Write(Utf8JsonWriter w, EmulatorDataset d, int i)
    {
        const string m = "company";
        var r = d.Random;
        w.WriteStartObject();
        w.WriteNumber("id", i + 1);
        w.WriteString("name", RecordJson.CompanyName(d, i));
        w.WriteString("website", RecordJson.CompanyDomain(d, i));
        w.WriteString("phone", RecordJson.Phone(d, "company-phone", i));
        w.WriteNull("otherPhone");
        w.WriteString("industry", r.Pick("industry", i, SalesmateEmulatorCatalog.Industries));
        w.WriteNumber("numberOfEmployees", r.Int("employees", i, 1, 20000));
        w.WriteNumber("annualRevenue", r.Int("revenue", i, 10, 100000) * 1000m);
        w.WriteString("currency", r.Pick("currency", i, (string[])["USD", "EUR", "GBP"]));
        RecordJson.WriteNullableString(w, "description", r.Chance("company-desc", i, 0.5) ? $"Account notes for company {i + 1}." : null);
        RecordJson.WriteNullableString(w, "tags", RecordJson.Tags(d, m, i));
        w.WriteString("billingAddressLine1", $"{r.Int("street", i, 1, 999)} Main Street");
        w.WriteNull("billingAddressLine2");
        w.WriteString("billingCity", r.Pick("city", i, (string[])["Seattle", "London", "Berlin", "Pune", "Osaka", "Toronto"]));
        w.WriteNull("billingState");
        w.WriteString("billingZipCode", r.Int("zip", i, 10000, 99999).ToString(System.Globalization.CultureInfo.InvariantCulture));
        w.WriteString("billingCountry", r.Pick("country", i, SalesmateEmulatorCatalog.Countries));
        w.WriteNull("linkedInHandle");
        RecordJson.WriteUser(w, "owner", RecordJson.Owner(d, m, i));
        w.WriteNumber("openDealCount", r.Int("open-deals", i, 0, 5));
        w.WriteNumber("wonDealCount", r.Int("won-deals", i, 0, 5));
        RecordJson.WriteAudit(w, d, m, i);
        RecordJson.WriteCustomFields(w, d, m, m, i);
        w.WriteEndObject();
    }
}
