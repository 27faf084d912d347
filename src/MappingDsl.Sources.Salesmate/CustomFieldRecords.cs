using System.Text.Encodings.Web;
using System.Text.Json;

namespace MappingDsl.Sources.Salesmate;

/// <summary>
/// Writes the <c>field</c> module's records: one JSON object per custom field,
/// <c>{"fieldName":"deal.selectCustomField1","module":"deal","displayName":…,"type":…,"fieldOptions":…}</c>.
/// The name is prefixed with its metadata module because the same key (<c>selectCustomField1</c>) exists on every module.
/// </summary>
internal static class CustomFieldRecords
{
    // The records are data, never HTML, so labels and options stay readable instead of \u-escaped.
    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static IEnumerable<SourceRecord> Create(SalesmateModule module, IReadOnlyList<SalesmateFieldDefinition> fields) =>
        fields.Where(f => f.IsCustom).Select(f => SourceRecordFactory.Create(module.Name, Write(f), module.Fields));

    private static byte[] Write(SalesmateFieldDefinition field)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>(256);
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            writer.WriteStartObject();
            writer.WriteString("fieldName", $"{field.MetadataModule}.{field.FieldName}");
            writer.WriteString("module", field.MetadataModule);
            writer.WriteString("displayName", field.DisplayName);
            writer.WriteString("type", field.Type);
            writer.WriteString("fieldOptions", field.OptionsJson);
            writer.WriteEndObject();
        }

        return buffer.WrittenSpan.ToArray();
    }
}
