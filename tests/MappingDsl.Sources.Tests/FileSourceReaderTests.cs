using System.Text;
using System.Text.Json;
using MappingDsl.Sources.Files;

namespace MappingDsl.Sources.Tests;

public class FileSourceReaderTests
{
    private static async Task<List<SourceRecord>> ReadAll(ISourceReader reader, string module, DateTimeOffset? since = null)
    {
        var records = new List<SourceRecord>();
        await foreach (var record in reader.ReadAsync(module, since, CancellationToken.None))
        {
            records.Add(record);
        }

        return records;
    }

    [Fact]
    public async Task Json_pages_in_a_module_folder_are_read_in_name_order()
    {
        using var folder = new TempFolder();
        folder.Write("contact/page-0002.json", """{"Status":"success","Data":{"data":[{"id":3,"lastModifiedAt":"2025-01-03T00:00:00Z"}],"totalRows":3}}""");
        folder.Write("contact/page-0001.json", """{"Status":"success","Data":{"data":[{"id":1,"lastModifiedAt":"2025-01-01T00:00:00Z"},{"id":2,"lastModifiedAt":"2025-01-02T00:00:00Z"}],"totalRows":3}}""");

        var records = await ReadAll(FileSourceReader.FromSpec("file:" + folder.Path), "contact");

        Assert.Equal(["1", "2", "3"], records.Select(r => r.Id));
        Assert.All(records, r => Assert.True(r.IsUsable));
    }

    [Fact]
    public async Task Modified_since_keeps_only_later_records()
    {
        using var folder = new TempFolder();
        folder.Write("deal.json", """[{"id":1,"lastModifiedAt":"2025-01-01T00:00:00Z"},{"id":2,"lastModifiedAt":"2025-02-01T00:00:00Z"}]""");

        var records = await ReadAll(new FileSourceReader(folder.Path), "deal", new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero));

