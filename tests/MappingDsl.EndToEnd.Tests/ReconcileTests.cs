using System.Net.Http.Json;
using System.Text.Json;
using MappingDsl.Cli;
using MappingDsl.Emulators.Salesmate;
using MappingDsl.Sources.Salesmate;

namespace MappingDsl.EndToEnd.Tests;

/// <summary>
/// `mapdsl migrate` then `mapdsl reconcile` on its journal, as an operator runs them: balanced after a clean run;
/// three migrated accounts deleted in the org make the Companies pair unbalanced with exactly those keys, exit 5.
/// </summary>
public sealed class ReconcileTests : IAsyncLifetime
{
    private Lab _lab = null!;

    public async Task InitializeAsync() => _lab = await Lab.StartAsync(new SalesmateEmulatorOptions { Records = 40, Seed = 9 });

    public async Task DisposeAsync() => await _lab.DisposeAsync();

    private static async Task<(int Code, string Out)> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await MapdslApp.RunAsync(args, output, error, interactive: false, CancellationToken.None);
        return (code, output + error.ToString());
    }

    [Fact]
    public async Task Reconcile_is_balanced_after_a_clean_run_and_names_the_three_accounts_deleted_in_the_org()
    {
        Environment.SetEnvironmentVariable(SalesmateOptions.AccessTokenVariable, _lab.Salesmate.AccessKey);
        var journal = Path.Combine(_lab.Folder, "journal.db");
        var org = _lab.Org.BaseUri.ToString();

        var migrate = await RunAsync("migrate", "salesmate", "--source", _lab.Salesmate.BaseUri.ToString(), "--target", org, "--journal", journal,
            "--fallback-owner", "ava.patel@salesmate-emulator.test", "--json");
        var clean = await RunAsync("reconcile", "salesmate", "--journal", journal, "--json");

        Assert.True(migrate.Code == 0, migrate.Out);
        using (var report = JsonDocument.Parse(migrate.Out))
        {
            Assert.Equal(0, report.RootElement.GetProperty("rejected").GetInt64());
            Assert.True(report.RootElement.GetProperty("balanced").GetBoolean());
        }
        Assert.True(clean.Code == 0, clean.Out);

        using var http = Org.Http();
        var accounts = (await Org.RowsAsync(_lab.Org, "accounts")).Take(3).ToList();
        var deleted = accounts.Select(a => a.GetProperty("sm_sourceid").GetString()!).Order(StringComparer.Ordinal).ToList();
        foreach (var account in accounts)
            (await http.DeleteAsync(new Uri(_lab.Org.ServiceRoot, $"accounts({account.GetProperty("accountid").GetString()})"))).EnsureSuccessStatusCode();

        var after = await RunAsync("reconcile", "salesmate", "--journal", journal, "--json", "--verify", "off");

        Assert.Equal(5, after.Code);
        using var unbalanced = JsonDocument.Parse(after.Out);
        var companies = unbalanced.RootElement.GetProperty("phases").EnumerateArray().SelectMany(p => p.GetProperty("pairs").EnumerateArray())
            .Single(p => p.GetProperty("pair").GetString() == "Companies");
        Assert.False(companies.GetProperty("balanced").GetBoolean());
        Assert.Equal(deleted, companies.GetProperty("missingKeys").EnumerateArray().Select(k => k.GetString()!).ToList());
        Assert.Equal(companies.GetProperty("expected").GetInt64() - 3, companies.GetProperty("inTarget").GetInt64());
    }
}
