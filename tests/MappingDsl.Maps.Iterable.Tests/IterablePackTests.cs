using MappingDsl.Docs;
using MappingDsl.Emulators.Iterable;
using MappingDsl.Sources.Discovery;
using MappingDsl.Sources.Iterable;

namespace MappingDsl.Maps.Iterable.Tests;

public sealed class IterablePackTests
{
    private static readonly string[] ScopeRows =
    [
        "User Profile", "Company (List membership)", "List", "Custom Event", "Campaign", "Journey (metadata only)",
        "Template (metadata only)", "Catalog Item", "Purchase Event", "Subscription",
    ];

    private static string Root()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "MappingDsl.sln")))
            folder = folder.Parent;
        return folder?.FullName ?? throw new InvalidOperationException("repository root not found");
    }

    [Fact]
    public void Checked_in_mapping_document_matches_the_compiled_pack_and_lists_every_scope_row()
    {
        var path = Path.Combine(Root(), "docs", "customers", "iterable-mapping.md");
        var rendered = CustomerDocs.RenderMapping(IterablePack.Catalog);
        if (Environment.GetEnvironmentVariable("UPDATE_BASELINES") == "1")
            File.WriteAllText(path, rendered);
        Assert.True(File.ReadAllText(path) == rendered,
            "docs/customers/iterable-mapping.md is out of date: run `mapdsl docs iterable --out docs/customers` or UPDATE_BASELINES=1 dotnet test.");
        foreach (var row in ScopeRows)
            Assert.Contains("| " + row + " |", rendered, StringComparison.Ordinal);
        Assert.Equal(ScopeRows.Order(StringComparer.Ordinal), IterablePack.Catalog.Pairs.Select(p => p.SourceObject).Distinct().Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Checked_in_discovery_snapshot_holds_the_stages_the_emulated_project_uses()
    {
        var path = Path.Combine(Root(), "maps", "Iterable", "Iterable.Pack", "discovery", "iterable.discovery.json");
        await using var emulator = await IterableEmulator.StartAsync(new IterableEmulatorOptions { LimitTimeScale = 0 });
        await using var extractor = new IterableExtractor(new IterableOptions
        {
            ApiKey = emulator.ApiKey,
            BaseUri = emulator.BaseUri,
            ExportFrom = emulator.Options.DataStart,
            ExportTo = emulator.Options.DataStart + emulator.Options.DataSpan,
            WindowSize = TimeSpan.FromDays(90),
            Limits = [new EndpointLimit("", 100_000, TimeSpan.FromSeconds(1))],
        });
        var fresh = await new IterableDiscovery(extractor).RunAsync(CancellationToken.None);
        if (Environment.GetEnvironmentVariable("UPDATE_BASELINES") == "1")
            await DiscoverySnapshotJson.WriteFileAsync(fresh, path, CancellationToken.None);
        var committed = await DiscoverySnapshotJson.ReadFileAsync(path, CancellationToken.None);
        Assert.Equal(fresh.Values["user.lifecycleStage"], committed.Values["user.lifecycleStage"]);
        Assert.Equal(fresh.Values.Keys, committed.Values.Keys);
        Assert.NotNull(committed.Profiles);
    }

    [Fact]
    public void The_lifecycle_split_is_a_matrix_checked_against_discovery()
    {
        var matrix = IterablePack.Catalog.Picklists.Single(m => m.Name == "Lifecycle stage");
        Assert.Equal("user.lifecycleStage", matrix.Discovered);
        Assert.Equal(IterableDataset.Stages.Order(StringComparer.Ordinal), matrix.Rows.SelectMany(r => r.SourceValues).Where(v => v.Length > 0 && v != "null" && v != "(null)").Order(StringComparer.Ordinal));
    }
}
