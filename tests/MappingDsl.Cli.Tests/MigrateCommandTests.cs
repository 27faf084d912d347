using System.Text.Json;

namespace MappingDsl.Cli.Tests;

[Collection(nameof(TestPackCollection))]
public sealed class MigrateCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("mapdsl-cli-").FullName;

    public MigrateCommandTests() => TestPackFiles.Register();

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task Migrate_from_files_into_the_emulator_succeeds_and_reports_json()
    {
        var source = TestPackFiles.WriteSource(_folder, withBadRecord: false);
        var journal = Path.Combine(_folder, "run", "journal.db");

        var (code, output, error) = await Cli.RunAsync("migrate", TestPackFiles.Name, "--source", source, "--target", "emulator", "--journal", journal, "--json");

        Assert.True(code == 0, error + output);
        using var report = JsonDocument.Parse(output);
        Assert.Equal("Completed", report.RootElement.GetProperty("status").GetString());
        Assert.Equal(4, report.RootElement.GetProperty("loaded").GetInt64());
        var verified = report.RootElement.GetProperty("phases").EnumerateArray().SelectMany(p => p.GetProperty("verification").EnumerateArray()).ToList();
        Assert.All(verified, v => Assert.Equal(v.GetProperty("checked").GetInt32(), v.GetProperty("matched").GetInt32()));
        Assert.True(File.Exists(Path.Combine(report.RootElement.GetProperty("reportFolder").GetString()!, "run.md")));
    }

    [Theory]
    [InlineData("export", "--via export applies to Customer.io packs only")]
    [InlineData("bulk", "--via takes api or export, not 'bulk'")]
    public async Task Via_is_checked_before_anything_is_read(string via, string message)
    {
        var source = TestPackFiles.WriteSource(_folder, withBadRecord: false);
        var journal = Path.Combine(_folder, "run", "journal.db");

        var (code, output, error) = await Cli.RunAsync("migrate", TestPackFiles.Name, "--source", source, "--target", "emulator", "--journal", journal, "--via", via);

        Assert.Equal(2, code);
        Assert.Contains(message, error + output, StringComparison.Ordinal);
        Assert.False(File.Exists(journal));
    }

    [Fact]
    public async Task Rejected_records_finish_with_exit_code_1()
    {
        var source = TestPackFiles.WriteSource(_folder, withBadRecord: true);
        var journal = Path.Combine(_folder, "run", "journal.db");

        var (code, output, _) = await Cli.RunAsync("migrate", TestPackFiles.Name, "--source", source, "--target", "emulator", "--journal", journal);

        Assert.Equal(1, code);
        Assert.Contains("Completed with rejections", output, StringComparison.Ordinal);
        Assert.Contains("c3", File.ReadAllText(Directory.GetFiles(Path.Combine(_folder, "run"), "quarantine.csv", SearchOption.AllDirectories).Single()), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_dry_run_reports_what_would_be_rejected_without_loading()
    {
        var source = TestPackFiles.WriteSource(_folder, withBadRecord: true);
        var journal = Path.Combine(_folder, "run", "journal.db");

        var (code, output, _) = await Cli.RunAsync("migrate", TestPackFiles.Name, "--source", source, "--target", "emulator", "--journal", journal, "--dry-run", "--json");

        Assert.Equal(1, code);
        using var report = JsonDocument.Parse(output);
        Assert.Equal("check", report.RootElement.GetProperty("kind").GetString());
        var company = report.RootElement.GetProperty("dataQuality").EnumerateArray().Single(q => q.GetProperty("pair").GetString() == "Company");
        Assert.Equal(1, company.GetProperty("wouldReject").GetInt64());
        Assert.Equal(0, report.RootElement.GetProperty("loaded").GetInt64());
    }

    [Fact]
    public async Task Maps_lists_registered_packs_with_their_pairs()
    {
        var (code, output, _) = await Cli.RunAsync("maps", "--json");

        Assert.Equal(0, code);
        using var packs = JsonDocument.Parse(output);
        var pack = packs.RootElement.EnumerateArray().Single(p => p.GetProperty("name").GetString() == TestPackFiles.Name);
        Assert.Equal(["Company", "Contact"], pack.GetProperty("pairs").EnumerateArray().Select(p => p.GetProperty("name").GetString()));
    }

    [Fact]
    public async Task Docs_writes_the_customer_documents()
    {
        var (code, output, error) = await Cli.RunAsync("docs", TestPackFiles.Name, "--out", Path.Combine(_folder, "docs"));

        Assert.True(code == 0, error);
        Assert.NotEmpty(Directory.GetFiles(Path.Combine(_folder, "docs")));
        Assert.Contains(_folder, output, StringComparison.Ordinal);
    }
}
