using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using MappingDsl.Emulators.Dataverse;
using MappingDsl.Segments;

namespace MappingDsl.Sources.Tests.Segments;

/// <summary>
/// The "Done when" of the segment row: people loaded as contacts into the Dataverse emulator; each segment's rules
/// evaluated in memory over the same source people (the rule model's reference semantics, not the FetchXML); the
/// translated FetchXML stored as a dynamic marketing list, read back and run through the emulator over HTTP; the two
/// member sets must be equal.
/// </summary>
public sealed class SegmentMembershipTests
{
    // Customer.io segment conditions (documented grammar plus the assumed operators, docs/sources/customerio-segments.md).
    private const string Segments = """
        {"segments":[
          {"id":1,"name":"Busy Parisians","type":"dynamic","conditions":{"and":[{"attribute":{"field":"city","operator":"eq","value":"paris"}},{"attribute":{"field":"orders","operator":"gt","value":2}}]}},
          {"id":2,"name":"Odd titles or no e-mail","type":"dynamic","conditions":{"or":[{"attribute":{"field":"title","operator":"contains","value":"%"}},{"attribute":{"field":"title","operator":"starts_with","value":"sales_"}},{"attribute":{"field":"title","operator":"contains","value":"[ops]"}},{"attribute":{"field":"email","operator":"not_exists"}}]}},
          {"id":3,"name":"Neither Berlin nor Lagos, still subscribed","type":"dynamic","conditions":{"not":{"or":[{"attribute":{"field":"city","operator":"in","value":["Berlin","LAGOS"]}},{"attribute":{"field":"unsubscribed","operator":"eq","value":true}}]}}},
          {"id":4,"name":"Early, valuable, not by e-mail","type":"dynamic","conditions":{"and":[{"attribute":{"field":"signed_up_at","operator":"lt","value":1704067200}},{"attribute":{"field":"contact_pref","operator":"ne","value":"email"}},{"attribute":{"field":"lifetime_value","operator":"gt","value":"100.5"}}]}},
          {"id":5,"name":"Busy Parisian heads","type":"dynamic","conditions":{"and":[{"segment":{"id":1}},{"not":{"attribute":{"field":"title","operator":"not_contains","value":"head"}}}]}},
          {"id":6,"name":"Not (ordering and A-named)","type":"dynamic","conditions":{"not":{"and":[{"attribute":{"field":"orders","operator":"exists"}},{"attribute":{"field":"first_name","operator":"starts_with","value":"a"}}]}}},
          {"id":7,"name":"Late sign-ups or no preference","type":"dynamic","conditions":{"or":[{"attribute":{"field":"signed_up_at","operator":"gt","value":"2024-06-01T00:00:00Z"}},{"not":{"attribute":{"field":"contact_pref","operator":"exists"}}},{"attribute":{"field":"orders","operator":"lt","value":1}}]}}
        ]}
        """;

