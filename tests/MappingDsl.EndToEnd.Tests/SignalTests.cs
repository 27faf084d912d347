using System.Diagnostics;
using MappingDsl.Cli.Hosting;
using MappingDsl.Emulators.Salesmate;
using MappingDsl.Engine;
using MappingDsl.Engine.Journal;
using MappingDsl.Sources.Salesmate;

namespace MappingDsl.EndToEnd.Tests;

// SIGTERM, as a container runtime or a script sends it, stops a real `mapdsl` child process within seconds, the same
// way Ctrl+C does, and leaves the journal resumable.
public sealed class SignalTests : IAsyncLifetime
{
    private Lab _lab = null!;

    public async Task InitializeAsync() => _lab = await Lab.StartAsync(
        new SalesmateEmulatorOptions { Records = 80, Seed = 5 }, TargetEndpoint.EmulatorOptions() with { LatencyPerRecord = TimeSpan.FromMilliseconds(20) });

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

    private Dictionary<string, string> Environment() => new()
    {
        [SalesmateOptions.AccessTokenVariable] = _lab.Salesmate.AccessKey,
        [SalesmateOptions.LinkNameVariable] = _lab.Salesmate.LinkName,
    };

    // A finished migration in the lab's org, run in-process, for the commands that need one.
    private async Task<string> MigratedAsync()
    {
        var journal = Path.Combine(_lab.Folder, "journal.db");
        await using var source = SourceEndpoint.ForEmulator(_lab.Salesmate, owned: false);
        await using var target = await TargetEndpoint.OpenAsync(_lab.Org.BaseUri.ToString(), CancellationToken.None);
        using var log = MigrationJournal.Open(journal);
        var report = await new MigrationEngine(Lab.Catalog, source.Source, target.Target, log)
            .MigrateAsync(new MigrationOptions
            {
                BatchSize = 50,
                FallbackOwner = "ava.patel@salesmate-emulator.test",
                Verify = VerifySpec.Off,
                // What `mapdsl migrate` records, so `delta` and `rollback` find the source and the org from the journal.
                SourceAddress = _lab.Salesmate.BaseUri.GetLeftPart(UriPartial.Authority),
                TargetAddress = _lab.Org.BaseUri.GetLeftPart(UriPartial.Authority),
            }, CancellationToken.None);
        Assert.Equal(RunStatus.Completed, report.Status);
        return journal;
    }

    // Waits (at most 90 s) until the run has visibly started working, then stops it with SIGTERM: it must end within
    // seconds, as interrupted.
    private static async Task StopWhileWorkingAsync(Process run, Func<Task<bool>> working, string kind)
    {
        var deadline = DateTime.UtcNow.AddSeconds(90);
        while (!run.HasExited && !await working() && DateTime.UtcNow < deadline)
            await Task.Delay(25);
        if (run.HasExited)
            Assert.Fail($"the {kind} ended (exit {run.ExitCode}) before it could be stopped: {await run.StandardError.ReadToEndAsync()}");

        var took = await TerminateAsync(run);

        Assert.True(took < TimeSpan.FromSeconds(5), $"took {took}");
        Assert.Equal(ExitCodes.Interrupted, run.ExitCode);
    }

    [Fact]
    public async Task Delta_stops_on_SIGTERM_as_interrupted_and_the_same_command_resumes_it()
    {
        var journal = await MigratedAsync();
        var started = DateTimeOffset.UtcNow;
        _lab.Salesmate.Touch(1.0, started.AddMinutes(1));
        string[] args = ["delta", "salesmate", "--journal", journal, "--verify", "off", "--fallback-owner", "ava.patel@salesmate-emulator.test", "--json"];

        using (var first = MapdslProcess.Start(Environment(), args))
            await StopWhileWorkingAsync(first, async () => (await Org.RowsAsync(_lab.Org, "accounts")).Any(a => a.GetProperty("modifiedon").GetDateTimeOffset() > started), "delta");
        using (var log = MigrationJournal.Open(journal))
            Assert.Equal(RunStatus.Interrupted, log.Runs().Single(r => r.Kind == "delta").Status);
        using var second = MapdslProcess.Start(Environment(), args);
        var error = await second.StandardError.ReadToEndAsync();
        await second.WaitForExitAsync();

        Assert.True(second.ExitCode is 0 or 1, $"exit {second.ExitCode}: {error}");
        using var resumed = MigrationJournal.Open(journal);
        Assert.Contains(resumed.Runs().Single(r => r.Kind == "delta").Status, new[] { RunStatus.Completed, RunStatus.CompletedWithRejections });
    }

    [Fact]
    public async Task Rollback_stops_on_SIGTERM_and_running_it_again_finishes_it()
    {
        var journal = await MigratedAsync();
        var tasks = (await Org.RowsAsync(_lab.Org, "tasks")).Count;
        string[] args = ["rollback", "--journal", journal];

        using (var first = MapdslProcess.Start(Environment(), args))
            await StopWhileWorkingAsync(first, async () => (await Org.RowsAsync(_lab.Org, "tasks")).Count < tasks, "rollback");
        var left = (await Org.RowsAsync(_lab.Org, "accounts")).Count;
        using var second = MapdslProcess.Start(Environment(), args);
        var error = await second.StandardError.ReadToEndAsync();
        await second.WaitForExitAsync();

        Assert.True(left > 0, "the first rollback had already deleted every account");
        Assert.True(second.ExitCode == 0, $"exit {second.ExitCode}: {error}");
        Assert.Empty(await Org.RowsAsync(_lab.Org, "accounts"));
        Assert.Empty(await Org.RowsAsync(_lab.Org, "tasks"));
    }

    [Fact]
    public async Task Demo_stops_on_SIGTERM()
    {
        var folder = Path.Combine(_lab.Folder, "demo");
        using var demo = MapdslProcess.Start(new Dictionary<string, string>(), "demo", "--out", folder, "--records", "100");
        var clock = Stopwatch.StartNew();

        // Working once a pack's folder exists (the emulators are up and a pack has started), or after 20 s at the latest.
        await StopWhileWorkingAsync(demo, () => Task.FromResult((Directory.Exists(folder) && Directory.EnumerateDirectories(folder).Any()) || clock.Elapsed > TimeSpan.FromSeconds(20)), "demo");
    }

    [Fact]
    public async Task Migrate_stops_on_SIGTERM_as_interrupted_and_the_same_command_resumes_it()
    {
        var journal = Path.Combine(_lab.Folder, "journal.db");
        var environment = Environment();
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
