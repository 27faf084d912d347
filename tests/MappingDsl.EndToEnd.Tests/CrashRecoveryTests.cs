using System.Text.Json;
using MappingDsl.Catalog;
using MappingDsl.Cli.Hosting;
using MappingDsl.Dataverse.Provisioning;
using MappingDsl.Emulators.Dataverse;
using MappingDsl.Emulators.Salesmate;
using MappingDsl.Engine.Journal;
using MappingDsl.Sources.Salesmate;
using Xunit.Abstractions;

namespace MappingDsl.EndToEnd.Tests;

public sealed class CrashRecoveryTests(ITestOutputHelper output) : IAsyncLifetime
{
    private Lab _lab = null!;

    // Slow enough per record that the kill lands while batches are in flight.
    public async Task InitializeAsync() => _lab = await Lab.StartAsync(
        new SalesmateEmulatorOptions { Records = 80, Seed = 3 }, TargetEndpoint.EmulatorOptions() with { LatencyPerRecord = TimeSpan.FromMilliseconds(4) });

    public async Task DisposeAsync() => await _lab.DisposeAsync();

    [Fact]
    public async Task Killing_mapdsl_mid_run_and_running_it_again_leaves_no_duplicates()
    {
        var catalog = Lab.Catalog;
        var journal = Path.Combine(_lab.Folder, "journal.db");
        var environment = new Dictionary<string, string>
        {
            [SalesmateOptions.AccessTokenVariable] = _lab.Salesmate.AccessKey,
            [SalesmateOptions.LinkNameVariable] = _lab.Salesmate.LinkName,
        };
        string[] args = ["migrate", "salesmate", "--source", _lab.Salesmate.BaseUri.ToString(), "--target", _lab.Org.BaseUri.ToString(),
            "--journal", journal, "--batch-size", "20", "--verify", "sample:5", "--fallback-owner", "ava.patel@salesmate-emulator.test", "--json"];

        var clock = System.Diagnostics.Stopwatch.StartNew();
        bool wasRunning;
        using (var first = MapdslProcess.Start(environment, args))
        {
            var deadline = DateTime.UtcNow.AddSeconds(90);
            while (!first.HasExited && (await Org.RowsAsync(_lab.Org, "accounts")).Count < 10 && DateTime.UtcNow < deadline)
                await Task.Delay(25);
            // A run that had already ended by itself would prove nothing about recovery.
            wasRunning = !first.HasExited;
            first.Kill(entireProcessTree: true);
            await first.WaitForExitAsync();
        }
        var landed = (await Org.RowsAsync(_lab.Org, "accounts")).Count;
        output.WriteLine($"killed after {clock.Elapsed.TotalSeconds:F1}s with {landed} accounts landed");
        using var second = MapdslProcess.Start(environment, args);
        var printed = await second.StandardOutput.ReadToEndAsync();
        var error = await second.StandardError.ReadToEndAsync();
        await second.WaitForExitAsync();
        output.WriteLine($"second run finished at {clock.Elapsed.TotalSeconds:F1}s");

        Assert.True(wasRunning, "the first process had finished before it was killed");
        Assert.True(second.ExitCode == 0, $"exit {second.ExitCode}: {error}");
        Assert.True(landed > 0, "the first process was killed before anything landed");
        using var report = JsonDocument.Parse(printed);
        var pairs = report.RootElement.GetProperty("phases").EnumerateArray().SelectMany(p => p.GetProperty("pairs").EnumerateArray()).ToList();
        Assert.All(pairs, p => Assert.True(p.GetProperty("balanced").GetBoolean(), p.GetProperty("pair").GetString()));
        Assert.All(pairs, p => Assert.Equal(0, p.GetProperty("rejected").GetInt64()));
        // Every table, not only accounts: each loading pair's records are all in the org, counted live by source id.
        Assert.All(pairs.Where(p => p.GetProperty("inTarget").ValueKind == JsonValueKind.Number), p =>
        {
            Assert.Equal(p.GetProperty("loaded").GetInt64(), p.GetProperty("inTarget").GetInt64());
            Assert.Equal(p.GetProperty("expected").GetInt64(), p.GetProperty("inTarget").GetInt64());
        });
        foreach (var set in new[] { "accounts", "contacts", "leads", "opportunities", "phonecalls", "appointments", "tasks", "emails", "annotations" })
        {
            var keys = (await Org.RowsAsync(_lab.Org, set)).Where(r => r.TryGetProperty(catalog.SourceIdColumn, out var k) && k.ValueKind == JsonValueKind.String)
                .Select(r => r.GetProperty(catalog.SourceIdColumn).GetString()).ToList();
            Assert.True(keys.Count == keys.Distinct().Count(), $"{set} holds a source id twice");
        }
        var company = pairs.Single(p => p.GetProperty("pair").GetString() == "Companies");
        Assert.Equal(_lab.Salesmate.Dataset.Count("company"), company.GetProperty("source").GetInt64());
        var accounts = await Org.RowsAsync(_lab.Org, "accounts");
        Assert.Equal(company.GetProperty("loaded").GetInt64(), accounts.Count);
        Assert.Equal(accounts.Count, accounts.Select(a => a.GetProperty(catalog.SourceIdColumn).GetString()).Distinct().Count());
        using var log = MigrationJournal.Open(journal);
        Assert.Single(log.Runs(), r => r.Kind == "migrate");
    }
}
