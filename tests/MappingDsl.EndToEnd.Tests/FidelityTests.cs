using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using MappingDsl.Cli.Hosting;
using MappingDsl.Emulators.Salesmate;
using MappingDsl.Engine;
using MappingDsl.Engine.Journal;
using MappingDsl.Engine.Reports;

namespace MappingDsl.EndToEnd.Tests;

/// <summary>
/// The numbers a customer signs off, made to fail: a cut export, a lost page, values a real org refuses and values the
/// maps change on purpose, each through the Salesmate pack, the file reader and the Dataverse emulator.
/// </summary>
public sealed class FidelityTests : IAsyncLifetime
{
    private const string Fallback = "ava.patel@salesmate-emulator.test";
    private Lab _lab = null!;

    public async Task InitializeAsync() => _lab = await Lab.StartAsync(new SalesmateEmulatorOptions { Records = 20, Seed = 3 });

    public async Task DisposeAsync() => await _lab.DisposeAsync();

    private async Task<RunReport> MigrateAsync(FileExport export, string name)
    {
        await using var source = await SourceEndpoint.OpenAsync(export.Spec, Lab.Catalog, 0, CancellationToken.None);
        await using var target = await TargetEndpoint.OpenAsync(_lab.Org.BaseUri.ToString(), CancellationToken.None);
        using var journal = MigrationJournal.Open(Path.Combine(_lab.Folder, name, "journal.db"));
        return await new MigrationEngine(Lab.Catalog, source.Source, target.Target, journal)
            .MigrateAsync(new MigrationOptions { BatchSize = 10, FallbackOwner = Fallback }, CancellationToken.None);
    }

    private static PairReport Pair(RunReport report, string name) => report.Phases.SelectMany(p => p.Pairs).Single(p => p.Pair == name);

    [Fact]
    public async Task Long_texts_and_invalid_utf8_are_in_the_loss_ledger_and_an_out_of_range_probability_is_quarantined_before_load()
    {
        var export = FileExport.Create(_lab.Folder);
        var companies = await FileExport.SamplesAsync(_lab.Salesmate, "company", 4);
        companies[0]["description"] = new string('d', 100 * 1024);
        companies[1]["name"] = new string('n', 10_000);
        var broken = FileExport.Line(companies[2]);
        var name = Encoding.UTF8.GetBytes("\"name\":");
        var at = broken.AsSpan().IndexOf(name) + name.Length + 1;
        broken[at] = 0xC3; // a lead byte followed by an ASCII letter: not UTF-8
        export.WriteLines("company", [FileExport.Line(companies[0]), FileExport.Line(companies[1]), broken, FileExport.Line(companies[3])]);
        var deal = (await FileExport.SamplesAsync(_lab.Salesmate, "deal", 1))[0];
        deal["probability"] = 500;
        deal["primaryCompany"] = new JsonObject { ["id"] = companies[3]["id"]!.DeepClone(), ["name"] = "x" };
        deal["primaryContact"] = null;
        export.WriteLines("deal", [FileExport.Line(deal)]);

        var report = await MigrateAsync(export, "losses");

        var ledger = File.ReadAllLines(Path.Combine(report.ReportFolder, "losses.csv")).Skip(1).Select(l => l.Split(',')).ToList();
        var key = (JsonObject c) => c["id"]!.ToString();
        Assert.Contains(ledger, r => r[2] == key(companies[0]) && r[3] == "description" && r[4] == "Lossy.Truncate" && r[^2] == "102400" && r[^1] == "2000");
        Assert.Contains(ledger, r => r[2] == key(companies[1]) && r[3] == "name" && r[4] == "Lossy.Truncate" && r[^2] == "10000" && r[^1] == "160");
        Assert.Contains(ledger, r => r[2] == key(companies[2]) && r[3] == "name" && r[4] == "reader.invalid-utf8");
        Assert.Equal(3, ledger.Count);
        Assert.Equal(4, Pair(report, "Companies").Loaded);
        var deals = Pair(report, "Deals");
        Assert.Equal(0, deals.Loaded);
        var rejected = Assert.Single(deals.Reasons, r => r.Reason.StartsWith("check:", StringComparison.Ordinal));
        Assert.Contains("closeprobability: 500 is outside 0–100", rejected.Reason, StringComparison.Ordinal);
        Assert.Empty(await Org.RowsAsync(_lab.Org, "opportunities"));
        Assert.Contains(report.Losses, l => l.Pair == "Companies" && l.Column == "description" && l.Count == 1);
    }

    [Fact]
    public async Task An_export_cut_in_the_middle_of_a_line_does_not_balance()
    {
        var export = FileExport.Create(_lab.Folder);
        var companies = await FileExport.SamplesAsync(_lab.Salesmate, "company", 3);
        var cut = FileExport.Line(companies[2])[..25];
        File.WriteAllBytes(Path.Combine(export.Folder, "company.jsonl"),
            [.. FileExport.Line(companies[0]), (byte)'\n', .. FileExport.Line(companies[1]), (byte)'\n', .. cut]);

        var report = await MigrateAsync(export, "cut");

        var pair = Pair(report, "Companies");
        Assert.False(pair.Balanced);
        Assert.Contains(pair.Differences, d => d.Contains("company.jsonl ends in the middle of line 3", StringComparison.Ordinal)
            && d.Contains("'" + companies[2]["id"] + "'", StringComparison.Ordinal));
        Assert.True(Pair(report, "Contacts").Balanced);
    }

    [Fact]
    public async Task A_page_missing_from_a_saved_api_read_does_not_balance()
    {
        var export = FileExport.Create(_lab.Folder);
        File.Delete(Path.Combine(export.Folder, "company.jsonl"));
        var companies = await FileExport.SamplesAsync(_lab.Salesmate, "company", 5);
        Directory.CreateDirectory(Path.Combine(export.Folder, "company"));
        for (var page = 0; page < 3; page++)
        {
            if (page == 1)
                continue; // the lost page
            var rows = new JsonArray([.. companies.Skip(page * 2).Take(2).Select(c => (JsonNode)c.DeepClone())]);
            var body = new JsonObject { ["Status"] = "success", ["Data"] = new JsonObject { ["data"] = rows, ["totalRows"] = companies.Count } };
            File.WriteAllText(Path.Combine(export.Folder, "company", $"page-{page}.json"), body.ToJsonString());
        }

        var report = await MigrateAsync(export, "lost-page");

        var pair = Pair(report, "Companies");
        Assert.Equal(5, pair.Source);
        Assert.Equal(3, pair.Loaded);
        Assert.False(pair.Balanced);
        Assert.Contains(pair.Differences, d => d.Contains("the source counts 5", StringComparison.Ordinal) && d.Contains("2 record(s)", StringComparison.Ordinal));
    }
}
