using System.Security.Cryptography;
using System.Text.Json;
using MappingDsl.Cli.Hosting;
using MappingDsl.Emulators.Salesmate;
using MappingDsl.Engine;
using MappingDsl.Engine.Journal;
using MappingDsl.Engine.Reports;

namespace MappingDsl.EndToEnd.Tests;

/// <summary>
/// Salesmate notes with embedded images: the note arrives with its text, and each image arrives as a file note on
/// the same record whose bytes have the source file's size and SHA-256 (the emulator's files, downloaded by the
/// extractor, read back from the org).
/// </summary>
public sealed class NoteAttachmentTests : IAsyncLifetime
{
    private Lab _lab = null!;
    private RunReport _run = null!;

    public async Task InitializeAsync()
    {
        _lab = await Lab.StartAsync(new SalesmateEmulatorOptions { Records = 24, Seed = 12 });
        await using var source = SourceEndpoint.ForEmulator(_lab.Salesmate, owned: false);
        await using var target = await TargetEndpoint.OpenAsync(_lab.Org.BaseUri.ToString(), CancellationToken.None);
        using var journal = MigrationJournal.Open(Path.Combine(_lab.Folder, "journal.db"));
        _run = await new MigrationEngine(Lab.Catalog, source.Source, target.Target, journal)
            .MigrateAsync(new MigrationOptions { BatchSize = 10, FallbackOwner = "ava.patel@salesmate-emulator.test" }, CancellationToken.None);
    }

    public async Task DisposeAsync() => await _lab.DisposeAsync();

    private static string? Text(JsonElement row, string column) =>
        row.TryGetProperty(column, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    [Fact]
    public async Task A_note_with_two_embedded_images_arrives_with_its_text_and_two_files_of_the_same_size_and_hash()
    {
        var data = _lab.Salesmate.Dataset;
        var index = Enumerable.Range(0, data.Count("note")).First(i => data.NoteFileCount(i) == 2 && !data.IsMalformed("note", i));
        var noteId = (index + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var annotations = await Org.RowsAsync(_lab.Org, "annotations");

        var note = Assert.Single(annotations, a => Text(a, "sm_sourceid") == noteId);
        var images = string.Concat(Enumerable.Range(1, 2).Select(n => $"<img src=\"{data.FileBaseUri}apis/v1/files/note/{noteId}/{n}\"/>"));
        Assert.Equal($"<p>Whiteboard from visit {noteId}</p>{images}", Text(note, "notetext"));
        Assert.False(note.GetProperty("isdocument").GetBoolean());
        var regarding = Text(note, "_objectid_value");
        Assert.NotNull(regarding);

        for (var n = 1; n <= 2; n++)
        {
            var expected = data.NoteFile(index, n);
            var file = Assert.Single(annotations, a => Text(a, "sm_sourceid") == $"{noteId}-image{n}");
            Assert.True(file.GetProperty("isdocument").GetBoolean());
            Assert.Equal(regarding, Text(file, "_objectid_value"));
            Assert.Equal(expected.FileName, Text(file, "filename"));
            Assert.Equal(expected.MimeType, Text(file, "mimetype"));
            var bytes = Convert.FromBase64String(Text(file, "documentbody")!);
            Assert.Equal(expected.Content.Length, bytes.Length);
            Assert.Equal(expected.Content.Length, file.GetProperty("filesize").GetInt32());
            Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(expected.Content)), Convert.ToHexStringLower(SHA256.HashData(bytes)));
        }
    }

    [Fact]
    public async Task Every_embedded_image_is_loaded_and_verified_with_nothing_rejected()
    {
        Assert.Equal(0, _run.Rejected);
        Assert.True(_run.Balanced);
        var files = _lab.Salesmate.Dataset.Count("noteFile");
        Assert.True(files >= 2, $"the dataset embeds only {files} images");
        var phase = Assert.Single(_run.Phases, p => p.Pairs.Any(x => x.Pair == "NoteFiles"));
        Assert.Equal(files, Assert.Single(phase.Pairs, p => p.Pair == "NoteFiles").Loaded);
        var verified = Assert.Single(phase.Verification, v => v.Pair == "NoteFiles");
        Assert.Equal(files, verified.Checked);
        Assert.Equal(files, verified.Matched);
        var documents = (await Org.RowsAsync(_lab.Org, "annotations")).Count(a => a.GetProperty("isdocument").GetBoolean());
        Assert.Equal(files, documents);
    }
}
