using System.Text;
using MappingDsl.Sources.Files;

namespace MappingDsl.Sources.Tests;

public class JsonPageStreamTests
{
    public static TheoryData<string> Pages => new()
    {
        """[1, {"id":2}, "three", null, [4,[5]], -6.5e3]""",
        """{"Status":"success","Data":{"data":[{"id":1,"n":"a"}, {"id":2,"n":[1,{"x":"]"}]}],"totalRows":7,"totalPages":4}}""",
        """{"Status":"success","Data":[{"tag":"vip \"quoted\" \u00e9t\u00e9 ✓"}]}""",
        """{"records":[{"id":3,"deep":{"a":{"b":{"c":[1,2,3]}}}}],"total":1,"from":0,"rows":250}""",
        """{"meta":{"skip":[1,2]},"DATA":[{"id":12345678901234}],"Total":1}""",
        """{"Status":"failure","Error":{"Name":"AuthorizationFailed","Message":"bad key","code":403}}""",
        """{"Status":"failure","Error":"no access"}""",
        """{"unrelated":[1,2,3]}""",
        """  "just a string"  """,
        "",
    };

    // A 16-byte buffer puts nearly every token and every row across a refill, and rows longer than it make it grow.
    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Every_page_shape_streams_to_what_the_page_parser_reads_whole(string json)
    {
        var bytes = Encoding.UTF8.GetBytes(json);
        var whole = JsonPageParser.Parse(bytes);
        var facts = new JsonPageStream.PageFacts();

        List<byte[]> rows;
        try
        {
            rows = await JsonPageStream.RowsAsync(new JsonChunkReader(new MemoryStream(bytes), 16), facts, CancellationToken.None).ToListAsync();
        }
        catch (System.Text.Json.JsonException)
        {
            // Not JSON at all (an empty file): the file reader falls back to the whole-page parser, which calls it malformed.
            Assert.NotNull(whole.Malformed);
            Assert.Empty(whole.Rows);
            return;
        }

        Assert.Equal(whole.Rows.Select(r => Encoding.UTF8.GetString(r.Span)), rows.Select(r => Encoding.UTF8.GetString(r)));
        Assert.Equal(whole.Status, facts.Status);
        Assert.Equal(whole.ErrorName, facts.ErrorName);
        Assert.Equal(whole.ErrorMessage, facts.ErrorMessage);
        Assert.Equal(whole.TotalRows, facts.TotalRows);
        Assert.Equal(whole.Malformed is null, facts.Malformed is null);
    }

    [Fact]
    public async Task A_json_array_file_yields_its_first_records_before_the_file_is_read()
    {
        var json = new StringBuilder("[");
        for (var i = 0; i < 20_000; i++)
        {
            json.Append(i == 0 ? "" : ",").Append("{\"id\":\"c").Append(i).Append("\",\"name\":\"Contact ").Append(i).Append("\",\"tags\":[\"a\",\"b\"]}");
        }

        var bytes = Encoding.UTF8.GetBytes(json.Append(']').ToString());
        var reader = new JsonChunkReader(new MemoryStream(bytes), 4096);
        var rows = JsonPageStream.RowsAsync(reader, new JsonPageStream.PageFacts(), CancellationToken.None).GetAsyncEnumerator();

        Assert.True(await rows.MoveNextAsync());
        Assert.Equal("""{"id":"c0","name":"Contact 0","tags":["a","b"]}""", Encoding.UTF8.GetString(rows.Current));
        // One buffer of a ~1 MB file has been read when the first record is out, not the file.
        Assert.Equal(4096, reader.BytesRead);
        var count = 1;
        while (await rows.MoveNextAsync())
        {
            count++;
        }

        Assert.Equal(20_000, count);
        Assert.Equal(bytes.Length, reader.BytesRead);
    }

    [Fact]
    public async Task Broken_json_throws_after_the_rows_before_the_break()
    {
        var bytes = Encoding.UTF8.GetBytes("""{"data":[{"id":1},{"id":2},{"id":3 oops},{"id":4}]}""");
        var rows = new List<string>();

        await Assert.ThrowsAnyAsync<System.Text.Json.JsonException>(async () =>
        {
            await foreach (var row in JsonPageStream.RowsAsync(new JsonChunkReader(new MemoryStream(bytes), 16), new JsonPageStream.PageFacts(), CancellationToken.None))
            {
                rows.Add(Encoding.UTF8.GetString(row));
            }
        });
        Assert.Equal(["""{"id":1}""", """{"id":2}"""], rows);
    }
}
