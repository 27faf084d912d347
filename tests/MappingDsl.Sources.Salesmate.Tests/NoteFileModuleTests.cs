using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using MappingDsl.Emulators.Salesmate;
using static MappingDsl.Sources.Salesmate.Tests.Harness;

namespace MappingDsl.Sources.Salesmate.Tests;

public class NoteFileModuleTests
{
    [Fact]
    public async Task Every_embedded_image_is_downloaded_once_with_its_bytes_size_and_hash()
    {
        await using var emulator = await SalesmateEmulator.StartAsync(new SalesmateEmulatorOptions { Records = 40, Seed = 9 });
        using var extractor = new SalesmateExtractor(OptionsFor(emulator));

        var files = await ReadAll(extractor, "noteFile");

        var data = emulator.Dataset;
        var expected = Enumerable.Range(0, data.Count("note"))
            .SelectMany(i => Enumerable.Range(1, data.NoteFileCount(i)).Select(n => (Index: i, N: n)))
            .ToList();
        Assert.True(expected.Count >= 2);
        Assert.Equal(expected.Select(e => $"{e.Index + 1}-image{e.N}"), files.Select(f => f.Id));
        foreach (var (file, (index, n)) in files.Zip(expected))
        {
            Assert.True(file.IsUsable, file.Problem);
            Assert.NotNull(file.ModifiedAt);
            var source = data.NoteFile(index, n);
            using var json = JsonDocument.Parse(file.Json);
            var root = json.RootElement;
            var bytes = Convert.FromBase64String(root.GetProperty("content").GetString()!);
            Assert.Equal(source.Content, bytes);
            Assert.Equal(source.Content.Length, root.GetProperty("size").GetInt64());
            Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(source.Content)), root.GetProperty("sha256").GetString());
            Assert.Equal(source.FileName, root.GetProperty("fileName").GetString());
            Assert.Equal(source.MimeType, root.GetProperty("mimeType").GetString());
            Assert.Equal((index + 1).ToString(CultureInfo.InvariantCulture), root.GetProperty("noteId").GetString());
            Assert.Equal(JsonValueKind.Object, root.GetProperty("relatedTo").ValueKind);
        }
    }

    [Fact]
    public async Task A_file_over_the_maximum_is_quarantined_with_its_size_without_keeping_its_bytes()
    {
        await using var emulator = await SalesmateEmulator.StartAsync(new SalesmateEmulatorOptions { Records = 10, Seed = 9 });
        var first = emulator.Dataset.NoteFile(0, 1);
        var options = OptionsFor(emulator);
        using var extractor = new SalesmateExtractor(new SalesmateOptions
        {
            LinkName = options.LinkName,
            AccessToken = options.AccessToken,
            BaseUri = options.BaseUri,
            RetryBaseDelay = options.RetryBaseDelay,
            CallsPerWindow = options.CallsPerWindow,
            RateWindow = options.RateWindow,
            RateBurst = options.RateBurst,
            MaxFileBytes = first.Content.Length - 1,
        });

        var files = await ReadAll(extractor, "noteFile");

        var refused = Assert.Single(files, f => f.Id == "1-image1");
        Assert.False(refused.IsUsable);
        Assert.Contains($"the file is {first.Content.Length} bytes, over the maximum upload size of {first.Content.Length - 1} bytes", refused.Problem, StringComparison.Ordinal);
        using var json = JsonDocument.Parse(refused.Json);
        Assert.False(json.RootElement.TryGetProperty("content", out _));
    }

    [Fact]
    public void Only_images_on_the_account_host_are_taken_and_the_access_token_goes_nowhere_else()
    {
        var account = new Uri("https://acme.salesmate.io/");
        const string html = """
            <p>x</p><img src="https://acme.salesmate.io/apis/v1/files/note/1/1"/><img alt='a' src='/apis/v1/files/note/1/2'>
            <img src="https://evil.example/steal.png"/><IMG SRC="https://acme.salesmate.io/a&amp;b.png">
            """;

        var images = NoteFileRecords.Images(html, account).Select(u => u.AbsoluteUri).ToList();

        Assert.Equal(
            ["https://acme.salesmate.io/apis/v1/files/note/1/1", "https://acme.salesmate.io/apis/v1/files/note/1/2", "https://acme.salesmate.io/a&b.png"],
            images);
    }
}
