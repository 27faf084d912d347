using System.Text.Json;

namespace MappingDsl.Sources.Iterable;

/// <summary>Splits a <c>{"&lt;property&gt;":[ … ]}</c> answer into one record per element, keeping each element's raw JSON.</summary>
internal static class ArrayRecords
{
    public static IEnumerable<SourceRecord> Read(byte[] body, string property, string module, string idField)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(body);
        }
        catch (JsonException ex)
        {
            return [new SourceRecord(module, null, null, body, $"malformed JSON answer: {ex.Message}")];
        }

        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Object
                || !document.RootElement.TryGetProperty(property, out var array)
                || array.ValueKind != JsonValueKind.Array)
            {
                return [new SourceRecord(module, null, null, body, $"the answer has no '{property}' array")];
            }

            var fields = new RecordFields(idField, null);
            return [.. array.EnumerateArray().Select(e => SourceRecordFactory.Create(module, JsonSerializer.SerializeToUtf8Bytes(e), fields))];
        }
    }
}
