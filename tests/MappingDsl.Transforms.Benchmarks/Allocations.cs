using System.Globalization;
using System.Text.Json;
using MappingDsl.Maps.Salesmate.Source;

namespace MappingDsl.Transforms.Benchmarks;

/// <summary>
/// Bytes allocated per record, exactly (<see cref="GC.GetAllocatedBytesForCurrentThread"/> over many records after a
/// warm-up), beside the typed parse alone: what a transform allocates beyond deserializing the source record (its
/// strings and the objects that hold them) is the difference. Usage: <c>-- --allocations</c>.
/// </summary>
internal static class Allocations
{
    private const int Count = 20_000;

    public static void Print()
    {
        using var approaches = new Approaches(Records.Resolver());
        Console.WriteLine("| Record | Typed parse only (B) | Generated (B) | Beyond the parse (B) | Entity path (B) | Floor (B) | HandWritten (B) |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|");
        foreach (var kind in new[] { RecordKind.Contact, RecordKind.Deal, RecordKind.Meeting })
        {
            var json = Records.Of(kind);
            approaches.Generated(kind, json);
            var size = approaches.LastBody("Generated").Length;
            var parse = PerRecord(() => Parse(kind, json));
            var generated = PerRecord(() => approaches.Generated(kind, json));
            var entity = PerRecord(() => approaches.GeneratedEntityPath(kind, json));
            var floor = PerRecord(() => approaches.Floor(json, size));
            var hand = PerRecord(() => approaches.HandWritten(kind, json));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {kind} | {parse:0} | {generated:0} | {generated - parse:0} | {entity:0} | {floor:0} | {hand:0} |"));
        }
    }

    private static int Parse(RecordKind kind, byte[] json) => kind switch
    {
        RecordKind.Contact => JsonSerializer.Deserialize(json, SalesmateJson.Default.SmContact)!.Id.GetHashCode(),
        RecordKind.Deal => JsonSerializer.Deserialize(json, SalesmateJson.Default.SmDeal)!.Id.GetHashCode(),
        _ => JsonSerializer.Deserialize(json, SalesmateJson.Default.SmMeeting)!.Id.GetHashCode(),
    };

    private static double PerRecord(Func<int> run)
    {
        for (var i = 0; i < 1000; i++)
            run();
        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < Count; i++)
            run();
        return (GC.GetAllocatedBytesForCurrentThread() - before) / (double)Count;
    }
}
