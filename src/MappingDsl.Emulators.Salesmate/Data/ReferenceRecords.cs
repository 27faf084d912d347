using System.Text.Json;

namespace MappingDsl.Emulators.Salesmate.Data;

/// <summary>Writes users, tags and pipelines from the catalog.</summary>
internal static class ReferenceRecords
{
    public static void WriteUser(Utf8JsonWriter w, EmulatorUser user)
    {
        w.WriteStartObject();
        w.WriteNumber("id", user.Id);
        w.WriteString("name", user.Name);
        w.WriteString("firstName", user.FirstName);
        w.WriteString("lastName", user.LastName);
        w.WriteString("nickname", user.FirstName.ToLowerInvariant());
        w.WriteString("email", user.Email);
        w.WriteString("status", user.Active ? "active" : "inactive");
        w.WriteString("role", user.Id == 1 ? "Admin" : "Sales Rep");
        w.WriteEndObject();
    }

    public static void WriteTag(Utf8JsonWriter w, string tag)
    {
        w.WriteStartObject();
        w.WriteString("tag", tag);
        w.WriteEndObject();
    }

    public static void WritePipeline(Utf8JsonWriter w, EmulatorPipeline pipeline)
    {
        w.WriteStartObject();
        w.WriteNumber("id", pipeline.Id);
        w.WriteString("pipeline", pipeline.Name);
        w.WriteBoolean("isDefault", pipeline.IsDefault);
        w.WriteStartArray("stages");
        var order = 1;
        foreach (var stage in pipeline.Stages)
        {
            w.WriteStartObject();
            w.WriteNumber("id", stage.Id);
            w.WriteString("stage", stage.Name);
            w.WriteNumber("probability", stage.Probability);
            w.WriteNumber("displayOrder", order++);
            w.WriteString("forecastType", stage.ForecastType);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }
}
