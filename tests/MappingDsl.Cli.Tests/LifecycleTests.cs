using System.Text.Json;
using MappingDsl.Cli.Hosting;
using MappingDsl.Emulators.Dataverse;

namespace MappingDsl.Cli.Tests;

// The commands one after another against one Dataverse emulator that outlives each command, as a real org would.
[Collection(nameof(TestPackCollection))]
public sealed class LifecycleTests : IAsyncLifetime
{
    private readonly string _folder = Directory.CreateTempSubdirectory("mapdsl-cli-").FullName;
    private DataverseEmulator _org = null!;

    public LifecycleTests() => TestPackFiles.Register();

    private string Target => _org.BaseUri.ToString();

    public async Task InitializeAsync() => _org = await DataverseEmulator.StartAsync(TargetEndpoint.EmulatorOptions());

    public async Task DisposeAsync()
    {
        await _org.DisposeAsync();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task Unprovisioned_schema_blocks_until_provision_runs()
    {
        var source = TestPackFiles.WriteSource(_folder, withBadRecord: false);
        var journal = Path.Combine(_folder, "journal.db");

        var blocked = await Cli.RunAsync("migrate", TestPackFiles.Name, "--source", source, "--target", Target, "--journal", journal);
        var plan = await Cli.RunAsync("plan", TestPackFiles.Name, "--target", Target, "--json");
        var provision = await Cli.RunAsync("provision", TestPackFiles.Name, "--target", Target);
        var after = await Cli.RunAsync("plan", TestPackFiles.Name, "--target", Target);

        Assert.Equal(3, blocked.Code);
        Assert.Contains("mapdsl provision", blocked.Error, StringComparison.Ordinal);
        Assert.Equal(0, plan.Code);
        Assert.Contains("sm_sourceidkey", plan.Out, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(0, provision.Code);
        Assert.Contains("already has everything", after.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_owner_without_a_user_blocks_until_a_fallback_is_named()
    {
        await Cli.RunAsync("provision", TestPackFiles.Name, "--target", Target);
        var source = TestPackFiles.WriteSource(_folder, withBadRecord: false, owner: "elif.yilmaz@salesmate-emulator.test");
        var journal = Path.Combine(_folder, "journal.db");

        var blocked = await Cli.RunAsync("migrate", TestPackFiles.Name, "--source", source, "--target", Target, "--journal", journal);
        var resumed = await Cli.RunAsync("migrate", TestPackFiles.Name, "--source", source, "--target", Target, "--journal", journal,
            "--fallback-owner", "ben.okafor@salesmate-emulator.test", "--json");

        Assert.Equal(3, blocked.Code);
        Assert.Contains("elif.yilmaz@salesmate-emulator.test", blocked.Out, StringComparison.Ordinal);
        Assert.True(resumed.Code == 0, resumed.Out + resumed.Error);
        using var report = JsonDocument.Parse(resumed.Out);
        Assert.Equal(4, report.RootElement.GetProperty("loaded").GetInt64());
    }

    [Fact]
    public async Task Migrate_delta_reconcile_and_rollback_leave_the_org_as_it_was()
    {
        await Cli.RunAsync("provision", TestPackFiles.Name, "--target", Target);
        var source = TestPackFiles.WriteSource(_folder, withBadRecord: false);
        var journal = Path.Combine(_folder, "journal.db");

        var migrate = await Cli.RunAsync("migrate", TestPackFiles.Name, "--source", source, "--target", Target, "--journal", journal);
        TestPackFiles.AddCompany(source, "c9", "Late Co", "2025-06-01T00:00:00Z");
        var delta = await Cli.RunAsync("delta", TestPackFiles.Name, "--journal", journal, "--json");
        var reconcile = await Cli.RunAsync("reconcile", TestPackFiles.Name, "--journal", journal, "--verify", "sample:10");
        var accountsBefore = await CountAsync("accounts");
        var undoDelta = await Cli.RunAsync("rollback", "--journal", journal);
        var accountsAfterDelta = await CountAsync("accounts");
        var undoMigrate = await Cli.RunAsync("rollback", "--journal", journal, "--json");

        Assert.True(migrate.Code == 0, migrate.Error + migrate.Out);
        Assert.True(delta.Code == 0, delta.Error + delta.Out);
        using (var report = JsonDocument.Parse(delta.Out))
            Assert.Equal(1, report.RootElement.GetProperty("loaded").GetInt64());
        Assert.True(reconcile.Code == 0, reconcile.Error + reconcile.Out);
        Assert.Equal(3, accountsBefore);
        Assert.Equal(0, undoDelta.Code);
        Assert.Equal(2, accountsAfterDelta);
        Assert.Equal(0, undoMigrate.Code);
        Assert.Equal(0, await CountAsync("accounts"));
        Assert.Equal(0, await CountAsync("contacts"));
    }

    [Fact]
    public async Task A_cancelled_command_exits_with_130()
    {
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();
        using var output = new StringWriter();
        using var error = new StringWriter();

        var code = await MapdslApp.RunAsync(["migrate", TestPackFiles.Name, "--source", TestPackFiles.WriteSource(_folder, false), "--target", "emulator",
            "--journal", Path.Combine(_folder, "journal.db")], output, error, interactive: false, cancelled.Token);

        Assert.Equal(130, code);
        Assert.Contains("resume", error.ToString(), StringComparison.Ordinal);
    }

    private async Task<int> CountAsync(string entitySet)
    {
        using var http = new HttpClient { DefaultRequestHeaders = { Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", "test") } };
        using var document = JsonDocument.Parse(await http.GetStringAsync(new Uri(_org.ServiceRoot, entitySet)));
        return document.RootElement.GetProperty("value").GetArrayLength();
    }
}
