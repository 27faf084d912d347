using System.Text;
using System.Text.Json;

namespace MappingDsl.Emulators.CustomerIo;

/// <summary>
/// Writes App API records as one CSV export file. Customer.io documents the export as CSV "with extra columns" but not
/// its header names, encoding or compression (source-apis.md §3.9, UNCONFIRMED), so the emulator's layout is
/// [emulator-defined]: UTF-8, no compression, one column per field of the record the App API serves, nested fields
/// dotted (<c>attributes.plan</c>), typed with the shared CSV header's suffixes (<c>:number</c>, <c>:boolean</c>,
/// <c>:json</c> for arrays, empty objects and columns whose kinds differ), so the shared CSV reader rebuilds the
/// API's record. A null or missing field is an empty cell.
/// </summary>
internal static class ExportCsv
{
    private enum Kind
    {
        String,
        Number,
        Boolean,
        Json,
    }

    /// <summary>Writes <paramref name="records"/> (called twice: once for the header, once for the rows) to <paramref name="path"/>.</summary>
    /// <returns>The rows written.</returns>
    public static long Write(string path, Func<IEnumerable<byte[]>> records)
    {
        var columns = new Dictionary<string, Kind>(StringComparer.Ordinal);
        var order = new List<string>();
        foreach (var record in records())
        {
            using var document = JsonDocument.Parse(record);
            foreach (var (name, value) in Flatten(document.RootElement))
            {
                var kind = KindOf(value);
                if (!columns.TryGetValue(name, out var known))
                {
                    columns[name] = kind;
                    order.Add(name);
                }
                else if (known != kind)
                {
                    columns[name] = Kind.Json;
                }
            }
        }

        long rows = 0;
        using var writer = new StreamWriter(path, false, new UTF8Encoding(false));
        writer.Write(string.Join(',', order.Select(name => Quote(columns[name] switch
        {
            Kind.Number => name + ":number",
            Kind.Boolean => name + ":boolean",
            Kind.Json => name + ":json",
            _ => name,
        }))));
        writer.Write("\r\n");
        foreach (var record in records())
        {
            using var document = JsonDocument.Parse(record);
            var cells = Flatten(document.RootElement).ToDictionary(c => c.Name, c => c.Value, StringComparer.Ordinal);
            writer.Write(string.Join(',', order.Select(name => cells.TryGetValue(name, out var value) ? Quote(Cell(value, columns[name])) : "")));
            writer.Write("\r\n");
            rows++;
        }

        return rows;
    }

    // Leaves of the record with their dotted paths; nulls are left out (they become empty cells).
    private static IEnumerable<(string Name, JsonElement Value)> Flatten(JsonElement element, string prefix = "")
    {
        foreach (var property in element.EnumerateObject())
        {
            var name = prefix + property.Name;
            if (property.Value.ValueKind == JsonValueKind.Null)
            {
                continue;
            }

            if (property.Value.ValueKind == JsonValueKind.Object && property.Value.EnumerateObject().Any())
            {
                foreach (var leaf in Flatten(property.Value, name + "."))
                {
                    yield return leaf;
                }
            }
            else
            {
                yield return (name, property.Value);
            }
        }
    }

    private static Kind KindOf(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => Kind.String,
        JsonValueKind.Number => Kind.Number,
        JsonValueKind.True or JsonValueKind.False => Kind.Boolean,
        _ => Kind.Json,
    };

    private static string Cell(JsonElement value, Kind kind) => kind switch
    {
        Kind.Json => value.GetRawText(),
        Kind.String => value.GetString() ?? "",
        Kind.Boolean => value.GetBoolean() ? "true" : "false",
        _ => value.GetRawText(),
    };

    private static string Quote(string cell) =>
        cell.AsSpan().IndexOfAny(",\"\r\n") < 0 ? cell : "\"" + cell.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
