using System.Text;
using System.Text.Json;
using MappingDsl.Sources.Events;
using MappingDsl.Sources.Profiling;

namespace MappingDsl.Sources.Tests;

public sealed class EventStreamTests
{
    [Fact]
    public async Task Json_lines_split_on_line_breaks_and_flag_an_unterminated_last_line()
    {
        var text = "{\"a\":1}\r\n\n{\"b\":2}\n{\"c\":";
        var lines = new List<JsonLine>();
        await foreach (var line in JsonLinesStream.ReadAsync(new MemoryStream(Encoding.UTF8.GetBytes(text)), CancellationToken.None))
            lines.Add(line);
        Assert.Equal(["{\"a\":1}", "{\"b\":2}", "{\"c\":"], lines.Select(l => Encoding.UTF8.GetString(l.Bytes.Span)));
        Assert.Equal([true, true, false], lines.Select(l => l.Terminated));
        var last = ExportLineRecords.Create(lines[2], "customEvent", new RecordFields("c", null), "test window");
        Assert.StartsWith("truncated export stream (test window)", last.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_connection_reset_mid_stream_ends_the_lines_with_one_carrying_the_failure()
    {
        var lines = new List<JsonLine>();
        await foreach (var line in JsonLinesStream.ReadAsync(new ResetAfter("{\"a\":1}\n{\"b\":"u8.ToArray()), CancellationToken.None))
            lines.Add(line);
        Assert.Equal(2, lines.Count);
        Assert.Null(lines[0].Failure);
        Assert.Equal("{\"b\":", Encoding.UTF8.GetString(lines[1].Bytes.Span));
        Assert.False(lines[1].Terminated);
        Assert.Contains("Connection reset by peer", lines[1].Failure, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Lines_longer_than_the_read_buffer_come_back_whole()
    {
        var big = "{\"x\":\"" + new string('y', 200_000) + "\"}";
        var lines = new List<JsonLine>();
        await foreach (var line in JsonLinesStream.ReadAsync(new MemoryStream(Encoding.UTF8.GetBytes(big + "\n" + big + "\n")), CancellationToken.None))
            lines.Add(line);
        Assert.Equal(2, lines.Count);
        Assert.All(lines, l => Assert.Equal(big.Length, l.Bytes.Length));
    }

    [Fact]
    public async Task Newest_by_key_keeps_the_latest_record_and_lists_what_it_merged()
    {
        await using var dedupe = new NewestByKey();
        var t0 = new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.Zero);
        await dedupe.AddAsync(Record("1", "{\"id\":\"1\",\"v\":\"old\"}"), "a@x", t0, CancellationToken.None);
        await dedupe.AddAsync(Record("2", "{\"id\":\"2\",\"v\":\"new\"}"), "a@x", t0.AddDays(1), CancellationToken.None);
        await dedupe.AddAsync(Record("3", "{\"id\":\"3\",\"v\":\"older\"}"), "a@x", t0.AddDays(-1), CancellationToken.None);
        await dedupe.AddAsync(Record("4", "{\"id\":\"4\"}"), "b@x", t0, CancellationToken.None);
        await dedupe.AddAsync(new SourceRecord("user", null, null, "{bad"u8.ToArray(), "malformed JSON"), null, null, CancellationToken.None);
        var kept = new List<SourceRecord>();
        await foreach (var record in dedupe.ReadAsync((w, key, _) => w.WriteString("_key", key), CancellationToken.None))
            kept.Add(record);
        Assert.Equal(["2", "4", null], kept.Select(r => r.Id));
        Assert.Equal(2, dedupe.Superseded);
        var root = JsonDocument.Parse(kept[0].Json).RootElement;
        Assert.Equal("new", root.GetProperty("v").GetString());
        Assert.Equal("a@x", root.GetProperty("_key").GetString());
        Assert.Equal(["1", "3"], root.GetProperty("_mergedDuplicates").EnumerateArray().Select(e => e.GetProperty("id").GetString()));
        Assert.False(JsonDocument.Parse(kept[1].Json).RootElement.TryGetProperty("_mergedDuplicates", out _));
        Assert.Equal("malformed JSON", kept[2].Problem);
    }

    [Fact]
    public void Appending_to_an_object_keeps_what_the_source_sent()
    {
        Assert.Equal("{\"a\":1,\"k\":\"v\"}", Encoding.UTF8.GetString(JsonObjectAppender.Append("{\"a\":1} "u8, w => w.WriteString("k", "v"))));
        Assert.Equal("{\"k\":2}", Encoding.UTF8.GetString(JsonObjectAppender.Append("{}"u8, w => w.WriteNumber("k", 2))));
    }

    [Fact]
    public void Date_windows_cover_the_range_half_open()
    {
        var from = new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.Zero);
        var windows = DateWindow.Cover(from, from.AddDays(70), TimeSpan.FromDays(30)).ToList();
        Assert.Equal(3, windows.Count);
        Assert.Equal(from.AddDays(70), windows[^1].End);
        Assert.Equal(windows[0].End, windows[1].Start);
        Assert.Equal("2024-01-31 00:00:00", DateWindow.Format(windows[0].End));
    }

    [Fact]
    public void The_profiler_infers_types_null_rates_distinct_counts_and_key_frequency()
    {
        var profiler = new DataProfiler { DistinctCap = 3 };
        profiler.Observe("user", "{\"stage\":\"lead\",\"n\":1,\"when\":\"2024-01-01 10:00:00 +00:00\",\"address\":{\"city\":\"Lyon\"},\"id\":\"1\"}"u8);
        profiler.Observe("user", "{\"stage\":\"customer\",\"n\":1.5,\"when\":null,\"id\":\"2\"}"u8);
        profiler.Observe("user", "{\"stage\":\"\",\"n\":2,\"id\":\"3\",\"tags\":[1]}"u8);
        profiler.Observe("user", "{\"stage\":\"lead\",\"id\":\"4\"}"u8);
        var user = profiler.Snapshot()["user"];
        Assert.Equal(4, user.Records);
        Assert.Equal(ValueKinds.String, user.Fields["stage"].Type);
        Assert.Equal(2, user.Fields["stage"].Distinct);
        Assert.Equal(0.25, user.Fields["stage"].NullRate);
        Assert.Equal(ValueKinds.Decimal, user.Fields["n"].Type);
        Assert.Equal(0.75, user.Fields["n"].Frequency);
        Assert.Equal(ValueKinds.DateTime, user.Fields["when"].Type);
        Assert.Equal(0.75, user.Fields["when"].NullRate);
        Assert.Equal(ValueKinds.String, user.Fields["address.city"].Type);
        Assert.Equal(ValueKinds.Array, user.Fields["tags"].Type);
        Assert.True(user.Fields["id"].DistinctCapped);
        var values = profiler.EnumerationValues();
        Assert.Equal(["customer", "lead"], values["user.stage"]);
        Assert.False(values.ContainsKey("user.id"));
    }

    private static SourceRecord Record(string id, string json) => new("user", id, null, Encoding.UTF8.GetBytes(json), null);
}

/// <summary>Serves its bytes, then fails the next read as a server's TCP reset does.</summary>
file sealed class ResetAfter(byte[] bytes) : MemoryStream(bytes)
{
    public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
        Position < Length ? base.ReadAsync(buffer, cancellationToken) : throw new IOException("Connection reset by peer");
}
