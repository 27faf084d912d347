using MappingDsl.Emulators.Wetroo;
using MappingDsl.Sources.Discovery;

namespace MappingDsl.Sources.Wetroo.Tests;

public sealed class WetrooDiscoveryTests
{
    [Fact]
    public async Task Discovery_reports_counts_typed_custom_fields_stages_per_pipeline_owners_teams_and_playbooks()
    {
        await using var emulator = await WetrooEmulator.StartAsync(new WetrooEmulatorOptions { Records = 600, Seed = 5 });
        using var extractor = new WetrooExtractor(Harness.OptionsFor(emulator));

        var snapshot = await new WetrooDiscovery(extractor).RunAsync(CancellationToken.None);

        Assert.Equal("wetroo", snapshot.Source);
        foreach (var module in WetrooModules.All)
            Assert.Equal(emulator.Dataset.Count(module.Name), snapshot.Objects[module.Name].Count);
        Assert.Equal(WetrooEmulatorCatalog.CustomFields.Count, snapshot.CustomFields.Count);
        var language = Assert.Single(snapshot.CustomFields, f => f.Module == "contact" && f.Name == "cf_language");
        Assert.Equal("picklist", language.Type);
        Assert.Equal(["English", "Hindi", "Tamil", "Marathi"], language.Options);
        Assert.Equal(["date", "number", "picklist", "text"], snapshot.CustomFields.Where(f => f.Module == "deal").Select(f => f.Type).Order());
        foreach (var pipeline in WetrooEmulatorCatalog.Pipelines)
            Assert.Equal(pipeline.Stages.OrderBy(s => s.Order).Select(s => s.Name), snapshot.Values[WetrooDiscovery.StagesOf(pipeline.Name)]);
        var stale = snapshot.Values[WetrooDiscovery.StaleStageKey];
        Assert.NotEmpty(stale);
        Assert.All(stale, s => Assert.Contains(s, WetrooEmulatorCatalog.StaleStages));
        Assert.Subset(new HashSet<string>(snapshot.Values["deal.stage"]), new HashSet<string>(stale));
        Assert.Subset(new HashSet<string>(snapshot.Values["deal.stage"]), WetrooEmulatorCatalog.Pipelines.SelectMany(p => p.Stages).Select(s => s.Name).ToHashSet());
        Assert.Equal(WetrooEmulatorCatalog.Playbooks.Select(p => p.Name).Order(StringComparer.Ordinal), snapshot.Values["playbook.name"]);
        Assert.Equal(WetrooEmulatorCatalog.Owners.Select(o => (o.Email, o.Active)).OrderBy(o => o.Email, StringComparer.OrdinalIgnoreCase),
            snapshot.Owners.Select(o => (o.Email, o.Active)));
        Assert.Equal(WetrooEmulatorCatalog.Teams.Select(t => t.Name).Order(StringComparer.Ordinal), snapshot.Choices[WetrooDiscovery.TeamChoices].Keys);
    }

    [Fact]
    public async Task Running_discovery_again_keeps_every_team_option_value()
    {
        await using var emulator = await WetrooEmulator.StartAsync(new WetrooEmulatorOptions { Records = 50 });
        using var extractor = new WetrooExtractor(Harness.OptionsFor(emulator));
        var path = Path.Combine(Path.GetTempPath(), $"mdsl-wetroo-{Guid.NewGuid():N}.discovery.json");
        try
        {
            var earlier = await new WetrooDiscovery(extractor).RunAsync(CancellationToken.None);
            // An earlier run knew a team that is gone now and numbered the others differently.
            earlier.Choices[WetrooDiscovery.TeamChoices] = new SortedDictionary<string, int>(StringComparer.Ordinal)
            {
                ["Retired Team"] = 100_000_000,
                ["South Zone"] = 100_000_001,
            };
            await DiscoverySnapshotJson.WriteFileAsync(earlier, path, CancellationToken.None);

            var snapshot = await new WetrooDiscovery(extractor).WriteAsync(path, CancellationToken.None);

            var teams = snapshot.Choices[WetrooDiscovery.TeamChoices];
            Assert.Equal(100_000_000, teams["Retired Team"]);
            Assert.Equal(100_000_001, teams["South Zone"]);
            Assert.Equal(WetrooEmulatorCatalog.Teams.Count + 1, teams.Count);
            Assert.Equal(teams.Count, teams.Values.Distinct().Count());
            Assert.All(teams.Values, v => Assert.True(v >= ChoiceRegistry.FirstValue));
        }
        finally
        {
            File.Delete(path);
        }
    }
}
