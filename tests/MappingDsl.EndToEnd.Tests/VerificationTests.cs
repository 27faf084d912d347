using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using MappingDsl.Cli.Hosting;
using MappingDsl.Emulators.Salesmate;
using MappingDsl.Engine;
using MappingDsl.Engine.Journal;

namespace MappingDsl.EndToEnd.Tests;

/// <summary>
/// Every field of every record is verified: after a clean run every pair's checked count equals its loaded count
/// with no difference; then the org is edited behind the migration's back and the verifier names each change.
/// </summary>
public sealed class VerificationTests : IAsyncLifetime
{
    private Lab _lab = null!;

    public async Task InitializeAsync() => _lab = await Lab.StartAsync(new SalesmateEmulatorOptions { Records = 30, Seed = 4 });

    public async Task DisposeAsync() => await _lab.DisposeAsync();

    private async Task PatchAsync(string set, string id, JsonObject body)
    {
        using var http = Org.Http();
        using var request = new HttpRequestMessage(HttpMethod.Patch, new Uri(_lab.Org.ServiceRoot, $"{set}({id})"))
        {
            Content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json"),
        };
        var response = await http.SendAsync(request);
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
    }

    private static string Text(JsonElement row, string column) => row.GetProperty(column).GetString()!;

    [Fact]
    public async Task The_verifier_finds_a_changed_value_a_cleared_lookup_a_lookup_to_the_wrong_record_and_a_missing_party()
    {
        await using var source = SourceEndpoint.ForEmulator(_lab.Salesmate, owned: false);
        await using var target = await TargetEndpoint.OpenAsync(_lab.Org.BaseUri.ToString(), CancellationToken.None);
        using var journal = MigrationJournal.Open(Path.Combine(_lab.Folder, "journal.db"));
        var engine = new MigrationEngine(Lab.Catalog, source.Source, target.Target, journal);
        var migrated = await engine.MigrateAsync(new MigrationOptions { BatchSize = 25, FallbackOwner = "ava.patel@salesmate-emulator.test" }, CancellationToken.None);

        Assert.Equal(0, migrated.Rejected);
        foreach (var phase in migrated.Phases)
        {
            foreach (var pair in phase.Pairs.Where(p => p.Loaded > 0))
            {
                var verified = Assert.Single(phase.Verification, v => v.Pair == pair.Pair);
                Assert.Equal(pair.Loaded, verified.Checked);
                Assert.Equal(verified.Checked, verified.Matched);
            }
        }

        var accounts = await Org.RowsAsync(_lab.Org, "accounts");
        var contacts = (await Org.RowsAsync(_lab.Org, "contacts"))
            .Where(c => c.TryGetProperty("_parentcustomerid_value", out var v) && v.ValueKind == JsonValueKind.String).ToList();
        var changed = accounts[0];
        await PatchAsync("accounts", Text(changed, "accountid"), new JsonObject { ["name"] = "Changed behind our back" });
        var cleared = contacts[0];
        await PatchAsync("contacts", Text(cleared, "contactid"), new JsonObject { ["parentcustomerid_account@odata.bind"] = null });
        var moved = contacts[1];
        var other = accounts.First(a => Text(a, "accountid") != Text(moved, "_parentcustomerid_value"));
        await PatchAsync("contacts", Text(moved, "contactid"), new JsonObject { ["parentcustomerid_account@odata.bind"] = $"/accounts({Text(other, "accountid")})" });
        var meeting = (await Org.RowsAsync(_lab.Org, "appointments")).First(a => a.GetProperty("appointment_activity_parties").GetArrayLength() > 1);
        var parties = JsonNode.Parse(meeting.GetProperty("appointment_activity_parties").GetRawText())!.AsArray();
        var kept = new JsonArray([.. parties.Skip(1).Select(p => (JsonNode)Rebind(p!.AsObject()))]);
        // A closed meeting is read-only, as in an org: reopened, changed, and closed again as it was.
        var (state, status) = (meeting.GetProperty("statecode").GetInt32(), meeting.GetProperty("statuscode").GetInt32());
        if (state != 0)
            await PatchAsync("appointments", Text(meeting, "activityid"), new JsonObject { ["statecode"] = 0, ["statuscode"] = 1 });
        await PatchAsync("appointments", Text(meeting, "activityid"), new JsonObject { ["appointment_activity_parties"] = kept });
        if (state != 0)
            await PatchAsync("appointments", Text(meeting, "activityid"), new JsonObject { ["statecode"] = state, ["statuscode"] = status });

        var reconciled = await engine.ReconcileAsync(migrated.RunId, VerifySpec.All, CancellationToken.None);

        var differences = reconciled.Phases.SelectMany(p => p.Verification).SelectMany(v => v.Differences).ToList();
        Assert.Contains(differences, d => d.SourceKey == Text(changed, "sm_sourceid") && d.Column == "name" && d.Actual == "\"Changed behind our back\"");
        Assert.Contains(differences, d => d.SourceKey == Text(cleared, "sm_sourceid") && d.Column == "parentcustomerid" && d.Expected.StartsWith("Companies '", StringComparison.Ordinal) && d.Actual == "(empty)");
        Assert.Contains(differences, d => d.SourceKey == Text(moved, "sm_sourceid") && d.Column == "parentcustomerid" && d.Actual == $"Companies '{Text(other, "sm_sourceid")}'");
        Assert.Contains(differences, d => d.SourceKey == Text(meeting, "sm_sourceid") && d.Column == "appointment_activity_parties");
        Assert.Equal(4, differences.Count);
        Assert.False(reconciled.Balanced);
        Assert.Equal(5, File.ReadAllLines(Path.Combine(reconciled.ReportFolder, "verification.csv")).Length);
    }

    // A party as read back (_partyid_value + its table) written again as a bind.
    private static JsonObject Rebind(JsonObject party)
    {
        var result = new JsonObject { ["participationtypemask"] = party["participationtypemask"]!.DeepClone() };
        if (party["_partyid_value"] is { } id)
        {
            var table = (string)party["_partyid_value@Microsoft.Dynamics.CRM.lookuplogicalname"]!;
            var set = table switch { "systemuser" => "systemusers", "contact" => "contacts", "lead" => "leads", "account" => "accounts", _ => table + "s" };
            result[$"partyid_{table}@odata.bind"] = $"/{set}({id})";
        }
        if (party["addressused"] is { } address)
            result["addressused"] = address.DeepClone();
        return result;
    }
}
