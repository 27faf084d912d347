using System.Text;

namespace MappingDsl.Sources.Tests;

public class SourceRecordFactoryTests
{
    private static readonly RecordFields IntegerIds = new("id", "lastModifiedAt", IdKind.Integer);

    private static SourceRecord Create(string json, RecordFields? fields = null) =>
        SourceRecordFactory.Create("contact", Encoding.UTF8.GetBytes(json), fields ?? IntegerIds);

    [Fact]
    public void Reads_id_and_timestamp_and_keeps_the_bytes()
    {
        var json = """{"name":"x","id":40,"owner":{"id":9},"lastModifiedAt":"2025-03-14T09:26:53.000Z"}""";
        var record = Create(json);

        Assert.True(record.IsUsable);
        Assert.Equal("40", record.Id);
        Assert.Equal(new DateTimeOffset(2025, 3, 14, 9, 26, 53, TimeSpan.Zero), record.ModifiedAt);
        Assert.Equal(json, Encoding.UTF8.GetString(record.Json.Span));
    }

    [Fact]
    public void Epoch_milliseconds_are_accepted_as_timestamps()
    {
        var record = Create("""{"id":1,"lastModifiedAt":1700000000000}""");

        Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(1700000000000), record.ModifiedAt);
    }

    [Theory]
    [InlineData("""{"id":"40-x"}""", "wrong JSON type")]
    [InlineData("""{"id":4.5}""", "not an integer")]
    [InlineData("""{"id":null}""", "is null")]
    [InlineData("""{"name":"no id"}""", "has no 'id'")]
    [InlineData("""{"id":1,"name":broken}""", "malformed JSON")]
    [InlineData("""{"id":1,"lastModifiedAt":"yesterday"}""", "not a timestamp")]
    [InlineData("""[1,2]""", "not a JSON object")]
    [InlineData("""{"id":1} trailing""", "malformed JSON")]
    public void Bad_records_carry_a_problem_instead_of_throwing(string json, string expected)
    {
        var record = Create(json);

        Assert.False(record.IsUsable);
        Assert.Contains(expected, record.Problem, StringComparison.Ordinal);
        Assert.Equal(json, Encoding.UTF8.GetString(record.Json.Span));
    }

    [Fact]
    public void String_ids_are_fine_when_the_module_says_so()
    {
        var record = Create("""{"tag":"vip"}""", new RecordFields("tag", null, IdKind.String));

        Assert.True(record.IsUsable);
        Assert.Equal("vip", record.Id);
        Assert.Null(record.ModifiedAt);
    }
}
