using System.Text.Json;

namespace MappingDsl.Sources.Events;

/// <summary>Splits a <c>{"&lt;property&gt;":[ … ]}</c> answer into one record per element, keeping each element's raw JSON.</summary>
public static class ArrayRecords
{
    /// <summary>The records of the array under <paramref name="property"/>; a malformed answer is one record with a problem.</summary>
    /// <param name="body">The answer.</param>
    /// <param name="property">The array's property.</param>
    /// <param name="module">The module the records belong to.</param>
    /// <param name="idField">Each element's id property.</param>
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
