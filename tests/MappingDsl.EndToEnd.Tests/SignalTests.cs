using System.Diagnostics;
using MappingDsl.Cli.Hosting;
using MappingDsl.Emulators.Salesmate;
using MappingDsl.Engine.Journal;
using MappingDsl.Sources.Salesmate;

namespace MappingDsl.EndToEnd.Tests;

// SIGTERM, as a container runtime or a script sends it, stops a real `mapdsl` child process within seconds, the same
// way Ctrl+C does, and leaves the journal resumable.
public sealed class SignalTests : IAsyncLifetime
{
    private Lab _lab = null!;

    public async Task InitializeAsync() => _lab = await Lab.StartAsync(
        new SalesmateEmulatorOptions { Records = 80, Seed = 5 }, TargetEndpoint.EmulatorOptions() with { LatencyPerRecord = TimeSpan.FromMilliseconds(4) });

    public async Task DisposeAsync() => await _lab.DisposeAsync();

    private static async Task<TimeSpan> TerminateAsync(Process process)
    {
        var clock = Stopwatch.StartNew();
        using (var kill = Process.Start("kill", ["-TERM", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
        {
            await kill.WaitForExitAsync();
            Assert.Equal(0, kill.ExitCode);
        }
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(15));
        await process.WaitForExitAsync(timeout.Token);
        return clock.Elapsed;
    }

    [Fact]
    public async Task Emulate_stops_on_SIGTERM()
    {
        using var emulator = MapdslProcess.Start(new Dictionary<string, string>(), "emulate", "dataverse", "--port", "0");
        var line = await emulator.StandardOutput.ReadLineAsync();
        Assert.Contains("listening", line, StringComparison.Ordinal);

        var took = await TerminateAsync(emulator);

        Assert.True(took < TimeSpan.FromSeconds(5), $"took {took}");
        Assert.Equal(0, emulator.ExitCode);
    }

    [Fact]
    public async Task Migrate_stops_on_SIGTERM_as_interrupted_and_the_same_command_resumes_it()
    {
        var journal = Path.Combine(_lab.Folder, "journal.db");
        var environment = new Dictionary<string, string>
        {
            [SalesmateOptions.AccessTokenVariable] = _lab.Salesmate.AccessKey,
            [SalesmateOptions.LinkNameVariable] = _lab.Salesmate.LinkName,
        };
        string[] args = ["migrate", "salesmate", "--source", _lab.Salesmate.BaseUri.ToString(), "--target", _lab.Org.BaseUri.ToString(),
            "--journal", journal, "--batch-size", "20", "--verify", "off", "--fallback-owner", "ava.patel@salesmate-emulator.test", "--json"];
        using (var first = MapdslProcess.Start(environment, args))
        {
            var deadline = DateTime.UtcNow.AddSeconds(90);
            while (!first.HasExited && (await Org.RowsAsync(_lab.Org, "accounts")).Count < 10 && DateTime.UtcNow < deadline)
                await Task.Delay(25);
            Assert.False(first.HasExited, "the run ended before it could be stopped");

            var took = await TerminateAsync(first);

            Assert.True(took < TimeSpan.FromSeconds(5), $"took {took}");
            Assert.Equal(ExitCodes.Interrupted, first.ExitCode);
        }
        using (var log = MigrationJournal.Open(journal))
            Assert.Equal("Interrupted", Assert.Single(log.Runs()).Status.ToString());
        using var second = MapdslProcess.Start(environment, args);
        var error = await second.StandardError.ReadToEndAsync();
        await second.WaitForExitAsync();

        Assert.True(second.ExitCode is 0 or 1, $"exit {second.ExitCode}: {error}");
        using var resumed = MigrationJournal.Open(journal);
        Assert.Single(resumed.Runs());
        var accounts = await Org.RowsAsync(_lab.Org, "accounts");
        Assert.Equal(_lab.Salesmate.Dataset.Count("company"), accounts.Count);
    }
}
