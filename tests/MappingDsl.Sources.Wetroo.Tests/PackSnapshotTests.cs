using System.Runtime.CompilerServices;
using MappingDsl.Emulators.Wetroo;
using MappingDsl.Sources.Discovery;

namespace MappingDsl.Sources.Wetroo.Tests;

/// <summary>
/// The Wetroo pack compiles against a discovery snapshot of the seeded emulator (2 000 contacts, seed 1). This keeps the
/// checked-in snapshot exactly what discovery reports; <c>UPDATE_BASELINES=1</c> rewrites it.
/// </summary>
public sealed class PackSnapshotTests
{
    [Fact]
    public async Task The_packs_discovery_snapshot_is_what_discovery_reports_for_the_seeded_emulator()
    {
        var path = Path.Combine(RepositoryRoot(), "maps", "Wetroo", "Wetroo.Pack", "discovery", "wetroo.discovery.json");
        await using var emulator = await WetrooEmulator.StartAsync(new WetrooEmulatorOptions { Records = 2000, Seed = 1 });
        using var extractor = new WetrooExtractor(Harness.OptionsFor(emulator));
        var committed = await DiscoverySnapshotJson.ReadFileAsync(path, CancellationToken.None);
        var fresh = await new WetrooDiscovery(extractor, new FixedTime(committed.TakenAt)).RunAsync(CancellationToken.None);
        if (Environment.GetEnvironmentVariable("UPDATE_BASELINES") == "1")
            await DiscoverySnapshotJson.WriteFileAsync(fresh, path, CancellationToken.None);

        Assert.True(
            System.Text.Encoding.UTF8.GetString(DiscoverySnapshotJson.ToUtf8(fresh)) == await File.ReadAllTextAsync(path),
            "maps/Wetroo/Wetroo.Pack/discovery/wetroo.discovery.json is out of date: run UPDATE_BASELINES=1 dotnet test --filter PackSnapshotTests");
    }

    private static string RepositoryRoot([CallerFilePath] string caller = "")
    {
        var directory = Path.GetDirectoryName(caller)!;
        while (!Directory.Exists(Path.Combine(directory, "maps", "Wetroo")))
            directory = Path.GetDirectoryName(directory)!;
        return directory;
    }

    private sealed class FixedTime(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
