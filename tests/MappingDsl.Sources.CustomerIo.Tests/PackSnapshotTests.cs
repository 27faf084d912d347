using System.Runtime.CompilerServices;
using MappingDsl.Emulators.CustomerIo;
using MappingDsl.Sources.Discovery;

namespace MappingDsl.Sources.CustomerIo.Tests;

/// <summary>
/// The Customer.io pack compiles against a discovery snapshot of the seeded emulator (its default volumes, seed 1):
/// the event table's property columns come from it. This keeps the checked-in snapshot exactly what discovery
/// reports; <c>UPDATE_BASELINES=1</c> rewrites it.
/// </summary>
public sealed class PackSnapshotTests
{
    public static string SnapshotPath([CallerFilePath] string caller = "")
    {
        var directory = Path.GetDirectoryName(caller)!;
        while (!Directory.Exists(Path.Combine(directory, "maps", "CustomerIo")))
            directory = Path.GetDirectoryName(directory)!;
        return Path.Combine(directory, "maps", "CustomerIo", "CustomerIo.Pack", "discovery", "customerio.discovery.json");
    }

    [Fact]
    public async Task The_packs_discovery_snapshot_is_what_discovery_reports_for_the_seeded_emulator()
    {
        var path = SnapshotPath();
        var update = Environment.GetEnvironmentVariable("UPDATE_BASELINES") == "1";
        var takenAt = File.Exists(path) ? (await DiscoverySnapshotJson.ReadFileAsync(path, CancellationToken.None)).TakenAt : DateTimeOffset.UtcNow;
        await using var emulator = await CustomerIoEmulator.StartAsync(new CustomerIoEmulatorOptions { RequestsPerSecond = 0 });
        using var extractor = new CustomerIoExtractor(Local.Options(emulator));
        var fresh = await new CustomerIoDiscovery(extractor, new FixedTime(takenAt)).RunAsync(CancellationToken.None);
        if (update)
            await DiscoverySnapshotJson.WriteFileAsync(fresh, path, CancellationToken.None);

        Assert.True(
            System.Text.Encoding.UTF8.GetString(DiscoverySnapshotJson.ToUtf8(fresh)) == await File.ReadAllTextAsync(path),
            "maps/CustomerIo/CustomerIo.Pack/discovery/customerio.discovery.json is out of date: run UPDATE_BASELINES=1 dotnet test --filter PackSnapshotTests");
    }

    [Fact]
    public async Task An_event_property_on_a_fifth_of_the_events_is_profiled_above_the_ten_percent_rule()
    {
        await using var emulator = await Local.Start(people: 40, events: 2000, extra: "coupon_code");
        using var extractor = new CustomerIoExtractor(Local.Options(emulator));
        var snapshot = await new CustomerIoDiscovery(extractor).RunAsync(CancellationToken.None);

        var events = snapshot.Profiles!["event"];
        Assert.InRange(events.Fields["data.coupon_code"].Frequency, 0.17, 0.23);
        Assert.True(events.Fields["data.referrer"].Frequency < 0.10);
        Assert.Equal(1.0, events.Fields["data.source"].Frequency);
    }

    private sealed class FixedTime(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
