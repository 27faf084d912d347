using MappingDsl.Sources.Files;

namespace MappingDsl.Sources.Tests;

// Invalid UTF-8 in an export is replaced with U+FFFD and recorded per field, never replaced silently.
public sealed class InvalidUtf8Tests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("mapdsl-utf8-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task A_json_line_with_invalid_bytes_carries_a_loss_naming_the_field()
    {
        var good = """{"id":1,"name":"Acme"}"""u8.ToArray();
        byte[] bad = [.. """{"id":2,"name":"Ca"""u8, 0xC3, .. """fe","city":"Oslo"}"""u8];
        await File.WriteAllBytesAsync(Path.Combine(_folder, "company.jsonl"), [.. good, (byte)'\n', .. bad, (byte)'\n']);

        var records = await new FileSourceReader(_folder).ReadAsync("company", null, CancellationToken.None).ToListAsync();

        Assert.Empty(records[0].Losses);
        var loss = Assert.Single(records[1].Losses);
        Assert.Equal("name", loss.Field);
        Assert.Equal("reader.invalid-utf8", loss.Rule);
        Assert.StartsWith("sha256:", loss.Original, StringComparison.Ordinal);
        Assert.Null(records[1].Problem);
        Assert.Contains("Ca\uFFFDfe", System.Text.Encoding.UTF8.GetString(records[1].Json.Span), StringComparison.Ordinal);
    }
}
