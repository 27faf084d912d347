using MappingDsl.Emulators.CustomerIo;
using MappingDsl.Sources.CustomerIo;
using MappingDsl.Sources.Discovery;

namespace MappingDsl.Maps.CustomerIo.Tests;

/// <summary>
/// The scope's done-when: adding an event property to 20 % of the emulator's events and re-running discovery changes
/// the event table's columns through the build, with no hand edit. Both builds use the pack's sources as checked in.
/// </summary>
public sealed class DiscoveredEventColumnsTests
{
    [Fact]
    public async Task A_property_on_a_fifth_of_the_events_becomes_a_written_column_after_discovery_and_a_rebuild()
    {
        var before = PackBuild.Build(await DiscoverAsync(extra: null));
        var after = PackBuild.Build(await DiscoverAsync(extra: "coupon_code"));

        Assert.Empty(before.SchemaDiagnostics);
        Assert.Empty(after.SchemaDiagnostics);
        Assert.Empty(before.PackDiagnostics);
        Assert.Empty(after.PackDiagnostics);
        Assert.DoesNotContain("cio_ep_coupon_code", Columns(before.Schema));
        Assert.Contains("cio_ep_coupon_code", Columns(after.Schema));
        // The same columns either way, but the new one: the 10 % rule decided, not the edit.
        Assert.Equal([.. Columns(before.Schema), "cio_ep_coupon_code"], Columns(after.Schema).Order(StringComparer.Ordinal).Where(c => c != "cio_ep_coupon_code").Append("cio_ep_coupon_code"));
        // The pack provisions the column (manifest) and the Events transform writes it.
        Assert.DoesNotContain("cio_ep_coupon_code", before.Pack, StringComparison.Ordinal);
        Assert.Matches(@"logicalName\W+cio_ep_coupon_code", after.Pack);
        Assert.Contains("Encode(\"cio_ep_coupon_code\")", after.Pack, StringComparison.Ordinal);
        // Rare keys (referrer, the nested experiment) stay in the JSON column in both builds.
        Assert.DoesNotContain("cio_ep_referrer", Columns(after.Schema));
        Assert.DoesNotContain("cio_ep_experiment", Columns(after.Schema));
    }

    private static async Task<string> DiscoverAsync(string? extra)
    {
        await using var emulator = await CustomerIoEmulator.StartAsync(new CustomerIoEmulatorOptions
        {
            People = 30,
            Companies = 3,
            Projects = 2,
            Milestones = 2,
            Events = 1500,
            Deliveries = 24,
            RequestsPerSecond = 0,
            ExtraEventProperty = extra,
        });
        using var extractor = new CustomerIoExtractor(new CustomerIoOptions
        {
            ApiKey = emulator.ApiKey,
            BaseUri = emulator.BaseUri,
            RequestsPerSecond = 10_000,
            DeliveriesFrom = emulator.Options.DataStart,
            DeliveriesTo = emulator.Options.DataStart + emulator.Options.DataSpan,
        });
        var snapshot = await new CustomerIoDiscovery(extractor).RunAsync(CancellationToken.None);
        return System.Text.Encoding.UTF8.GetString(DiscoverySnapshotJson.ToUtf8(snapshot));
    }

    // The event table's discovered columns, as the generated schema declares them.
    private static List<string> Columns(Microsoft.CodeAnalysis.Compilation schema) =>
        [.. schema.GetTypeByMetadataName("MappingDsl.Entities.CioEvent")!.GetMembers()
            .Where(m => m.GetAttributes().Any(a => a.AttributeClass?.Name == "DiscoveredColumnAttribute"))
            .Select(m => m.Name.ToLowerInvariant())
            .Order(StringComparer.Ordinal)];
}
