using System.Text.Json;

namespace MappingDsl.Dataverse.Http;

/// <summary>
/// Writes a record's JSON object into a buffer with annotations (<c>@odata.type</c>, <c>@odata.id</c>) spliced in
/// after its opening brace, copying the record's bytes as they are.
/// </summary>
internal static class BodyComposer
{
    public static void WriteWithAnnotations(PooledBuffer buffer, ReadOnlySpan<byte> record, string? odataType, string? odataId)
    {
        var open = record.IndexOf((byte)'{');
        if (open < 0) throw new ArgumentException("A record body must be a JSON object.", nameof(record));
        buffer.Write("{");
        var first = true;
        if (odataType is not null)
        {
            buffer.Write("\"@odata.type\":");
            buffer.Write(JsonSerializer.Serialize(odataType, DataverseJsonContext.Default.String));
            first = false;
        }
        if (odataId is not null)
        {
            if (!first) buffer.Write(",");
            buffer.Write("\"@odata.id\":");
            buffer.Write(JsonSerializer.Serialize(odataId, DataverseJsonContext.Default.String));
            first = false;
        }
        var rest = record[(open + 1)..];
        if (!first && !IsEmptyObjectTail(rest)) buffer.Write(",");
        buffer.Write(rest);
    }

    private static bool IsEmptyObjectTail(ReadOnlySpan<byte> rest)
    {
        foreach (var b in rest)
        {
            if (b is (byte)' ' or (byte)'\r' or (byte)'\n' or (byte)'\t') continue;
            return b == (byte)'}';
        }
        return true;
    }
}
