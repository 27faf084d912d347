using System.Text.Json;

namespace MappingDsl.Emulators.Wetroo.Data;

/// <summary>Generates deals in the catalog's pipelines, some on stale stages, some pointing at missing contacts.</summary>
internal static class Deals
{
    public static void Write(Utf8JsonWriter w, WetrooDataset d, int i)
    {
        const string m = "deal";
        var r = d.Random;
        var pipeline = r.Pick("pipeline", i, WetrooEmulatorCatalog.Pipelines);
        var stage = r.Pick("stage", i, pipeline.Stages);
        var stale = d.HasStaleStage(i);
        var outcome = stale ? "open" : stage.Outcome;
        var created = d.CreatedAt(m, i);
        w.WriteStartObject();
        w.WriteNumber("id", i + 1);
        w.WriteString("title", $"{r.Pick("deal-word", i, (string[])["Bulk order", "Annual plan", "Trial upgrade", "Distributor kit", "Renewal"])} #{i + 1}");
        w.WriteNumber("value", r.Int("value", i, 5, 5000) * 100m);
        w.WriteString("currency", "INR");
        w.WriteNumber("pipelineId", pipeline.Id);
        w.WriteString("pipeline", pipeline.Name);
        if (stale)
        {
            w.WriteNull("stageId");
            w.WriteString("stage", r.Pick("stale-name", i, WetrooEmulatorCatalog.StaleStages));
            w.WriteNull("stageOrder");
        }
        else
        {
            w.WriteNumber("stageId", stage.Id);
            w.WriteString("stage", stage.Name);
            w.WriteNumber("stageOrder", stage.Order);
        }

        w.WriteString("status", outcome);
        w.WriteString("closeDate", Json.Date(DateOnly.FromDateTime(created.AddDays(r.Int("close-in", i, 7, 120)).UtcDateTime)));
        Json.StringOrNull(w, "wonReason", outcome == "won" ? r.Pick("won", i, WetrooEmulatorCatalog.WonReasons) : null);
        Json.StringOrNull(w, "lostReason", outcome == "lost" ? r.Pick("lost", i, WetrooEmulatorCatalog.LostReasons) : null);
        w.WriteNumber("contactId", d.HasMissingContact(i) ? d.GeneratedContacts + 100_000 + i : r.Int("deal-contact", i, 0, d.GeneratedContacts) + 1);
        Json.Owner(w, "owner", People.Owner(d, m, i));
        Json.CustomFields(w, d, m, i);
        w.WriteString("createdAt", Json.Timestamp(created));
        w.WriteString("updatedAt", Json.Timestamp(d.ModifiedAt(m, i)));
        w.WriteEndObject();
    }
}
