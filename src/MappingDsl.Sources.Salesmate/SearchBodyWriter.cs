using System.Buffers;
using System.Globalization;
using System.Text.Json;

namespace MappingDsl.Sources.Salesmate;

/// <summary>Writes the body of a v4 search call: displayed fields, filter rules, sort by id, module id.</summary>
internal static class SearchBodyWriter
{
    /// <summary>The date literal Salesmate's filter rules use (minute precision).</summary>
    public const string FilterDateFormat = "MMM dd, yyyy hh:mm tt";

    public static byte[] Write(SalesmateModule module, IReadOnlyList<string> displayingFields, DateTimeOffset? modifiedSince)
    {
        var prefix = module.ApiModule;
        var buffer = new ArrayBufferWriter<byte>(512);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            if (displayingFields.Count > 0)
            {
                writer.WriteStartArray("displayingFields");
                foreach (var field in displayingFields)
                {
                    writer.WriteStringValue($"{prefix}.{field}");
                }

                writer.WriteEndArray();
            }

            writer.WriteStartObject("filterQuery");
            writer.WriteStartObject("group");
            writer.WriteString("operator", "AND");
            writer.WriteStartArray("rules");
            if (module.ActivityType is { } type)
            {
                WriteRule(writer, module, "type", "Type", "Text", "EQUALS", type);
            }

            if (modifiedSince is { } since)
            {
                WriteRule(writer, module, "lastModifiedAt", "Last Modified At", "DateTime", "IS_AFTER", FormatWatermark(since));
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
            writer.WriteEndObject();
            writer.WriteStartObject("sort");
            writer.WriteString("fieldName", $"{prefix}.id");
            writer.WriteString("order", "asc");
            writer.WriteEndObject();
            if (module.ModuleId is { } id)
            {
                writer.WriteNumber("moduleId", id);
            }

            writer.WriteString("reportType", "get_data");
            writer.WriteBoolean("getRecordsCount", true);
            writer.WriteEndObject();
        }

        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>
    /// The filter literal for a watermark: one minute earlier, in UTC, because the literal has only minute precision;
    /// the exact cut is made on each row's <c>lastModifiedAt</c>.
    /// </summary>
    public static string FormatWatermark(DateTimeOffset since) =>
        since.ToUniversalTime().AddMinutes(-1).ToString(FilterDateFormat, CultureInfo.InvariantCulture);

    private static void WriteRule(Utf8JsonWriter writer, SalesmateModule module, string field, string display, string type, string condition, string data)
    {
        writer.WriteStartObject();
        writer.WriteString("moduleName", module.FilterModuleName);
        writer.WriteStartObject("field");
        writer.WriteString("fieldName", $"{module.ApiModule}.{field}");
        writer.WriteString("displayName", display);
        writer.WriteString("type", type);
        writer.WriteEndObject();
        writer.WriteString("condition", condition);
        writer.WriteString("data", data);
        writer.WriteString("eventType", type);
        writer.WriteEndObject();
    }
}
