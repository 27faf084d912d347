using System.Text.Json;

namespace MappingDsl.Emulators.Salesmate.Data;

/// <summary>Writes <c>getAllVisibleFields</c>: standard fields plus the catalog's custom fields per module.</summary>
internal static class FieldMetadata
{
    private static readonly Dictionary<string, string[]> StandardFields = new(StringComparer.Ordinal)
    {
        ["contact"] = ["id", "firstName", "lastName", "name", "email", "phone", "mobile", "designation", "type", "lifecycleStage", "company", "owner", "tags", "createdAt", "lastModifiedAt"],
        ["company"] = ["id", "name", "website", "phone", "industry", "numberOfEmployees", "annualRevenue", "owner", "tags", "createdAt", "lastModifiedAt"],
        ["deal"] = ["id", "title", "pipeline", "stage", "status", "dealValue", "currency", "probability", "priority", "source", "lostReason", "primaryContact", "primaryCompany", "owner", "tags", "createdAt", "lastModifiedAt"],
        ["activity"] = ["id", "type", "title", "dueDate", "duration", "isCompleted", "owner", "createdAt", "lastModifiedAt"],
    };

    public static void Write(Utf8JsonWriter w, IReadOnlyList<EmulatorCustomField> customFields)
    {
        w.WriteStartObject();
        w.WriteString("Status", "success");
        w.WriteStartObject("Data");
        foreach (var (module, standard) in StandardFields)
        {
            w.WriteStartArray(module);
            foreach (var name in standard)
            {
                w.WriteStartObject();
                w.WriteString("fieldName", name);
                w.WriteString("displayName", name);
                w.WriteString("type", "Text");
                w.WriteBoolean("isCustom", false);
                w.WriteString("fieldOptions", string.Empty);
                w.WriteEndObject();
            }

            foreach (var field in customFields.Where(f => f.MetadataModule == module))
            {
                w.WriteStartObject();
                w.WriteString("fieldName", field.FieldName);
                w.WriteString("displayName", field.DisplayName);
                w.WriteString("type", field.Type);
                w.WriteBoolean("isCustom", true);
                // Salesmate sends the options as a JSON document inside a string.
                w.WriteString("fieldOptions", field.Options.Count == 0 ? string.Empty : JsonSerializer.Serialize(new OptionValues(field.Options), FieldMetadataJsonContext.Default.OptionValues));
                w.WriteEndObject();
            }

            w.WriteEndArray();
        }

        w.WriteEndObject();
        w.WriteEndObject();
    }
}
