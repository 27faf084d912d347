using System.Text.Json;

namespace MappingDsl.Emulators.Salesmate.Data;

/// <summary>Generates deal <c>i</c> in one of the catalog's pipelines.</summary>
internal static class DealRecord
{
    public static string Title(EmulatorDataset d, int i) => $"{d.Random.Pick("deal-word", i, (string[])["Expansion", "New seats", "Pilot", "Renewal", "Services"])} #{i + 1}";

    public static void Write(Utf8JsonWriter w, EmulatorDataset d, int i)
    {
        const string m = "deal";
        var r = d.Random;
        var pipeline = r.Pick("pipeline", i, SalesmateEmulatorCatalog.Pipelines);
        var stage = r.Pick("stage", i, pipeline.Stages);
        var stageName = d.HasUnknownStage(i) ? r.Pick("unknown-stage-name", i, SalesmateEmulatorCatalog.UnknownStages) : stage.Name;
        var contact = r.Int("deal-contact", i, 0, d.Count("contact"));
        var closed = stage.ForecastType != "Open";
        var created = d.CreatedAt(m, i);
        w.WriteStartObject();
        w.WriteNumber("id", i + 1);
        w.WriteString("title", Title(d, i));
        w.WriteString("pipeline", pipeline.Name);
        w.WriteString("stage", stageName);
        w.WriteString("status", stage.ForecastType);
        w.WriteNumber("dealValue", r.Int("value", i, 1, 500) * 100m);
        w.WriteString("currency", "USD");
        // Some deals never had a probability set: the migration takes their stage's.
        if (r.Chance("no-probability", i, 0.15))
            w.WriteNull("probability");
        else
            w.WriteNumber("probability", stage.Probability);
        w.WriteString("priority", r.Pick("deal-priority", i, (string[])["High", "Medium", "Low"]));
        w.WriteString("source", r.Pick("deal-source", i, (string[])["Referral", "Website", "Cold Call", "Event", "Partner"]));
        w.WriteString("estimatedCloseDate", DateOnly.FromDateTime(created.AddDays(r.Int("close-in", i, 14, 180)).UtcDateTime).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        RecordJson.WriteTimestamp(w, "closedDate", closed ? created.AddDays(r.Int("closed-after", i, 5, 120)) : null);
        RecordJson.WriteNullableString(w, "lostReason", stage.ForecastType == "Lost" ? r.Pick("lost", i, (string[])["Price", "Competitor", "No Budget", "No Decision", "Timing"]) : null);
        RecordJson.WriteNullableString(w, "wonReason", stage.ForecastType == "Won" ? r.Pick("won", i, (string[])["Product Fit", "Price", "Relationship", "Support"]) : null);
        RecordJson.WriteContactRef(w, "primaryContact", d, contact);
        RecordJson.WriteCompanyRef(w, "primaryCompany", d, RecordJson.CompanyOfContact(d, contact));
        w.WriteNull("description");
        RecordJson.WriteNullableString(w, "tags", RecordJson.Tags(d, m, i));
        RecordJson.WriteUser(w, "owner", RecordJson.Owner(d, m, i));
        RecordJson.WriteAudit(w, d, m, i);
        RecordJson.WriteCustomFields(w, d, m, m, i);
        w.WriteEndObject();
    }
}
