using System.Text.Json;
using MappingDsl.Emulators.Iterable;

namespace MappingDsl.Sources.Iterable.Tests;

public sealed class IterableExtractorTests
{
    [Fact]
    public async Task Every_module_reads_from_the_emulator_without_problems()
    {
        await using var emulator = await IterableEmulator.StartAsync(new IterableEmulatorOptions { Profiles = 120, CustomEvents = 300, LimitTimeScale = 0 });
        await using var extractor = new IterableExtractor(Local.Options(emulator));
        foreach (var module in IterableModules.All)
        {
            var records = await Local.ReadAll(extractor, module);
            Assert.True(records.Count > 0, module + " returned nothing");
            Assert.All(records, r => Assert.True(r.Problem is null, $"{module}: {r.Problem}"));
            Assert.Equal(records.Count, records.Select(r => r.Id).Distinct().Count());
        }

        Assert.Equal(300, (await Local.ReadAll(extractor, IterableModules.CustomEvent)).Count);
    }

    [Fact]
    public async Task Profiles_are_deduplicated_by_email_keeping_the_newest_and_recording_the_merge()
    {
        await using var emulator = await IterableEmulator.StartAsync(new IterableEmulatorOptions { Profiles = 300, DuplicateShare = 0.2, LimitTimeScale = 0 });
        await using var extractor = new IterableExtractor(Local.Options(emulator));
        var users = await Local.ReadAll(extractor, IterableModules.User);
        var data = emulator.Dataset;
        var expectedKeys = Enumerable.Range(0, data.ProfileCount)
            .Select(p => data.Email(p)?.ToLowerInvariant() ?? "user:" + IterableDataset.UserId(p)).Distinct().Count();
        Assert.True(expectedKeys < data.ProfileCount, "the emulator should serve duplicate emails");
        Assert.Equal(expectedKeys, users.Count);
        var merged = users.Where(u => JsonDocument.Parse(u.Json).RootElement.TryGetProperty("_mergedDuplicates", out _)).ToList();
        Assert.NotEmpty(merged);
        foreach (var user in merged)
        {
            var root = JsonDocument.Parse(user.Json).RootElement;
            var keptAt = IterableDates.TryParse(root.GetProperty("profileUpdatedAt").GetString()!, out var at) ? at : default;
            foreach (var loser in root.GetProperty("_mergedDuplicates").EnumerateArray())
                Assert.True(loser.GetProperty("updatedAt").GetDateTimeOffset() <= keptAt);
        }

        Assert.Contains(users, u => u.Id!.StartsWith("user:", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Malformed_lines_and_unknown_event_shapes_are_quarantined_and_the_read_goes_on()
    {
        await using var emulator = await IterableEmulator.StartAsync(new IterableEmulatorOptions { CustomEvents = 200, MalformedEvery = 50, UnknownShapeEvery = 40, LimitTimeScale = 0 });
        await using var extractor = new IterableExtractor(Local.Options(emulator));
        var events = await Local.ReadAll(extractor, IterableModules.CustomEvent);
        Assert.Equal(200, events.Count);
        var malformed = events.Where(e => e.Problem?.Contains("malformed JSON", StringComparison.Ordinal) == true).ToList();
        var unknown = events.Where(e => e.Problem?.StartsWith("unknown event shape", StringComparison.Ordinal) == true).ToList();
        Assert.Equal(4, malformed.Count);
        // Rows 40, 80, 120, 160 lack eventName; row 200 is also malformed, and a malformed row has no shape to judge.
        Assert.Equal(4, unknown.Count);
        Assert.All(malformed, m => Assert.Contains("export customEvent", m.Problem!, StringComparison.Ordinal));
        Assert.Equal(200 - 4 - 4, events.Count(e => e.Problem is null));
    }

    [Fact]
    public async Task A_stream_that_breaks_off_once_is_asked_for_again_without_duplicates_or_loss()
    {
        await using var emulator = await IterableEmulator.StartAsync(new IterableEmulatorOptions { CustomEvents = 200, TruncateAfterLines = 10, TruncateTimes = 1, LimitTimeScale = 0 });
        await using var extractor = new IterableExtractor(Local.Options(emulator));
        var events = await Local.ReadAll(extractor, IterableModules.CustomEvent);
        Assert.Equal(1, extractor.WindowRetries);
        Assert.Equal(200, events.Count);
        Assert.All(events, e => Assert.Null(e.Problem));
        Assert.Equal(200, events.Select(e => e.Id).Distinct().Count());
    }

    [Fact]
    public async Task A_stream_that_keeps_breaking_off_quarantines_its_tail_as_truncated_and_reads_the_next_windows()
    {
        await using var emulator = await IterableEmulator.StartAsync(new IterableEmulatorOptions { CustomEvents = 200, TruncateAfterLines = 10, LimitTimeScale = 0 });
        await using var extractor = new IterableExtractor(Local.Options(emulator));
        var events = await Local.ReadAll(extractor, IterableModules.CustomEvent);
        var truncated = events.Where(e => e.Problem is not null).ToList();
        var start = emulator.Options.DataStart;
        var sizes = Enumerable.Range(0, 7)
            .Select(w => emulator.Dataset.EventRange(200, start.AddDays(60 * w), start.AddDays(Math.Min(365, 60 * (w + 1)))))
            .Select(r => r.Last - r.First).ToList();
        // Windows with more than 10 lines break off at line 11: ten records, then the cut-off tail, quarantined.
        Assert.Equal(sizes.Count(n => n > 10), truncated.Count);
        Assert.Equal(6, truncated.Count);
        Assert.All(truncated, t => Assert.StartsWith("truncated export stream (export customEvent [", t.Problem!, StringComparison.Ordinal));
        Assert.Equal(sizes.Sum(n => Math.Min(n, 10)), events.Count(e => e.Problem is null));
    }

    [Fact]
    public async Task Documented_429_bodies_and_plain_text_429s_are_waited_out()
    {
        await using var emulator = await IterableEmulator.StartAsync(new IterableEmulatorOptions { CustomEvents = 100, LimitTimeScale = 0.002 });
        await using var extractor = new IterableExtractor(Local.Options(emulator) is var o ? new IterableOptions
        {
            ApiKey = o.ApiKey,
            BaseUri = o.BaseUri,
            ExportFrom = o.ExportFrom,
            ExportTo = o.ExportTo,
            WindowSize = TimeSpan.FromDays(20),
            RetryBaseDelay = TimeSpan.FromMilliseconds(30),
            MaxRetries = 10,
            Limits = o.Limits,
        } : null!);
        var events = await Local.ReadAll(extractor, IterableModules.CustomEvent);
        var members = await Local.ReadAll(extractor, IterableModules.ListMember);
        Assert.Equal(100, events.Count);
        Assert.NotEmpty(members);
        Assert.True(extractor.Throttled > 0, "the emulator's export limit (4 per scaled minute) should have answered 429");
        Assert.Equal(emulator.Throttled, extractor.Throttled);
    }

    [Fact]
    public async Task A_bad_key_fails_with_the_code_and_never_the_key()
    {
        await using var emulator = await IterableEmulator.StartAsync(new IterableEmulatorOptions { LimitTimeScale = 0 });
        var options = Local.Options(emulator);
        await using var extractor = new IterableExtractor(new IterableOptions { ApiKey = "secret-wrong-key", BaseUri = options.BaseUri, MaxRetries = 0 });
        var failure = await Assert.ThrowsAsync<IterableApiException>(() => Local.ReadAll(extractor, IterableModules.List));
        Assert.Equal("BadApiKey", failure.Code);
        Assert.DoesNotContain("secret-wrong-key", failure.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("secret-wrong-key", extractor.ToString() ?? "", StringComparison.Ordinal);
    }

    [Fact]
    public void Regions_pick_the_documented_hosts()
    {
        Assert.Equal("https://api.iterable.com/", new IterableOptions { ApiKey = "k" }.EffectiveBaseUri.ToString());
        Assert.Equal("https://api.eu.iterable.com/", new IterableOptions { ApiKey = "k", Region = IterableRegion.Eu }.EffectiveBaseUri.ToString());
    }

    [Theory]
    [InlineData("2021-04-14 16:46:01 +00:00", "2021-04-14T16:46:01Z")]
    [InlineData("2021-04-14T16:45:13+00:00", "2021-04-14T16:45:13Z")]
    [InlineData("2021-04-14T16:45:13.250+02:00", "2021-04-14T14:45:13.25Z")]
    [InlineData("2015-11-13", "2015-11-13T00:00:00Z")]
    [InlineData("1618418773000", "2021-04-14T16:46:13Z")]
    public void Mixed_date_formats_parse_to_the_same_instant(string text, string expected)
    {
        Assert.True(IterableDates.TryParse(text, out var value));
        Assert.Equal(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), value);
    }

    [Fact]
    public async Task A_crashed_run_resumes_at_its_window_from_the_spool()
    {
        var spool = Path.Combine(Path.GetTempPath(), "iterable-spool-" + Guid.NewGuid().ToString("N"));
        try
        {
            await using var emulator = await IterableEmulator.StartAsync(new IterableEmulatorOptions { CustomEvents = 300, LimitTimeScale = 0 });
            var first = new List<SourceRecord>();
            await using (var crashing = new IterableExtractor(Local.Options(emulator, spool)))
            {
                using var stop = new CancellationTokenSource();
                try
                {
                    await foreach (var record in crashing.ReadAsync(IterableModules.CustomEvent, null, stop.Token))
                    {
                        first.Add(record);
                        if (first.Count == 130)
                            await stop.CancelAsync();
                    }
                }
                catch (OperationCanceledException)
                {
                }
            }

            var callsBefore = emulator.Calls;
            await using var resumed = new IterableExtractor(Local.Options(emulator, spool));
            var all = await Local.ReadAll(resumed, IterableModules.CustomEvent);
            Assert.True(resumed.WindowsFromSpool >= 2, $"finished windows replayed: {resumed.WindowsFromSpool}");
            Assert.Equal(7 - resumed.WindowsFromSpool, emulator.Calls - callsBefore);
            Assert.Equal(300, all.Count);
            Assert.Equal(first.Select(r => r.Id), all.Take(first.Count).Select(r => r.Id));
        }
        finally
        {
            if (Directory.Exists(spool))
                Directory.Delete(spool, recursive: true);
        }
    }
}