    [Fact]
    public async Task Each_translated_segment_returns_exactly_the_members_its_rules_select_from_the_source()
    {
        var people = People(120, seed: 15);
        await using var emulator = await DataverseEmulator.StartAsync();
        using var http = new HttpClient { BaseAddress = emulator.ServiceRoot };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "segments");
        var personOf = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (id, attributes) in people) personOf[await CreateAsync(http, "contacts", Load(id, attributes))] = id;

        var segments = JsonDocument.Parse(Segments).RootElement.GetProperty("segments").EnumerateArray().Select(CustomerIoSegmentReader.ReadSegment).ToList();
        var rules = segments.ToDictionary(s => s.Id, s => s.Rule!);
        var translator = new FetchXmlTranslator(SegmentTestColumns.Contacts, rules);
        var evaluator = new SegmentRuleEvaluator(SegmentTestColumns.Contacts.KindOf, rules);
        foreach (var segment in segments)
        {
            var expected = people.Where(p => evaluator.Matches(segment.Rule!, p.Attributes)).Select(p => p.Id).Order(StringComparer.Ordinal).ToList();
            var translation = translator.Translate(segment);
            Assert.True(translation.IsExpressible, string.Join("; ", translation.Reasons));

            // Stored as a dynamic marketing list, then read back: the stored query is the one that must select the members.
            var list = SegmentMarketingList.For(segment, translation, SegmentTestColumns.Contacts, "Customer.io")!;
            var listId = await CreateAsync(http, "lists", list.ToRecord());
            var stored = await JsonAsync(http, $"lists({listId})?$select=query,type,createdfromcode");
            Assert.Equal((true, 2), (stored.GetProperty("type").GetBoolean(), stored.GetProperty("createdfromcode").GetInt32()));

            using var response = await http.GetAsync("contacts?fetchXml=" + Uri.EscapeDataString(stored.GetProperty("query").GetString()!));
            var body = await response.Content.ReadAsStringAsync();
            Assert.True(response.IsSuccessStatusCode, body);
            var actual = JsonDocument.Parse(body).RootElement.GetProperty("value").EnumerateArray()
                .Select(r => personOf[r.GetProperty("contactid").GetString()!]).Order(StringComparer.Ordinal).ToList();

            // A segment that selects no one or everyone would prove little about the translation.
            Assert.InRange(expected.Count, 1, people.Count - 1);
            Assert.True(expected.SequenceEqual(actual), $"segment {segment.Id} '{segment.Name}': rules select {expected.Count} [{string.Join(',', expected)}], FetchXML returned {actual.Count} [{string.Join(',', actual)}]\n{translation.FetchXml}");
        }
    }

    // Synthetic Customer.io people: attributes as the App API gives them (text), every one sometimes absent, values
    // chosen to hit the edges (case, wildcard characters in text, dates on both sides of the cut, unknown preferences).
    private static List<(string Id, IReadOnlyDictionary<string, string?> Attributes)> People(int count, int seed)
    {
        var random = new Random(seed);
        string? Pick(params string?[] values) => values[random.Next(values.Length)];
        var people = new List<(string, IReadOnlyDictionary<string, string?>)>();
        for (var i = 1; i <= count; i++)
        {
            var id = "p" + i.ToString("000", CultureInfo.InvariantCulture);
            var signedUp = new DateTimeOffset(2023, 1, 1, 0, 0, 0, TimeSpan.Zero).AddSeconds(random.Next(0, 2 * 365 * 24 * 3600));
            people.Add((id, new Dictionary<string, string?>
            {
                ["email"] = random.Next(5) == 0 ? null : $"{id}@example.com",
                ["first_name"] = Pick("Ada", "alan", "Bea", "Chidi", "Ana", null),
                ["city"] = Pick("Paris", "PARIS", "Berlin", "Lagos", "Lima", null),
                ["title"] = Pick("Head of Sales", "50% Off Buyer", "Sales_Lead", "SalesXLead", "[Ops] Manager", "Ops Manager", "head chef", null),
                ["orders"] = random.Next(6) == 0 ? null : random.Next(0, 8).ToString(CultureInfo.InvariantCulture),
                ["lifetime_value"] = random.Next(6) == 0 ? null : (random.Next(0, 40000) / 100.0).ToString(CultureInfo.InvariantCulture),
                ["unsubscribed"] = Pick("true", "false", null),
                ["signed_up_at"] = random.Next(8) == 0 ? null : random.Next(2) == 0
                    ? signedUp.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture)
                    : signedUp.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture),
                ["contact_pref"] = Pick("any", "email", "Email", "phone", "mail", null),
            }));
        }
        return people;
    }

    // The load a migration performs for these columns, written here by hand (not with the translator's conversions).
    private static JsonObject Load(string id, IReadOnlyDictionary<string, string?> attributes)
    {
        var body = new JsonObject { ["lastname"] = id };
        foreach (var (name, value) in attributes)
        {
            if (value is null) continue;
            var column = SegmentTestColumns.Contacts.Column(name)!;
            body[column.Column] = column.Kind switch
            {
                SegmentValueKind.Number => JsonValue.Create(decimal.Parse(value, CultureInfo.InvariantCulture)),
                SegmentValueKind.Boolean => JsonValue.Create(value == "true"),
                SegmentValueKind.DateTime => JsonValue.Create(long.TryParse(value, out var unix)
                    ? DateTimeOffset.FromUnixTimeSeconds(unix).ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture)
                    : value),
                SegmentValueKind.Choice => JsonValue.Create(value.ToLowerInvariant() switch { "any" => 1, "email" => 2, "phone" => 3, "fax" => 4, _ => 5 }),
                _ => JsonValue.Create(value),
            };
        }
        return body;
    }

    private static async Task<string> CreateAsync(HttpClient http, string set, JsonObject body)
    {
        using var response = await http.PostAsync(set, new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json"));
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        var address = response.Headers.GetValues("OData-EntityId").Single();
        return address[(address.LastIndexOf('(') + 1)..^1];
    }

    private static async Task<JsonElement> JsonAsync(HttpClient http, string url)
    {
        using var response = await http.GetAsync(url);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, body);
        return JsonDocument.Parse(body).RootElement.Clone();
    }
}
