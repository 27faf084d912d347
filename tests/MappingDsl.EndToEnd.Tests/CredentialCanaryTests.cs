using System.Text;
using MappingDsl.Cli.Hosting;
using MappingDsl.Emulators.Salesmate;
using MappingDsl.Sources.Iterable;
using MappingDsl.Sources.Salesmate;
using MappingDsl.Sources.Wetroo;

namespace MappingDsl.EndToEnd.Tests;

/// <summary>
/// Issue #10, step 6: every credential variable holds a canary value while the real `mapdsl` runs migrate, delta,
/// reconcile and rollback, and a call that fails (a source refusing its token); no canary may appear in stdout, stderr,
/// the journal or any report.
/// </summary>
public sealed class CredentialCanaryTests : IAsyncLifetime
{
    private const string SalesmateToken = "canary-salesmate-7f3a9c";
    private const string DataverseToken = "canary-dataverse-token-51be2d";
    private const string ClientSecret = "canary-client-secret-c0ffee";
    private const string ClientId = "canary-client-id-4d2e";
    private const string TenantId = "canary-tenant-9a1b";
    private const string WetrooKey = "canary-wetroo-key-e7e7";
    private const string IterableKey = "canary-iterable-key-b00b";
    // A second application user (issue #16): its numbered variables are canaries too, and the loopback runs load as it.
    private const string DataverseToken2 = "canary-dataverse-token-2-8e41";
    private const string ClientSecret2 = "canary-client-secret-2-beef";
    private const string ClientId2 = "canary-client-id-2-77a0";
    private const string TenantId2 = "canary-tenant-2-3c5d";
    private static readonly string[] Canaries = [SalesmateToken, DataverseToken, ClientSecret, ClientId, TenantId, WetrooKey, IterableKey, DataverseToken2, ClientSecret2, ClientId2, TenantId2];

    private Lab _lab = null!;

    // Malformed records make the runs quarantine some, so error texts reach the journal and the reports too.
    public async Task InitializeAsync() =>
        _lab = await Lab.StartAsync(new SalesmateEmulatorOptions { Records = 30, Seed = 12, AccessKey = SalesmateToken, MalformedShare = 0.05 });

    public async Task DisposeAsync() => await _lab.DisposeAsync();

    private static Dictionary<string, string> Environment(string salesmateToken = SalesmateToken)
    {
        var environment = new Dictionary<string, string>
        {
            [SalesmateOptions.AccessTokenVariable] = salesmateToken,
            [TargetEndpoint.TenantVariable] = TenantId,
            [TargetEndpoint.ClientIdVariable] = ClientId,
            [TargetEndpoint.ClientSecretVariable] = ClientSecret,
            [WetrooOptions.ApiKeyVariable] = WetrooKey,
            [IterableOptions.ApiKeyVariable] = IterableKey,
            [TargetEndpoint.TokenVariable] = DataverseToken,
            [TargetIdentities.Numbered(TargetEndpoint.TenantVariable, 2)] = TenantId2,
            [TargetIdentities.Numbered(TargetEndpoint.ClientIdVariable, 2)] = ClientId2,
            [TargetIdentities.Numbered(TargetEndpoint.ClientSecretVariable, 2)] = ClientSecret2,
            [TargetIdentities.Numbered(TargetEndpoint.TokenVariable, 2)] = DataverseToken2,
        };
        return environment;
    }

    [Fact]
    public async Task No_credential_reaches_output_journal_or_reports_in_runs_that_succeed_or_fail()
    {
        var journal = Path.Combine(_lab.Folder, "journal.db");
        var source = _lab.Salesmate.BaseUri.ToString();
        var org = _lab.Org.BaseUri.ToString();
        var printed = new StringBuilder();
        async Task<int> RunAsync(Dictionary<string, string> environment, params string[] args)
        {
            using var run = MapdslRun.Start(environment, args);
            var (code, output, error) = await run.CompleteAsync(TimeSpan.FromMinutes(3));
            printed.Append(output).Append('\n').Append(error).Append('\n');
            return code;
        }

        var migrate = await RunAsync(Environment(), "migrate", "salesmate", "--source", source, "--target", org, "--journal", journal,
            "--fallback-owner", "ava.patel@salesmate-emulator.test", "--json");
        _lab.Salesmate.Touch(0.3, DateTimeOffset.UtcNow.AddMinutes(1));
        var delta = await RunAsync(Environment(), "delta", "salesmate", "--journal", journal, "--fallback-owner", "ava.patel@salesmate-emulator.test", "--json");
        var reconcile = await RunAsync(Environment(), "reconcile", "salesmate", "--journal", journal, "--json");
        // A call that fails: Salesmate refusing a token (a canary too). The sign-in variables, the Wetroo and Iterable
        // keys are set in every run; a sign-in that cannot reach login.microsoftonline.com, or an absent Wetroo or
        // Iterable source, is retried for minutes (2 min 24 s measured for the sign-in), too long for the suite.
        var refused = await RunAsync(Environment(salesmateToken: "canary-wrong-token-0dd"), "migrate", "salesmate", "--source", source, "--target", org,
            "--journal", Path.Combine(_lab.Folder, "refused.db"), "--fallback-owner", "ava.patel@salesmate-emulator.test");
        var rollbackDelta = await RunAsync(Environment(), "rollback", "--journal", journal);
        var rollback = await RunAsync(Environment(), "rollback", "--journal", journal);

        Assert.True(migrate is 0 or 1 && delta is 0 or 1 && reconcile is 0 or 1 or 5, $"migrate {migrate}, delta {delta}, reconcile {reconcile}:\n{printed}");
        Assert.True(rollbackDelta == 0 && rollback == 0, $"rollbacks {rollbackDelta}, {rollback}:\n{printed}");
        Assert.True(refused != 0, $"the refused token exited {refused}:\n{printed}");
        Assert.Empty(await Org.RowsAsync(_lab.Org, "accounts"));
        // Both application users called the org (each token names its caller there), so the second one was in use.
        Assert.True(_lab.Org.Callers.GetValueOrDefault(DataverseToken)?.Requests > 0, "identity 1 made no request");
        Assert.True(_lab.Org.Callers.GetValueOrDefault(DataverseToken2)?.Requests > 0, "identity 2 made no request");
        var files = Directory.EnumerateFiles(_lab.Folder, "*", SearchOption.AllDirectories).ToList();
        Assert.Contains(files, f => f.EndsWith(".csv", StringComparison.Ordinal));
        Assert.Contains(files, f => f.EndsWith(".md", StringComparison.Ordinal));

        // The scan itself must be able to see a canary: one written on purpose is found, then removed.
        var planted = Path.Combine(_lab.Folder, "planted.txt");
        await File.WriteAllTextAsync(planted, "leaked " + ClientSecret);
        Assert.Equal([$"{planted}: {ClientSecret}"], await LeaksAsync(_lab.Folder, ""));
        File.Delete(planted);

        Assert.Empty(await LeaksAsync(_lab.Folder, printed.ToString()));
    }

    // Every canary found in the printed output or in any file under the folder (bytes, so a SQLite page counts too).
    private static async Task<List<string>> LeaksAsync(string folder, string printed)
    {
        var leaks = Canaries.Where(c => printed.Contains(c, StringComparison.Ordinal)).Select(c => $"output: {c}").ToList();
        foreach (var file in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories))
        {
            var bytes = await File.ReadAllBytesAsync(file);
            leaks.AddRange(Canaries.Where(c => bytes.AsSpan().IndexOf(Encoding.UTF8.GetBytes(c)) >= 0).Select(c => $"{file}: {c}"));
        }
        return leaks;
    }
}
