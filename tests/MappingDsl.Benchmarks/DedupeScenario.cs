using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using MappingDsl.Sources;
using MappingDsl.Sources.Events;

namespace MappingDsl.Benchmarks;

/// <summary>
/// The Iterable profile dedupe (<see cref="NewestByKey"/>, which lives for a whole Iterable run) on N generated
/// profiles: about a fifth are older or newer versions of another profile's email, 1 in 50 has no key, 1 in 100 a
/// problem. Time to add, to work out the survivors, to replay; managed memory held after adding; peak working set. Its
/// checks: every profile comes back or is merged into one that does (yielded + superseded = added, and as many
/// <c>_mergedDuplicates</c> entries as superseded profiles).
/// </summary>
internal static class DedupeScenario
{
    public static async Task<int> RunAsync(string[] args)
    {
        var profiles = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 1_000_000;
        var ct = CancellationToken.None;
        await using var peak = new PeakWorkingSet();
        var baseline = GC.GetTotalMemory(forceFullCollection: true);
        await using var dedupe = new NewestByKey();
        var random = new Random(42);
        var emails = Math.Max(1, profiles * 4 / 5);
        var t0 = new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.Zero);
        var watch = Stopwatch.StartNew();
        for (var i = 0; i < profiles; i++)
        {
            var email = $"user{random.Next(emails)}@example.com";
            var json = Encoding.UTF8.GetBytes($"{{\"userId\":\"u{i}\",\"email\":\"{email}\",\"firstName\":\"First{i}\",\"lastName\":\"Last{i}\",\"emailListIds\":[1,2,3]}}");
            DateTimeOffset? at = i % 37 == 0 ? null : t0.AddMinutes(random.Next(100_000));
            var problem = i % 100 == 99 ? "malformed JSON" : null;
            await dedupe.AddAsync(new SourceRecord("user", "u" + i, at, json, problem), i % 50 == 7 ? null : email, at, ct);
        }

        var added = watch.Elapsed;
        var held = GC.GetTotalMemory(forceFullCollection: true) - baseline;
        watch.Restart();
        var superseded = dedupe.Superseded;
        var settled = watch.Elapsed;
        watch.Restart();
        long yielded = 0;
        await foreach (var record in dedupe.ReadAsync((w, key, _) => w.WriteString("_profileKey", key), ct))
            yielded++;
        var replayed = watch.Elapsed;
        var peakBytes = await peak.StopAsync();

        // Checked on a second replay, untimed: the merge annotations account for every superseded profile.
        long merged = 0;
        await foreach (var record in dedupe.ReadAsync(null, ct))
        {
            using var document = JsonDocument.Parse(record.Json);
            if (document.RootElement.ValueKind == JsonValueKind.Object && document.RootElement.TryGetProperty("_mergedDuplicates", out var list))
                merged += list.GetArrayLength();
        }

        var total = added + settled + replayed;
        Console.WriteLine($"| profiles | add s | survivors s | replay s | profiles/s overall | managed held after adding | peak working set |");
        Console.WriteLine("|---:|---:|---:|---:|---:|---:|---:|");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| {profiles:N0} | {added.TotalSeconds:F2} | {settled.TotalSeconds:F2} | {replayed.TotalSeconds:F2} | {profiles / total.TotalSeconds:N0} | {held / 1048576.0:N1} MB | {peakBytes / 1048576.0:N0} MB |"));
        if (yielded + superseded == profiles && merged == superseded)
            return 0;
        Console.Error.WriteLine($"Profiles lost or doubled: {yielded:N0} yielded + {superseded:N0} superseded of {profiles:N0} added; {merged:N0} merge entries.");
        return 1;
    }
}
