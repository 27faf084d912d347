using System.Text;
using System.Text.Json.Nodes;

namespace MappingDsl.Maps.Salesmate.Tests;

/// <summary>
/// The generated direct-write transforms (each pair's compiled twin, which the engine uses) against the transforms
/// through the pair methods and their typed entities (the source of truth): for every Salesmate sample and for
/// randomized records, the same outcome, the same body bytes, state, lookups, problems, flags and loss events.
/// </summary>
public sealed class DirectWriteEqualityTests
{
    private const int RandomRecordsPerSample = 60;

    private static readonly string[] Stages = ["Customer", "Evangelist", "Lead", "Subscriber", "Marketing Qualified Lead", "Opportunity", "Other", "", "customer", "Churned"];

    private static readonly (string Pair, string Json)[] SampleRecords =
    [
        ("Companies", Samples.Company()),
        ("Companies", Samples.Company().Replace("\"enterprise,renewal\"", "\"enterprise,unknown-tag, vip ,,\"", StringComparison.Ordinal)),
        .. Stages.Select(stage => ("Contacts", Samples.Contact(40, stage))),
        ("Contacts", Samples.Contact(41, "Lead", "nobody@example.com")),
        ("Contacts", Samples.Contact(77, "Customer")),
        ("Deals", Samples.Deal("Proposal", "Lost")),
        ("Deals", Samples.Deal("New", "Open")),
        ("Deals", Samples.Deal("Won", "Won", "Partner")),
        ("Deals", Samples.Deal("Pilot", "Open")),
        ("Deals", Samples.Deal("Proposal", "Open", "Unknown pipeline")),
        ("Calls", Samples.Activity("Call", "")),
        ("Meetings", Samples.Activity("Meeting", Samples.Meeting)),
        ("Meetings", Samples.Activity("Meeting", "")),
        ("Tasks", Samples.Activity("Task", "")),
        ("Emails", Samples.Email),
        ("Notes", Samples.Note("contact", 40)),
        ("Notes", Samples.Note("deal", 301)),
        ("Notes", Samples.Note("company", 12)),
        ("Notes", Samples.Note("lead", 999)),
        ("NoteFiles", """{"key":"7001-image1","noteId":"7001","position":1,"relatedTo":{"module":"contact","id":40},"createdBy":{"email":"ava.patel@salesmate-emulator.test"},"createdAt":"2025-03-05T11:00:00.000Z","source":"https://x/y.png","fileName":"y.png","mimeType":"image/png","size":3,"sha256":"ab","content":"AAEC"}"""),
        ("TeamInboxThreads", Samples.Thread),
        ("TeamInboxMessages", Samples.Message),
    ];

    public static TheoryData<string> DirectPairs => new(SalesmatePack.Catalog.Transforms.OfType<IDirectWriteTransform>().Select(t => t.Pair));

    [Fact]
    public void Every_pair_that_writes_records_has_a_direct_write_twin_and_only_inventories_keep_the_entity_path()
    {
        var entityOnly = SalesmatePack.Catalog.Transforms.Where(t => t is not IDirectWriteTransform).Select(t => t.Pair).Order().ToList();
        var inventories = SalesmatePack.Catalog.Pairs.Where(p => p.Kind == Catalog.PairKind.DocumentationOnly).Select(p => p.Name).Order().ToList();
        Assert.Equal(inventories, entityOnly);
        Assert.All(SampleRecords, sample => Assert.IsAssignableFrom<IDirectWriteTransform>(SalesmatePack.Catalog.Transform(sample.Pair)));
    }

    [Theory]
    [MemberData(nameof(DirectPairs))]
    public void The_twin_writes_what_the_pair_method_writes_for_every_sample_and_randomized_records(string pair)
    {
        var samples = SampleRecords.Where(s => s.Pair == pair).Select(s => s.Json).ToList();
        Assert.NotEmpty(samples);
        // A fixed seed per pair (string hash codes change per process): a failure reproduces.
        var random = new Random(pair.Sum(c => c));
        var written = 0;
        foreach (var sample in samples)
        {
            AssertSame(pair, sample);
            for (var i = 0; i < RandomRecordsPerSample; i++)
                written += AssertSame(pair, Mutate(sample, random)) ? 1 : 0;
        }
        // Many randomized records are rejected (a value no matrix knows), but enough load that the comparison covers
        // written bodies, not only rejections.
        Assert.True(written >= RandomRecordsPerSample / 6, $"only {written} randomized records were written");
    }

    [Fact]
    public void A_difference_in_one_byte_fails_the_comparison()
    {
        // The comparison itself can fail: two different records of the same pair never compare equal.
        Assert.ThrowsAny<Xunit.Sdk.XunitException>(() => Compare(
            Run(Entity("Contacts"), Samples.Contact(40, "Customer")),
            Run(Entity("Contacts"), Samples.Contact(40, "Evangelist"))));
    }

    private static IPairTransform Entity(string pair) => ((IDirectWriteTransform)SalesmatePack.Catalog.Transform(pair)).EntityPath;

