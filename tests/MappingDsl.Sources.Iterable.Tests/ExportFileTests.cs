namespace MappingDsl.Sources.Iterable.Tests;

public sealed class ExportFileTests
{
    [Fact]
    public async Task Export_files_are_read_offline_as_json_lines_or_csv_with_the_same_keys_and_quarantine()
    {
        var folder = Path.Combine(Path.GetTempPath(), "iterable-files-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            await File.WriteAllTextAsync(Path.Combine(folder, "customEvent.jsonl"),
                "{\"email\":\"A@x.example\",\"createdAt\":\"2024-02-01 10:00:00 +00:00\",\"eventName\":\"signup\",\"dataFields\":{\"plan\":\"pro\"}}\n" +
                "{\"email\":\"b@x.example\",\"createdAt\":1706781600000,\"eventName\"\n" +
                "{\"userId\":\"u1\",\"createdAt\":\"2024-02-02T10:00:00Z\"}\n" +
                "{\"email\":\"c@x.example\",\"createdAt\":\"2024-02-03 10:00:00 +00:00\",\"eventName\":\"sig");
            await File.WriteAllTextAsync(Path.Combine(folder, "emailSubscribe.csv"),
                "email,createdAt,channelIds\nd@x.example,2024-03-01 09:00:00 +00:00,11\n");
            await using var extractor = new IterableExtractor(new IterableOptions
            {
                ApiKey = "unused",
                ExportFolder = folder,
                ExportFrom = new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.Zero),
                ExportTo = new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero),
            });
            var events = await Local.ReadAll(extractor, IterableModules.CustomEvent);
            Assert.Equal(4, events.Count);
            Assert.Null(events[0].Problem);
            Assert.Contains("\"_profileKey\":\"a@x.example\"", System.Text.Encoding.UTF8.GetString(events[0].Json.Span), StringComparison.Ordinal);
            Assert.StartsWith("malformed JSON", events[1].Problem, StringComparison.Ordinal);
            Assert.StartsWith("unknown event shape: a customEvent row without eventName", events[2].Problem, StringComparison.Ordinal);
            Assert.StartsWith("truncated export stream (file customEvent.jsonl)", events[3].Problem, StringComparison.Ordinal);

            var subscriptions = await Local.ReadAll(extractor, IterableModules.Subscription);
            var optIn = Assert.Single(subscriptions);
            Assert.Null(optIn.Problem);
            Assert.Equal(new DateTimeOffset(2024, 3, 1, 9, 0, 0, TimeSpan.Zero), optIn.ModifiedAt);
            Assert.Contains("\"_dataType\":\"emailSubscribe\"", System.Text.Encoding.UTF8.GetString(optIn.Json.Span), StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
