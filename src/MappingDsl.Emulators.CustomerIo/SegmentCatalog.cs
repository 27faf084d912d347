using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace MappingDsl.Emulators.CustomerIo;

/// <summary>One segment: its rules in the App API's filter grammar and the people they select.</summary>
/// <param name="Id">Segment id.</param>
/// <param name="Name">Name.</param>
/// <param name="Type"><c>dynamic</c> or <c>manual</c>.</param>
/// <param name="Conditions">The rules (null for a manual segment).</param>
/// <param name="Members">The members' cio_ids.</param>
public sealed record EmulatedSegment(int Id, string Name, string Type, JsonObject? Conditions, IReadOnlyList<string> Members);

/// <summary>
/// The emulator's segments. Their <c>conditions</c> use the grammar the docs give for people filters (source-apis.md
/// §3.4: one of <c>and</c>/<c>or</c>/<c>not</c>; leaves <c>{"segment":{"id"}}</c> and
/// <c>{"attribute":{"field","operator":"eq"|"exists","value"}}</c>); that segments serve the same grammar is
/// UNCONFIRMED. Membership is what the rules select, evaluated here, so a translation of the rules can be checked
/// against it.
/// </summary>
internal static class SegmentCatalog
{
    public static IReadOnlyList<EmulatedSegment> Build(CustomerIoDataset data)
    {
        var segments = new List<EmulatedSegment>();
        Add(segments, data, 1, "Pro and enterprise plans", """{"or":[{"attribute":{"field":"plan","operator":"eq","value":"pro"}},{"attribute":{"field":"plan","operator":"eq","value":"enterprise"}}]}""");
        Add(segments, data, 2, "VIP customers on paid plans", """{"and":[{"segment":{"id":1}},{"attribute":{"field":"vip","operator":"eq","value":"true"}}]}""");
        Add(segments, data, 3, "Anonymous visitors", """{"not":{"attribute":{"field":"email","operator":"exists"}}}""");
        Add(segments, data, 4, "Has a nickname", """{"and":[{"attribute":{"field":"nickname","operator":"exists"}}]}""");
        segments.Add(new EmulatedSegment(5, "Beta testers (hand-picked)", "manual", null,
            [.. data.People.Where(p => !p.Anonymous && p.Index % 17 == 0).Select(p => p.CioId)]));
        return segments;
    }

    private static void Add(List<EmulatedSegment> segments, CustomerIoDataset data, int id, string name, string conditions)
    {
        var rules = JsonNode.Parse(conditions)!.AsObject();
        var members = data.People.Where(p => Matches(rules, p, segments)).Select(p => p.CioId).ToList();
        segments.Add(new EmulatedSegment(id, name, "dynamic", rules, members));
    }

    /// <summary>Whether <paramref name="person"/> satisfies <paramref name="filter"/> (also used by people search).</summary>
    public static bool Matches(JsonObject filter, EmulatedPerson person, IReadOnlyList<EmulatedSegment> segments)
    {
        if (filter["and"] is JsonArray all)
        {
            return all.All(f => f is JsonObject o && Matches(o, person, segments));
        }

        if (filter["or"] is JsonArray any)
        {
            return any.Any(f => f is JsonObject o && Matches(o, person, segments));
        }

        if (filter["not"] is JsonObject not)
        {
            return !Matches(not, person, segments);
        }

        if (filter["segment"] is JsonObject segment)
        {
            var id = segment["id"]?.GetValue<int>();
            return segments.FirstOrDefault(s => s.Id == id)?.Members.Contains(person.CioId) == true;
        }

        if (filter["attribute"] is JsonObject attribute)
        {
            var field = attribute["field"]?.GetValue<string>() ?? "";
            person.Attributes.TryGetValue(field, out var value);
            return attribute["operator"]?.GetValue<string>() switch
            {
                "exists" => value is not null,
                "eq" => value is not null && Text(value) == attribute["value"]?.ToString(),
                _ => false,
            };
        }

        return false;
    }

    // Attribute comparisons are on text, the way the App API returns attribute values (source-apis.md §3.4).
    private static string Text(object value) => value switch
    {
        bool b => b ? "true" : "false",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };

    public static void Write(Utf8JsonWriter w, EmulatedSegment segment, DateTimeOffset start)
    {
        w.WriteStartObject();
        w.WriteNumber("id", segment.Id);
        w.WriteString("deduplicate_id", $"{segment.Id}:{start.ToUnixTimeSeconds()}");
        w.WriteString("name", segment.Name);
        w.WriteString("description", segment.Type == "manual" ? "Added by hand" : "Rule-based: " + segment.Name);
        w.WriteString("type", segment.Type);
        w.WriteString("state", "finished");
        w.WriteStartArray("tags");
        w.WriteStringValue("migration");
        w.WriteEndArray();
        if (segment.Conditions is { } conditions)
        {
            w.WritePropertyName("conditions");
            conditions.WriteTo(w);
        }

        w.WriteNumber("created_at", start.ToUnixTimeSeconds());
        w.WriteNumber("updated_at", start.AddDays(segment.Id).ToUnixTimeSeconds());
        w.WriteEndObject();
    }
}
