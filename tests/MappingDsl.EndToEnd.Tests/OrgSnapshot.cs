using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using MappingDsl.Emulators.Dataverse;

namespace MappingDsl.EndToEnd.Tests;

// One org's migrated rows in a form two orgs can be compared in: every record GUID (primary ids, lookup values, the
// party ids inside activity-party lists) replaced by "table/source id" of the record it names, the org's own
// write stamps dropped, properties in ordinal order. GUIDs that name no migrated record (system users, the caller)
// are the same in every emulator seeded alike and stay as they are.
internal sealed class OrgSnapshot
{
    // Stamped by the org at write time, so two correct runs always differ in them: createdon and modifiedon are the
    // server's clock (the pack's own date, overriddencreatedon, is compared), versionnumber and the etag derived from
    // it count writes, and a resumed run legitimately writes a replayed batch twice.
    private static readonly HashSet<string> Volatile = new(StringComparer.Ordinal) { "createdon", "modifiedon", "versionnumber", "@odata.etag" };

    private readonly DataverseEmulator _org;
    private readonly string _sourceIdColumn;
    private readonly Dictionary<Guid, string> _names;

    private OrgSnapshot(DataverseEmulator org, string sourceIdColumn, Dictionary<Guid, string> names)
    {
        _org = org;
        _sourceIdColumn = sourceIdColumn;
        _names = names;
    }

    // Reads every record's id and source id first, so a lookup can be named whatever table it points into.
    public static async Task<OrgSnapshot> ReadAsync(DataverseEmulator org, IEnumerable<TargetTable> tables, string sourceIdColumn)
    {
        var names = new Dictionary<Guid, string>();
        foreach (var table in tables)
        {
            await foreach (var row in RowsAsync(org, table.EntitySet, sourceIdColumn))
                names[Guid.Parse((string)row[table.PrimaryId]!)] = $"{table.LogicalName}/{(string?)row[sourceIdColumn]}";
        }
        return new OrgSnapshot(org, sourceIdColumn, names);
    }

    public async Task<TableRows> RowsAsync(TargetTable table)
    {
        var rows = new Dictionary<string, string>(StringComparer.Ordinal);
        var duplicates = new List<string>();
        var missingSourceId = 0;
        await foreach (var row in RowsAsync(_org, table.EntitySet, null))
        {
            if ((string?)row[_sourceIdColumn] is not { } sourceId)
            {
                missingSourceId++;
                continue;
            }
            if (!rows.TryAdd(sourceId, Canonical(row)))
                duplicates.Add(sourceId);
        }
        return new TableRows(rows, duplicates, missingSourceId);
    }

    private string Canonical(JsonObject row)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
            Write(writer, row);
        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    private void Write(Utf8JsonWriter writer, JsonNode? node)
    {
        switch (node)
        {
            case null:
                writer.WriteNullValue();
                break;
            case JsonObject obj:
                writer.WriteStartObject();
                foreach (var (name, value) in obj.Where(p => !Volatile.Contains(p.Key)).OrderBy(p => p.Key, StringComparer.Ordinal))
                {
                    writer.WritePropertyName(name);
                    Write(writer, value);
                }
                writer.WriteEndObject();
                break;
            case JsonArray array:
                writer.WriteStartArray();
                foreach (var item in array)
                    Write(writer, item);
                writer.WriteEndArray();
                break;
            case JsonValue value when value.GetValueKind() == JsonValueKind.String
                                      && Guid.TryParseExact(value.GetValue<string>(), "D", out var id)
                                      && _names.TryGetValue(id, out var name):
                writer.WriteStringValue("→" + name);
                break;
            default:
                node.WriteTo(writer);
                break;
        }
    }

    private static async IAsyncEnumerable<JsonObject> RowsAsync(DataverseEmulator org, string entitySet, string? select)
    {
        using var http = new HttpClient();
        string? url = new Uri(org.ServiceRoot, entitySet + (select is null ? "" : "?$select=" + select)).ToString();
        while (url is not null)
        {
            var page = JsonNode.Parse(await http.GetStringAsync(new Uri(url)))!.AsObject();
            foreach (var row in page["value"]!.AsArray())
                yield return row!.AsObject();
            url = (string?)page["@odata.nextLink"];
        }
    }
}

// One table's rows by source id (canonical JSON), the source ids seen more than once, and rows without a source id.
internal sealed record TableRows(Dictionary<string, string> Rows, List<string> Duplicates, int MissingSourceId);
