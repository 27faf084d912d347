using System.Text.Json;
using MappingDsl.Emulators.Salesmate;
using MappingDsl.Sources.Discovery;
using static MappingDsl.Sources.Salesmate.Tests.Harness;

namespace MappingDsl.Sources.Salesmate.Tests;

public class SalesmateDiscoveryTests
{
    private static readonly DateTimeOffset Now = new(2025, 6, 1, 0, 0, 0, TimeSpan.Zero);

    private sealed class FixedClock : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => Now;
    }

    private static async Task<(SalesmateEmulator Emulator, DiscoverySnapshot Snapshot)> Discover(SalesmateEmulatorOptions options)
    {
        var emulator = await SalesmateEmulator.StartAsync(options);
        using var extractor = new SalesmateExtractor(OptionsFor(emulator));
        var snapshot = await new SalesmateDiscovery(extractor, new FixedClock()).RunAsync(CancellationToken.None);
        return (emulator, snapshot);
    }

    [Fact]
    public async Task Counts_every_module()
    {
        var (emulator, snapshot) = await Discover(new SalesmateEmulatorOptions { Records = 300, Seed = 2 });
        await using var _ = emulator;

        Assert.Equal("salesmate", snapshot.Source);
        Assert.Equal(Now, snapshot.TakenAt);
        Assert.Equal(SalesmateModules.All.Select(m => m.Name).Order(StringComparer.Ordinal), snapshot.Objects.Keys);
        Assert.All(SalesmateModules.All, m => Assert.Equal(emulator.Dataset.Count(m.Name), snapshot.Objects[m.Name].Count));
    }

    [Fact]
    public async Task Reports_picklist_values_in_use_including_unknown_stages()
    {
        var (emulator, snapshot) = await Discover(new SalesmateEmulatorOptions { Records = 400, UnknownStageShare = 0.05, Seed = 4 });
        await using var _ = emulator;

        var definedStages = SalesmateEmulatorCatalog.Pipelines.SelectMany(p => p.Stages).Select(s => s.Name).ToHashSet();
        var stages = snapshot.Values["deal.stage"];
        Assert.Contains(stages, s => !definedStages.Contains(s));
        Assert.Subset(definedStages.Concat(SalesmateEmulatorCatalog.UnknownStages).ToHashSet(), stages.ToHashSet());
        Assert.Equal(SalesmateEmulatorCatalog.Pipelines.Select(p => p.Name).Order(StringComparer.Ordinal), snapshot.Values["deal.pipeline"]);
        Assert.Equal(SalesmateEmulatorCatalog.LifecycleStages.Order(StringComparer.Ordinal), snapshot.Values["contact.lifecycleStage"]);
        Assert.Equal(["High", "Low", "Medium"], snapshot.Values["task.priority"]);
        Assert.Contains("Completed", snapshot.Values["task.status"]);
        Assert.Contains("Accepted", snapshot.Values["meeting.attendees.responseStatus"]);
        Assert.Equal(["Email", "Phone", "SMS"], snapshot.Values["contact.selectCustomField1"]);
        Assert.Equal(["Integrations", "Pricing", "Support", "Webinars"], snapshot.Values["contact.multiSelectCustomField1"]);
        Assert.Contains("Negative", snapshot.Values["call.selectCustomField1"]);
    }

    [Fact]
    public async Task Reports_custom_fields_tags_and_owners()
    {
        var (emulator, snapshot) = await Discover(new SalesmateEmulatorOptions { Records = 200, MissingOwnerShare = 0.1 });
        await using var _ = emulator;

        Assert.Equal(SalesmateEmulatorCatalog.CustomFields.Count, snapshot.CustomFields.Count);
        var interests = Assert.Single(snapshot.CustomFields, f => f.Module == "contact" && f.Name == "multiSelectCustomField1");
        Assert.Equal("MultiSelect", interests.Type);
        Assert.Equal("Interests", interests.Label);
        Assert.Equal(4, interests.Options.Count);
        Assert.Equal(SalesmateEmulatorCatalog.Tags.Count, snapshot.Tags.Distinct);
        Assert.Equal(SalesmateEmulatorCatalog.Tags.Order(StringComparer.Ordinal), snapshot.Tags.Values);
        Assert.Equal(SalesmateEmulatorCatalog.Users.Select(u => u.Email).Order(StringComparer.OrdinalIgnoreCase), snapshot.Owners.Select(o => o.Email));
        Assert.All(snapshot.Owners, o => Assert.Equal(SalesmateEmulatorCatalog.Users.Single(u => u.Email == o.Email).Active, o.Active));
    }

    [Fact]
    public async Task Malformed_records_are_counted_but_do_not_break_discovery()
    {
        var (emulator, snapshot) = await Discover(new SalesmateEmulatorOptions { Records = 200, MalformedShare = 0.1 });
        await using var _ = emulator;

        Assert.Equal(emulator.Dataset.Count("contact"), snapshot.Objects["contact"].Count);
        Assert.NotEmpty(snapshot.Values["contact.lifecycleStage"]);
    }

    [Fact]
    public async Task Writes_a_snapshot_file_the_reader_understands()
    {
        await using var emulator = await SalesmateEmulator.StartAsync(new SalesmateEmulatorOptions { Records = 50 });
        using var extractor = new SalesmateExtractor(OptionsFor(emulator));
        var path = Path.Combine(Path.GetTempPath(), "mdsl-" + Guid.NewGuid().ToString("N"), "salesmate.discovery.json");
        try
        {
            var written = await new SalesmateDiscovery(extractor, new FixedClock()).WriteAsync(path, CancellationToken.None);
            var read = await DiscoverySnapshotJson.ReadFileAsync(path, CancellationToken.None);

            Assert.Equal(written.Values.Keys, read.Values.Keys);
            Assert.Equal(written.Objects["deal"].Count, read.Objects["deal"].Count);
            using var json = JsonDocument.Parse(await File.ReadAllBytesAsync(path));
            Assert.Equal(JsonValueKind.Array, json.RootElement.GetProperty("values").GetProperty("deal.stage").ValueKind);
        }
        finally
        {
            Directory.Delete(Path.GetDirectoryName(path)!, recursive: true);
        }
    }

    [Fact]
    public async Task Running_discovery_again_keeps_every_tag_option_value_and_numbers_new_tags_after_them()
    {
        await using var emulator = await SalesmateEmulator.StartAsync(new SalesmateEmulatorOptions { Records = 50 });
        using var extractor = new SalesmateExtractor(OptionsFor(emulator));
        var path = Path.Combine(Path.GetTempPath(), "mdsl-" + Guid.NewGuid().ToString("N"), "salesmate.discovery.json");
        try
        {
            var first = await new SalesmateDiscovery(extractor, new FixedClock()).WriteAsync(path, CancellationToken.None);
            var tags = first.Choices[SalesmateDiscovery.TagChoices];
            Assert.Equal(first.Tags.Values.Order(StringComparer.Ordinal), tags.Keys);
            Assert.Equal(Enumerable.Range(ChoiceRegistry.FirstValue, tags.Count), tags.Values.Order());

            // As if an earlier discovery had numbered the tags differently and seen one the account no longer uses.
            var earlier = await DiscoverySnapshotJson.ReadFileAsync(path, CancellationToken.None);
            var reversed = tags.Keys.Reverse().Select((tag, i) => (tag, ChoiceRegistry.FirstValue + 10 + i)).ToList();
            earlier.Choices[SalesmateDiscovery.TagChoices] = new(reversed.ToDictionary(x => x.tag, x => x.Item2), StringComparer.Ordinal) { ["retired-tag"] = ChoiceRegistry.FirstValue + 500 };
            earlier.Choices[SalesmateDiscovery.TagChoices].Remove(tags.Keys.First());
            await DiscoverySnapshotJson.WriteFileAsync(earlier, path, CancellationToken.None);

            var again = await new SalesmateDiscovery(extractor, new FixedClock()).WriteAsync(path, CancellationToken.None);
            var kept = again.Choices[SalesmateDiscovery.TagChoices];
            Assert.All(reversed.Where(x => x.tag != tags.Keys.First()), x => Assert.Equal(x.Item2, kept[x.tag]));
            Assert.Equal(ChoiceRegistry.FirstValue + 500, kept["retired-tag"]);
            // The tag the earlier snapshot lacked is new: it gets the next value after the highest one in use.
            Assert.Equal(ChoiceRegistry.FirstValue + 501, kept[tags.Keys.First()]);
            Assert.Equal(kept, (await DiscoverySnapshotJson.ReadFileAsync(path, CancellationToken.None)).Choices[SalesmateDiscovery.TagChoices]);
        }
        finally
        {
            Directory.Delete(Path.GetDirectoryName(path)!, recursive: true);
        }
    }

    [Fact]
    public async Task An_unreadable_earlier_snapshot_stops_discovery_instead_of_renumbering_the_options()
    {
        await using var emulator = await SalesmateEmulator.StartAsync(new SalesmateEmulatorOptions { Records = 10 });
        using var extractor = new SalesmateExtractor(OptionsFor(emulator));
        var folder = Directory.CreateTempSubdirectory("mdsl-").FullName;
        var path = Path.Combine(folder, "salesmate.discovery.json");
        try
        {
            await File.WriteAllTextAsync(path, """{"source":"salesmate","choices":{"tags":{"hot":""");
            var error = await Assert.ThrowsAsync<InvalidDataException>(() => new SalesmateDiscovery(extractor, new FixedClock()).WriteAsync(path, CancellationToken.None));
            Assert.Contains("choice option values must be kept", error.Message, StringComparison.Ordinal);
            Assert.Equal("""{"source":"salesmate","choices":{"tags":{"hot":""", await File.ReadAllTextAsync(path));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
