using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using MappingDsl.Emulators.Dataverse;

namespace MappingDsl.EndToEnd.Tests;

// One org's migrated rows in a form two orgs can be compared in: every record GUID (primary ids, lookup values, the
// party ids inside activity-party lists) replaced by "table/source id" of the record it names, the org's own
// write stamps dropped, properties in ordinal order. GUIDs that name no migrated record (system users, the caller)
// are the same in every emulator seeded alike and stay as they are.
internal sealed partial class OrgSnapshot
{
    // Stamped by the org at write time, so two correct runs always differ in them: createdon and modifiedon are the
    // server's clock, versionnumber and the etag derived from it count writes, and a resumed run legitimately writes a
    // replayed batch twice. A record created with overriddencreatedon is the exception: its createdon is the pack's
    // date and is compared, while overriddencreatedon then holds the migration time.
    private static readonly HashSet<string> Volatile = new(StringComparer.Ordinal) { "createdon", "modifiedon", "versionnumber", "@odata.etag" };

    private readonly Dictionary<Guid, string> _names = [];
    private readonly Dictionary<string, TableRows> _tables = new(StringComparer.Ordinal);

    private readonly Dictionary<string, List<string>> _unkeyed = new(StringComparer.Ordinal);

    // One read of every table: a lookup can point into a table read later, so GUIDs are named once all are read.
    // Unkeyed tables hold rows the org writes itself (an opportunity's close activity): their own ids are the
    // platform's, so they are compared as a list of rows without them, by what they refer to.
    public static async Task<OrgSnapshot> ReadAsync(DataverseEmulator org, IEnumerable<TargetTable> tables, string sourceIdColumn, params TargetTable[] unkeyed)
    {
        var snapshot = new OrgSnapshot();
        foreach (var table in unkeyed)
        {
            var rows = new List<string>();
            await foreach (var row in RowsAsync(org, table.EntitySet))
            {
                row.Remove(table.PrimaryId);
                rows.Add(Canonical(row));
            }
            snapshot._unkeyed[table.LogicalName] = rows;
        }
        foreach (var table in tables)
        {
            var rows = new TableRows([], [], 0);
            await foreach (var row in RowsAsync(org, table.EntitySet))
            {
                if ((string?)row[sourceIdColumn] is not { } sourceId)
                {
                    rows = rows with { MissingSourceId = rows.MissingSourceId + 1 };
                    continue;
                }
                snapshot._names[Guid.Parse((string)row[table.PrimaryId]!)] = $"{table.LogicalName}/{sourceId}";
                if (!rows.Rows.TryAdd(sourceId, Canonical(row)))
                    rows.Duplicates.Add(sourceId);
            }
            snapshot._tables[table.LogicalName] = rows;
        }
        return snapshot;
    }

    public TableRows Rows(TargetTable table)
    {
        var rows = _tables[table.LogicalName];
        return rows with { Rows = rows.Rows.ToDictionary(r => r.Key, r => Named(r.Value), StringComparer.Ordinal) };
    }

    // Everything that tells two orgs apart, table by table, at most three examples of each kind: rows lost, rows only
    // in the second org, rows that differ, source ids held twice, rows without a source id; for unkeyed tables, rows
    // only in one org (a close record written twice counts as one too many).
    public static List<string> Differences(OrgSnapshot expected, OrgSnapshot actual, IEnumerable<TargetTable> tables, string second, params TargetTable[] unkeyed)
    {
        var problems = new List<string>();
        foreach (var table in tables)
        {
            var (want, got) = (expected.Rows(table), actual.Rows(table));
            problems.AddRange(got.Duplicates.Take(3).Select(k => $"{table.LogicalName} '{k}' twice in the {second} org ({got.Duplicates.Count} duplicates)"));
            problems.AddRange(want.Duplicates.Take(3).Select(k => $"{table.LogicalName} '{k}' twice in the reference org"));
            if (got.MissingSourceId + want.MissingSourceId > 0)
                problems.Add($"{table.LogicalName}: rows without a source id ({want.MissingSourceId} reference, {got.MissingSourceId} {second})");
            var lost = want.Rows.Keys.Where(k => !got.Rows.ContainsKey(k)).ToList();
            var extra = got.Rows.Keys.Where(k => !want.Rows.ContainsKey(k)).ToList();
            var changed = want.Rows.Where(r => got.Rows.TryGetValue(r.Key, out var other) && other != r.Value).ToList();
            problems.AddRange(lost.Take(3).Select(k => $"{table.LogicalName} '{k}' lost ({lost.Count} in all)"));
            problems.AddRange(extra.Take(3).Select(k => $"{table.LogicalName} '{k}' only in the {second} org ({extra.Count} in all)"));
            problems.AddRange(changed.Take(3).Select(r => $"{table.LogicalName} '{r.Key}' differs ({changed.Count} in all):\n  reference {r.Value}\n  {second,-9} {got.Rows[r.Key]}"));
        }
        foreach (var table in unkeyed)
        {
            var (want, got) = (expected.UnkeyedRows(table), actual.UnkeyedRows(table));
            var missing = Minus(want, got);
            var surplus = Minus(got, want);
            problems.AddRange(missing.Take(3).Select(r => $"{table.LogicalName}: {r} lost ({missing.Count} in all)"));
            problems.AddRange(surplus.Take(3).Select(r => $"{table.LogicalName}: {r} only in the {second} org ({surplus.Count} in all)"));
        }
        return problems;
    }

    // Multiset difference: each row of `right` cancels one equal row of `left`.
    private static List<string> Minus(List<string> left, List<string> right)
    {
        var counts = right.GroupBy(r => r, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var result = new List<string>();
        foreach (var row in left)
        {
            if (counts.TryGetValue(row, out var n) && n > 0)
                counts[row] = n - 1;
            else
                result.Add(row);
        }
        return result;
    }

    public List<string> UnkeyedRows(TargetTable table) => [.. _unkeyed[table.LogicalName].Select(Named).Order(StringComparer.Ordinal)];

    private string Named(string canonical) => QuotedGuid().Replace(canonical,
        m => _names.TryGetValue(Guid.Parse(m.Groups[1].ValueSpan), out var name) ? $"\"→{name}\"" : m.Value);

    [GeneratedRegex("\"([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})\"")]
    private static partial Regex QuotedGuid();

    private static string Canonical(JsonObject row)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
            Write(writer, row);
        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    private static void Write(Utf8JsonWriter writer, JsonNode? node)
    {
        switch (node)
        {
            case null:
                writer.WriteNullValue();
                break;
            case JsonObject obj:
                writer.WriteStartObject();
                var overridden = obj["overriddencreatedon"] is not null;
                foreach (var (name, value) in obj.Where(p => overridden ? p.Key != "overriddencreatedon" && (p.Key == "createdon" || !Volatile.Contains(p.Key)) : !Volatile.Contains(p.Key)).OrderBy(p => p.Key, StringComparer.Ordinal))
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
            default:
                node.WriteTo(writer);
                break;
        }
    }

    private static async IAsyncEnumerable<JsonObject> RowsAsync(DataverseEmulator org, string entitySet)
    {
        using var http = Org.Http();
        // The emulator reads a whole table for every page, so one large page per table is the cheap way to read it.
        http.DefaultRequestHeaders.Add("Prefer", "odata.maxpagesize=200000");
        string? url = new Uri(org.ServiceRoot, entitySet + await Org.ExpandPartiesAsync(org, entitySet)).ToString();
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
