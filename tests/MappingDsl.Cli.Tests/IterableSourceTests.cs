using System.Text.Json;
using MappingDsl.Emulators.Iterable;

namespace MappingDsl.Cli.Tests;

/// <summary>
/// <c>mapdsl migrate iterable --source http://127.0.0.1:…</c> reads a running Iterable emulator (the benchmark's path):
/// the key from ITERABLE_API_KEY, the emulator's shortened limit clock from MAPDSL_ITERABLE_LIMIT_SCALE.
/// </summary>
[Collection(nameof(IterableEnvironmentCollection))]
public sealed class IterableSourceTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("mapdsl-cli-iterable-").FullName;

    public void Dispose()
    {
        Environment.SetEnvironmentVariable("ITERABLE_API_KEY", null);
        Environment.SetEnvironmentVariable("MAPDSL_ITERABLE_LIMIT_SCALE", null);
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task Migrate_reads_a_running_Iterable_emulator_and_verifies_every_record()
    {
        await using var iterable = await IterableEmulator.StartAsync(new IterableEmulatorOptions
        {
            Profiles = 20,
            CustomEvents = 30,
            Purchases = 4,
            SubscriptionEvents = 3,
            LimitTimeScale = 0.001,
        });
        Environment.SetEnvironmentVariable("ITERABLE_API_KEY", iterable.ApiKey);
        Environment.SetEnvironmentVariable("MAPDSL_ITERABLE_LIMIT_SCALE", "0.001");

        var (code, output, error) = await Cli.RunAsync(
            "migrate", "iterable", "--source", iterable.BaseUri.ToString(), "--target", "emulator", "--journal", Path.Combine(_folder, "journal.db"), "--json");

        Assert.True(code == 0, error + output);
        using var report = JsonDocument.Parse(output);
        Assert.Equal(0, report.RootElement.GetProperty("rejected").GetInt64());
        Assert.True(report.RootElement.GetProperty("balanced").GetBoolean(), output);
        var events = report.RootElement.GetProperty("phases").EnumerateArray().SelectMany(p => p.GetProperty("pairs").EnumerateArray())
            .Single(p => p.GetProperty("pair").GetString() == "CustomEvents");
        Assert.Equal(30, events.GetProperty("loaded").GetInt64());
    }

    [Fact]
    public async Task Migrate_from_Iterable_without_a_key_is_a_usage_error()
    {
        Environment.SetEnvironmentVariable("ITERABLE_API_KEY", null);

        var (code, _, error) = await Cli.RunAsync("migrate", "iterable", "--source", "http://127.0.0.1:9/", "--target", "emulator", "--journal", Path.Combine(_folder, "journal.db"));

        Assert.Equal(2, code);
        Assert.Contains("ITERABLE_API_KEY", error, StringComparison.Ordinal);
    }
}

/// <summary>The tests that set the Iterable environment variables run one at a time.</summary>
[CollectionDefinition(nameof(IterableEnvironmentCollection), DisableParallelization = true)]
public sealed class IterableEnvironmentCollection;
