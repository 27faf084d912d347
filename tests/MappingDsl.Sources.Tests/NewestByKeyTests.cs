using System.Text;
using System.Text.Json;
using MappingDsl.Sources.Events;

namespace MappingDsl.Sources.Tests;

/// <summary>
/// <see cref="NewestByKey"/>'s edges (ties, missing and offset timestamps, keyed records with a problem, repeated
/// reads, its files) and that what it remembers per record lives on disk, not in memory.
/// </summary>
[Collection(nameof(MemoryMeasuredCollection))]
public sealed class NewestByKeyTests
{
    private static readonly DateTimeOffset T0 = new(2024, 1, 1, 12, 0, 0, TimeSpan.FromHours(2));

    [Fact]
    public async Task Ties_go_to_the_later_record_a_missing_timestamp_is_the_oldest_and_offsets_survive()
    {
        using var folder = new TempFolder();
        var kept = new List<SourceRecord>();
        await using (var dedupe = new NewestByKey(folder.Path))
        {
            await dedupe.AddAsync(Record("1"), "a", T0, CancellationToken.None);
            await dedupe.AddAsync(Record("2"), "b", null, CancellationToken.None);
            await dedupe.AddAsync(Record("3"), "a", T0.ToOffset(TimeSpan.FromHours(-5)), CancellationToken.None);
            await dedupe.AddAsync(Record("4"), "b", DateTimeOffset.MinValue.AddDays(1), CancellationToken.None);
            await dedupe.AddAsync(new SourceRecord("user", "5", T0, "{\"id\":\"5\"}"u8.ToArray(), "bad email"), "a", T0.AddDays(9), CancellationToken.None);
            await dedupe.AddAsync(Record("6"), null, T0.AddDays(-1), CancellationToken.None);
            await dedupe.AddAsync(Record("7"), "a", T0.AddHours(-1), CancellationToken.None);
            Assert.Equal(7, dedupe.Count);
            Assert.Equal(3, dedupe.Superseded);
            for (var read = 0; read < 2; read++)
            {
                await foreach (var record in dedupe.ReadAsync(null, CancellationToken.None))
                    kept.Add(record);
            }

            Assert.NotEmpty(Directory.GetFiles(folder.Path));
        }

        Assert.Empty(Directory.GetFiles(folder.Path));
        var first = kept.Take(kept.Count / 2).ToList();
        Assert.Equal(first.Select(Describe), kept.Skip(kept.Count / 2).Select(Describe));
        // "3" ties with "1" (same instant, other offset) and wins as the later; "4" beats "2", which has no timestamp.
        Assert.Equal(["3", "4", "5", "6"], first.Select(r => r.Id));
        Assert.Equal(TimeSpan.FromHours(-5), first[0].ModifiedAt!.Value.Offset);
        var merged = JsonDocument.Parse(first[0].Json).RootElement.GetProperty("_mergedDuplicates").EnumerateArray().ToList();
        Assert.Equal(["1", "7"], merged.Select(e => e.GetProperty("id").GetString()));
        Assert.Equal(["2024-01-01T12:00:00+02:00", "2024-01-01T11:00:00+02:00"], merged.Select(e => e.GetProperty("updatedAt").GetString()));
        var lostB = JsonDocument.Parse(first[1].Json).RootElement.GetProperty("_mergedDuplicates").EnumerateArray().Single();
        Assert.False(lostB.TryGetProperty("updatedAt", out _));
        Assert.Equal(("bad email", "{\"id\":\"5\"}"), (first[2].Problem, Encoding.UTF8.GetString(first[2].Json.Span)));
        Assert.Equal(T0.AddDays(-1), first[3].ModifiedAt);
    }

    [Fact]
    public async Task What_is_kept_per_record_lives_on_disk()
    {
        // The in-memory bookkeeping this replaced held about 260 bytes a record (header tuple, id and key strings,
        // entry, loser list): some 17 MB here. Measured alone (the collection is not run in parallel) after full collections.
        const int Records = 60_000;
        var json = "{\"id\":1}"u8.ToArray();
        await using var dedupe = new NewestByKey();
        var before = GC.GetTotalMemory(forceFullCollection: true);
        for (var i = 0; i < Records; i++)
            await dedupe.AddAsync(new SourceRecord("user", "id" + i, T0, json, null), "user" + (i % 50_000) + "@x", T0.AddSeconds(i), CancellationToken.None);
        var grown = GC.GetTotalMemory(forceFullCollection: true) - before;
        Assert.True(grown < 4_000_000, $"{grown:N0} bytes held after adding {Records:N0} records");
        Assert.Equal(10_000, dedupe.Superseded);
    }

    private static SourceRecord Record(string id) => new("user", id, null, Encoding.UTF8.GetBytes($"{{\"id\":\"{id}\"}}"), null);

    private static string Describe(SourceRecord r) =>
        $"{r.Module}|{r.Id}|{r.ModifiedAt:O}|{r.Problem}|{Encoding.UTF8.GetString(r.Json.Span)}";
}

/// <summary>Tests that measure the process's memory run one at a time.</summary>
[CollectionDefinition(nameof(MemoryMeasuredCollection), DisableParallelization = true)]
public sealed class MemoryMeasuredCollection;