        Assert.Equal(["2"], records.Select(r => r.Id));
    }

    [Fact]
    public async Task A_malformed_row_in_a_saved_page_is_quarantined_and_the_rest_read()
    {
        using var folder = new TempFolder();
        folder.Write("company.json", """{"Status":"success","Data":{"data":[{"id":1},{"id":2,"name":oops},{"id":3}]}}""");

        var records = await ReadAll(new FileSourceReader(folder.Path), "company");

        Assert.Equal(3, records.Count);
        Assert.Equal([true, false, true], records.Select(r => r.IsUsable));
        Assert.Contains("malformed JSON", records[1].Problem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Csv_rows_become_typed_nested_json()
    {
        using var folder = new TempFolder();
        folder.Write("contact.csv", "id:number,name,owner.email,owner.name,emailOptOut:boolean,score:number,attendees:json,lastModifiedAt\n" +
            "40,\"Doe, Jane\",ava@x.test,Ava,true,12.5,\"[{\"\"email\"\":\"\"a@b.c\"\"}]\",2025-03-14T09:26:53Z\n" +
            "41,Omar,,,false,,,\n");

        var records = await ReadAll(new FileSourceReader(folder.Path), "contact");

        Assert.Equal(["40", "41"], records.Select(r => r.Id));
        Assert.All(records, r => Assert.True(r.IsUsable, r.Problem));
        using var first = JsonDocument.Parse(records[0].Json);
        var root = first.RootElement;
        Assert.Equal(40, root.GetProperty("id").GetInt32());
        Assert.Equal("Doe, Jane", root.GetProperty("name").GetString());
        Assert.Equal("ava@x.test", root.GetProperty("owner").GetProperty("email").GetString());
        Assert.True(root.GetProperty("emailOptOut").GetBoolean());
        Assert.Equal(12.5m, root.GetProperty("score").GetDecimal());
        Assert.Equal("a@b.c", root.GetProperty("attendees")[0].GetProperty("email").GetString());
        Assert.Equal(new DateTimeOffset(2025, 3, 14, 9, 26, 53, TimeSpan.Zero), records[0].ModifiedAt);
        using var second = JsonDocument.Parse(records[1].Json);
        Assert.Equal(JsonValueKind.Null, second.RootElement.GetProperty("owner").GetProperty("email").ValueKind);
        Assert.Null(records[1].ModifiedAt);
    }

    [Fact]
    public async Task Bad_csv_rows_are_quarantined_with_their_line_and_reason()
    {
        using var folder = new TempFolder();
        folder.Write("deal.csv", "id:number,dealValue:number,title\n1,100,ok\nabc,5,bad id\n3,lots,bad value\n4,7\n5,9,fine\n");

        var records = await ReadAll(new FileSourceReader(folder.Path), "deal");

        Assert.Equal(5, records.Count);
        Assert.Equal([true, false, false, false, true], records.Select(r => r.IsUsable));
        Assert.Contains("'id' is not number", records[1].Problem, StringComparison.Ordinal);
        Assert.Contains("'dealValue' is not number", records[2].Problem, StringComparison.Ordinal);
        Assert.Contains("2 cells", records[3].Problem, StringComparison.Ordinal);
        Assert.StartsWith("line 5", records[3].Problem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Bad_csv_quoting_is_quarantined_with_its_lines_and_nothing_is_dropped()
    {
        using var folder = new TempFolder();
        folder.Write("deal.csv", "id:number,title\n1,\"two\nlines, quoted\"\n2,say \"hi\" now\n3,\"closed\"tail\n4,an \"unclosed one\n5,swallowed\n");

        var records = await ReadAll(new FileSourceReader(folder.Path), "deal");

        Assert.Equal(4, records.Count);
        Assert.True(records[0].IsUsable, records[0].Problem);
        Assert.Equal("two\nlines, quoted", JsonDocument.Parse(records[0].Json).RootElement.GetProperty("title").GetString());
        Assert.Equal("line 4: bad CSV quoting near 'say \"hi\" now'", records[1].Problem);
        Assert.StartsWith("line 5: bad CSV quoting", records[2].Problem, StringComparison.Ordinal);
        // An unclosed quote runs on to the end of the file (as a quoted cell may span lines): that one record is
        // quarantined with the lines it took, and the rows it swallowed are kept in its text, not dropped.
        Assert.StartsWith("line 6-8: bad CSV quoting", records[3].Problem, StringComparison.Ordinal);
        Assert.Contains("5,swallowed", JsonDocument.Parse(records[3].Json).RootElement.GetProperty("title").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Json_lines_are_read_one_record_per_line()
    {
        using var folder = new TempFolder();
        folder.Write("note.jsonl", "{\"id\":1}\n\n{\"id\":2}\n");

        var records = await ReadAll(new FileSourceReader(folder.Path), "note");

        Assert.Equal(["1", "2"], records.Select(r => r.Id));
    }

    [Fact]
    public async Task Missing_module_and_bad_header_fail_with_a_clear_message()
    {
        using var folder = new TempFolder();
        folder.Write("task.csv", "id:number,due:datetime\n1,2025-01-01\n");
        var reader = new FileSourceReader(folder.Path);

        var missing = await Assert.ThrowsAsync<FileNotFoundException>(() => ReadAll(reader, "meeting"));
        Assert.Contains("meeting", missing.Message, StringComparison.Ordinal);
        var header = await Assert.ThrowsAsync<InvalidDataException>(() => ReadAll(reader, "task"));
        Assert.Contains("unknown type 'datetime'", header.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => FileSourceReader.FromSpec("salesmate:acme"));
        Assert.Throws<DirectoryNotFoundException>(() => new FileSourceReader(Path.Combine(folder.Path, "nope")));
    }

    [Fact]
    public async Task A_saved_failure_envelope_is_an_error_not_an_empty_module()
    {
        using var folder = new TempFolder();
        folder.Write("contact.json", """{"Status":"failure","Error":{"name":"AuthorizationFailed","message":"x"}}""");

        var error = await Assert.ThrowsAsync<InvalidDataException>(() => ReadAll(new FileSourceReader(folder.Path), "contact"));

        Assert.Contains("AuthorizationFailed", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unreadable_page_file_is_kept_whole_as_one_quarantined_record()
    {
        using var folder = new TempFolder();
        var content = "not json at all";
        folder.Write("company.json", content);

        var records = await ReadAll(new FileSourceReader(folder.Path), "company");

        var record = Assert.Single(records);
        Assert.False(record.IsUsable);
        Assert.Equal(content, Encoding.UTF8.GetString(record.Json.Span));
    }
}
