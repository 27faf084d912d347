using System.Text;
using System.Text.Json;

namespace MappingDsl.Transforms.Benchmarks;

/// <summary>
/// Before anything is timed: every baseline must produce the body the generated transform produces (same columns,
/// same values; property order and number spelling may differ), for a contact, a lead, a deal and a meeting.
/// </summary>
internal static class Equivalence
{
    // The longest name-and-value token pair of the samples is under 200 bytes.
    private const int FloorSlack = 256;

    private static readonly string[] Baselines = ["GeneratedEntityPath", "HandWritten", "Dictionary", "Mapperly", "AutoMapper"];

    public static void Verify()
    {
        using var approaches = new Approaches(Records.Resolver());
        Check(approaches, RecordKind.Contact, Records.Contact, "contact");
        Check(approaches, RecordKind.Contact, Records.Lead, "lead");
        Check(approaches, RecordKind.Deal, Records.Deal, "deal");
        Check(approaches, RecordKind.Meeting, Records.Meeting, "meeting");
        // The batch's first records: every lifecycle stage, so both branches of the split and every id pattern.
        var batch = Records.Contacts(Smoke.BatchSize);
        for (var i = 0; i < batch.Length; i++)
            Check(approaches, RecordKind.Contact, batch[i], $"batch contact {i}");
    }

    private static void Check(Approaches approaches, RecordKind kind, byte[] json, string label)
    {
        var expectedState = approaches.Generated(kind, json) - approaches.LastBody("Generated").Length;
        using var expected = JsonDocument.Parse(approaches.LastBody("Generated"));
        foreach (var baseline in Baselines)
        {
            var result = baseline switch
            {
                "GeneratedEntityPath" => approaches.GeneratedEntityPath(kind, json),
                "HandWritten" => approaches.HandWritten(kind, json),
                "Dictionary" => approaches.Dictionary(kind, json),
                "Mapperly" => approaches.Mapperly(kind, json),
                _ => approaches.AutoMapper(kind, json),
            };
            var body = approaches.LastBody(baseline);
            using var actual = JsonDocument.Parse(body);
            if (!JsonElement.DeepEquals(expected.RootElement, actual.RootElement) || result - body.Length != expectedState)
            {
                throw new InvalidOperationException(
                    $"{baseline} does not produce the generated transform's {label} body.\n" +
                    $"generated: {Encoding.UTF8.GetString(approaches.LastBody("Generated"))}\n{baseline}: {Encoding.UTF8.GetString(body)}");
            }
        }
        CheckFloor(approaches, json, approaches.LastBody("Generated").Length, label);
    }

    /// <summary>
    /// The floor writes valid JSON of the generated body's size: at least as long, and longer by less than the one
    /// token that crossed the line.
    /// </summary>
    public static void CheckFloor(Approaches approaches, byte[] json, int size, string label)
    {
        var written = approaches.Floor(json, size);
        using var floor = JsonDocument.Parse(approaches.LastBody("Floor"));
        if (written < size || written > size + FloorSlack)
            throw new InvalidOperationException($"the floor wrote {written} bytes for the {label}, not the generated body's {size} (+ at most {FloorSlack})");
    }
}
