using MappingDsl.Cli.Commands;
using MappingDsl.Cli.Hosting;

namespace MappingDsl.Cli.Tests;

// `mapdsl demo --out` deletes only folders it created itself (issue #10, step 6): a pack folder without the demo's
// marker file is refused before anything runs, and its files stay.
public sealed class DemoFolderTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("mapdsl-demo-folder-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task Demo_refuses_an_existing_pack_folder_it_did_not_create_and_leaves_it_as_it_was()
    {
        var pack = Path.Combine(_folder, "salesmate");
        Directory.CreateDirectory(pack);
        var precious = Path.Combine(pack, "precious.txt");
        await File.WriteAllTextAsync(precious, "the user's own file");

        var (code, _, error) = await Cli.RunAsync("demo", "--out", _folder, "--records", "5");

        Assert.Equal(ExitCodes.Usage, code);
        Assert.Contains("was not created by mapdsl demo", error, StringComparison.Ordinal);
        Assert.Equal("the user's own file", await File.ReadAllTextAsync(precious));
        Assert.Equal(["salesmate"], Directory.EnumerateFileSystemEntries(_folder).Select(Path.GetFileName));
    }

    [Fact]
    public void A_marked_folder_is_emptied_and_marked_again_an_absent_or_empty_one_is_created_and_marked()
    {
        var marked = Path.Combine(_folder, "marked");
        DemoFolder.Recreate(marked);
        File.WriteAllText(Path.Combine(marked, "journal.db"), "last run");
        var empty = Directory.CreateDirectory(Path.Combine(_folder, "empty")).FullName;
        var absent = Path.Combine(_folder, "absent");

        DemoFolder.Recreate(marked);
        DemoFolder.Recreate(empty);
        DemoFolder.Recreate(absent);

        foreach (var folder in new[] { marked, empty, absent })
            Assert.Equal([DemoFolder.Marker], Directory.EnumerateFileSystemEntries(folder).Select(Path.GetFileName));
    }

    [Fact]
    public void An_unmarked_folder_with_files_is_refused_and_untouched()
    {
        var foreign = Directory.CreateDirectory(Path.Combine(_folder, "foreign")).FullName;
        File.WriteAllText(Path.Combine(foreign, "notes.md"), "keep");

        Assert.Throws<UsageException>(() => DemoFolder.Recreate(foreign));
        Assert.Equal("keep", File.ReadAllText(Path.Combine(foreign, "notes.md")));
    }
}
