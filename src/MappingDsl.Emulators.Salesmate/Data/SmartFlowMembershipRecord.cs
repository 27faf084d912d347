using System.Text.Json;

namespace MappingDsl.Emulators.Salesmate.Data;

/// <summary>Generates Smart Flow membership <c>i</c> (which contact is enrolled where, and how far it got).</summary>
internal static class SmartFlowMembershipRecord
{
    private static readonly string[] Flows = ["Trial nurture", "Onboarding", "Win-back", "Event follow-up"];
    private static readonly string[] Steps = ["Welcome email", "Day 3 call", "Day 7 email", "Case study", "Final check-in"];

    public static void Write(Utf8JsonWriter w, EmulatorDataset d, int i)
    {
        const string m = "smartFlowMembership";
        var r = d.Random;
        var flow = r.Int("flow", i, 0, Flows.Length);
        var step = r.Int("flow-step", i, 0, Steps.Length);
        var status = r.Pick("flow-status", i, (string[])["Active", "Completed", "Exited", "Paused"]);
        var enrolled = d.CreatedAt(m, i);
        w.WriteStartObject();
        w.WriteNumber("id", i + 1);
        w.WriteNumber("flowId", flow + 1);
        w.WriteString("flowName", Flows[flow]);
        RecordJson.WriteContactRef(w, "contact", d, r.Int("flow-contact", i, 0, d.Count("contact")));
        RecordJson.WriteTimestamp(w, "enrolledAt", enrolled);
        w.WriteNumber("currentStep", status == "Completed" ? Steps.Length : step + 1);
        w.WriteString("stepName", status == "Completed" ? Steps[^1] : Steps[step]);
        w.WriteString("status", status);
        RecordJson.WriteTimestamp(w, "completedAt", status == "Completed" ? enrolled.AddDays(14) : null);
        RecordJson.WriteTimestamp(w, "createdAt", enrolled);
        RecordJson.WriteTimestamp(w, "lastModifiedAt", d.ModifiedAt(m, i));
        w.WriteEndObject();
    }
}
