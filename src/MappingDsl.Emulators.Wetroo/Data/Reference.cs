using System.Text.Json;

namespace MappingDsl.Emulators.Wetroo.Data;

/// <summary>Writes the reference modules: fields, owners, teams, pipelines, playbooks.</summary>
internal static class Reference
{
    /// <summary>When the reference data last changed: every definition carries it as <c>updatedAt</c>.</summary>
    public static readonly DateTimeOffset ChangedAt = new(2024, 3, 15, 9, 30, 0, TimeSpan.Zero);

    private static readonly string Stamp = Json.Timestamp(ChangedAt);

    public static IReadOnlyList<(long Id, Action<Utf8JsonWriter> Write)> Rows(string module) => module switch
    {
        "field" => [.. WetrooEmulatorCatalog.CustomFields.Select(f => ((long)f.Id, (Action<Utf8JsonWriter>)(w => Field(w, f))))],
        "owner" => [.. WetrooEmulatorCatalog.Owners.Select(o => ((long)o.Id, (Action<Utf8JsonWriter>)(w => Owner(w, o))))],
        "team" => [.. WetrooEmulatorCatalog.Teams.Select(t => ((long)t.Id, (Action<Utf8JsonWriter>)(w => Team(w, t))))],
        "pipeline" => [.. WetrooEmulatorCatalog.Pipelines.Select(p => ((long)p.Id, (Action<Utf8JsonWriter>)(w => Pipeline(w, p))))],
        "stage" => [.. WetrooEmulatorCatalog.Pipelines.SelectMany(p => p.Stages.Select(s => ((long)s.Id, (Action<Utf8JsonWriter>)(w => Stage(w, p, s)))))],
        "playbook" => [.. WetrooEmulatorCatalog.Playbooks.Select(p => ((long)p.Id, (Action<Utf8JsonWriter>)(w => Playbook(w, p))))],
        _ => throw new ArgumentException($"no reference module '{module}'", nameof(module)),
    };

    private static void Field(Utf8JsonWriter w, EmulatorCustomField f)
    {
        w.WriteStartObject();
        w.WriteNumber("id", f.Id);
        w.WriteString("object", f.Object);
        w.WriteString("key", f.Key);
        w.WriteString("label", f.Label);
        w.WriteString("type", f.Type);
        w.WriteStartArray("options");
        foreach (var option in f.Options)
        {
            w.WriteStringValue(option);
        }

        w.WriteEndArray();
        w.WriteString("updatedAt", Stamp);
        w.WriteEndObject();
    }

    private static void Owner(Utf8JsonWriter w, EmulatorOwner o)
    {
        w.WriteStartObject();
        Json.OwnerFields(w, o);
        w.WriteBoolean("active", o.Active);
        w.WriteString("role", o.Id == 1 ? "Admin" : "Agent");
        w.WriteStartArray("teams");
        foreach (var team in WetrooEmulatorCatalog.Teams.Where(t => t.MemberIds.Contains(o.Id)))
        {
            w.WriteStringValue(team.Name);
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void Team(Utf8JsonWriter w, EmulatorTeam t)
    {
        w.WriteStartObject();
        w.WriteNumber("id", t.Id);
        w.WriteString("name", t.Name);
        Json.Owner(w, "lead", WetrooEmulatorCatalog.Owners.First(o => o.Id == t.LeadOwnerId));
        w.WriteStartArray("members");
        foreach (var member in t.MemberIds.Select(id => WetrooEmulatorCatalog.Owners.First(o => o.Id == id)))
        {
            w.WriteStartObject();
            Json.OwnerFields(w, member);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void Pipeline(Utf8JsonWriter w, EmulatorPipeline p)
    {
        w.WriteStartObject();
        w.WriteNumber("id", p.Id);
        w.WriteString("name", p.Name);
        w.WriteBoolean("isDefault", p.IsDefault);
        w.WriteStartArray("stages");
        foreach (var s in p.Stages)
        {
            w.WriteStartObject();
            w.WriteNumber("id", s.Id);
            w.WriteString("name", s.Name);
            w.WriteNumber("order", s.Order);
            w.WriteNumber("probability", s.Probability);
            w.WriteString("outcome", s.Outcome);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteString("updatedAt", Stamp);
        w.WriteEndObject();
    }

    private static void Stage(Utf8JsonWriter w, EmulatorPipeline p, EmulatorStage s)
    {
        w.WriteStartObject();
        w.WriteNumber("id", s.Id);
        w.WriteNumber("pipelineId", p.Id);
        w.WriteString("pipeline", p.Name);
        w.WriteString("name", s.Name);
        w.WriteNumber("order", s.Order);
        w.WriteNumber("probability", s.Probability);
        w.WriteString("outcome", s.Outcome);
        w.WriteString("updatedAt", Stamp);
        w.WriteEndObject();
    }

    private static void Playbook(Utf8JsonWriter w, EmulatorPlaybook p)
    {
        w.WriteStartObject();
        w.WriteNumber("id", p.Id);
        w.WriteString("name", p.Name);
        w.WriteBoolean("active", p.Active);
        w.WriteStartObject("trigger");
        w.WriteString("event", p.TriggerEvent);
        w.WriteString("condition", p.Condition);
        w.WriteEndObject();
        w.WriteStartArray("actions");
        foreach (var action in p.Actions)
        {
            w.WriteStartObject();
            w.WriteString("do", action);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteString("updatedAt", Stamp);
        w.WriteEndObject();
    }
}