    private static bool AssertSame(string pair, string json)
    {
        var direct = SalesmatePack.Catalog.Transform(pair);
        try
        {
            var result = Run(direct, json);
            Compare(Run(((IDirectWriteTransform)direct).EntityPath, json), result);
            return result.Outcome.Status == TransformStatus.Written;
        }
        catch (Xunit.Sdk.XunitException e)
        {
            throw new Xunit.Sdk.XunitException($"{pair}: the twin differs for {json}\n{e.Message}");
        }
    }

    private sealed record Result(TransformOutcome Outcome, IReadOnlyList<(string Pair, string Table, string Key, string Body, int? State, int? Status, string Binds, string Deferred, string Problems, string Flags)> Records, int Inventory, IReadOnlyList<LossEvent> Losses);

    private static Result Run(IPairTransform transform, string json)
    {
        using var writer = new RecordWriter(new MapContext(Samples.Resolver()));
        var losses = new List<LossEvent>();
        var previous = LossCapture.Begin(losses);
        TransformOutcome outcome;
        try
        {
            outcome = transform.Transform(Samples.Utf8(json), writer);
        }
        finally
        {
            LossCapture.End(previous);
        }
        var records = writer.Records.Select(r => (r.Pair, r.Table.LogicalName, r.SourceKey, Encoding.UTF8.GetString(r.Body.Span), r.State, r.Status,
            string.Join("|", r.Binds.Select(b => b.LogicalName)), string.Join("|", r.Deferred.Select(d => d.Column.LogicalName + "=" + d.Reference)),
            string.Join("|", r.Problems), string.Join("|", r.Flags))).ToList();
        return new Result(outcome, records, writer.Inventory.Count, losses);
    }

    private static void Compare(Result expected, Result actual)
    {
        Assert.Equal(expected.Outcome, actual.Outcome);
        Assert.Equal(expected.Records, actual.Records);
        Assert.Equal(expected.Inventory, actual.Inventory);
        Assert.Equal(expected.Losses, actual.Losses);
    }

    // A sample with some members dropped, nulled or replaced by another value of the same JSON kind: long text (past
    // every truncation), text no matrix knows, other ids (resolved or not), other numbers and flags.
    private static string Mutate(string json, Random random)
    {
        var root = JsonNode.Parse(json)!.AsObject();
        MutateObject(root, random, depth: 0);
        return root.ToJsonString();
    }

    private static void MutateObject(JsonObject target, Random random, int depth)
    {
        foreach (var name in target.Select(p => p.Key).ToList())
        {
            if (name is "id" or "key" && depth == 0)
                continue;
            var value = target[name];
            var roll = random.Next(100);
            if (roll < 55)
                continue;
            if (roll < 62)
            {
                target.Remove(name);
                continue;
            }
            if (roll < 70)
            {
                target[name] = null;
                continue;
            }
            target[name] = value?.GetValueKind() switch
            {
                // A timestamp stays a timestamp (another one), so the record still parses and reaches the pair.
                System.Text.Json.JsonValueKind.String when DateTimeOffset.TryParse(value.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture, out _)
                    => new DateTimeOffset(2020, 1, 1, 0, 0, 0, TimeSpan.Zero).AddMinutes(random.Next(3_000_000)).AddSeconds(random.Next(2) * 17).ToString("O", System.Globalization.CultureInfo.InvariantCulture),
                System.Text.Json.JsonValueKind.String => Text(random),
                System.Text.Json.JsonValueKind.Number => Number(name, value.ToJsonString().Contains('.', StringComparison.Ordinal), random),
                System.Text.Json.JsonValueKind.True or System.Text.Json.JsonValueKind.False => random.Next(2) == 0,
                System.Text.Json.JsonValueKind.Object when depth == 0 => MutatedCopy(value.AsObject(), random),
                _ => value?.DeepClone(),
            };
        }
    }

    private static JsonObject MutatedCopy(JsonObject value, Random random)
    {
        var copy = value.DeepClone().AsObject();
        MutateObject(copy, random, depth: 1);
        return copy;
    }

    private static JsonNode Number(string name, bool fractional, Random random) => name == "id"
        ? JsonValue.Create(new long[] { 12, 40, 41, 301, 8801, 3, random.Next(1, 100000) }[random.Next(7)])
        : fractional ? JsonValue.Create(Math.Round((decimal)random.NextDouble() * 1000, 2)) : JsonValue.Create(random.Next(0, 100000));

    private static readonly string[] Texts =
    [
        "", " ", "Lead", "Customer", "Won", "Lost", "Open", "Sales", "Partner", "Proposal", "New", "Acme", "None", "High", "Low", "Medium", "Email", "SMS",
        "Webinars,Pricing", "Webinars, Support,Bogus", "vip", "vip,enterprise,renewal,vip", "contact", "deal", "company",
        "ava.patel@salesmate-emulator.test", "jane.doe@northwind.example.com", "Zoë – 🎉 \"quoted\" \\ </script>", "2025-03-20T15:00:00.000Z",
    ];

    private static JsonNode Text(Random random) => random.Next(4) switch
    {
        0 => new string('x', random.Next(150, 2600)),
        1 => random.NextInt64().ToString("x", System.Globalization.CultureInfo.InvariantCulture),
        _ => Texts[random.Next(Texts.Length)],
    };
}
