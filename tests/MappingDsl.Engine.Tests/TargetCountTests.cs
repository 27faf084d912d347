using System.Text.Json;
using System.Text.Json.Nodes;
using MappingDsl.Engine.Reports;
using MappingDsl.Engine.Tests.Fakes;

namespace MappingDsl.Engine.Tests;

/// <summary>
/// The live target count compares the org's keys with the journal's id map in the journal's scratch tables: it must
/// still name what the org lost and what it holds that the journal never loaded, and count a key read twice once.
/// </summary>
public sealed class TargetCountTests : IDisposable
{
    private readonly Scenario _s = new();

    public void Dispose() => _s.Dispose();

    [Fact]
    public async Task Reconcile_names_records_the_org_lost_and_records_it_holds_that_the_journal_never_loaded()
    {
        _s.SeedBasics();
        var migrated = await _s.Engine().MigrateAsync(Scenario.Options(), CancellationToken.None);
        Assert.Equal(3, migrated.Phases[0].Pairs[0].InTarget);
        var beta = _s.Target.Table("account").Single(r => (string?)r.Value["sm_sourceid"] == "c3").Key;
        await _s.Target.DeleteAsync(new RecordId("account", "accounts", beta), CancellationToken.None);
        _s.Target.Seed("account", new JsonObject { ["sm_sourceid"] = "stranger", ["name"] = "Made by hand" });
        _s.Target.Seed("account", new JsonObject { ["sm_sourceid"] = "stranger", ["name"] = "Made by hand, twice" });
        _s.Target.Seed("account", new JsonObject { ["sm_sourceid"] = "c1", ["name"] = "A copy of Acme" });

        var reconciled = await _s.Engine().ReconcileAsync(migrated.RunId, VerifySpec.Off, CancellationToken.None);

        var company = reconciled.Phases[0].Pairs.Single(p => p.Pair == "Company");
        Assert.Equal(3, company.Expected);
        Assert.Equal(2, company.InTarget);
        Assert.Equal(["c3"], company.MissingKeys);
        Assert.Contains(company.Differences, d => d.Contains("account holds 2 record(s)", StringComparison.Ordinal) && d.Contains("stranger", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Each_phase_pages_only_the_tables_its_pairs_loaded_so_a_table_is_counted_once_per_run()
    {
        _s.SeedBasics();

        var migrated = await _s.Engine().MigrateAsync(Scenario.Options(), CancellationToken.None);
        var perPhase = _s.Target.KeyReads.ToList();
        _s.Target.KeyReads.Clear();
        var reconciled = await _s.Engine().ReconcileAsync(migrated.RunId, VerifySpec.Off, CancellationToken.None);

        // Phase 1 writes accounts, phase 2 contacts, phase 3 tasks: a later phase does not page an earlier one's table.
        Assert.Equal(["account", "contact", "task"], perPhase);
        Assert.Equal(["account", "contact", "task"], _s.Target.KeyReads.Order(StringComparer.Ordinal));
        // The counts kept from each pair's own phase are the ones a full recount finds.
        static Dictionary<string, string> Counts(RunReport report) =>
            report.Phases.SelectMany(p => p.Pairs).ToDictionary(p => p.Pair, p => $"{p.Expected} expected, {p.InTarget} in target");
        var counted = Counts(migrated);
        Assert.Equal("3 expected, 3 in target", counted["Company"]);
        Assert.Equal("2 expected, 2 in target", counted["Contact"]);
        Assert.Equal("2 expected, 2 in target", counted["Task"]);
        Assert.Equal(counted, Counts(reconciled));
    }

    [Theory]
    [InlineData("2024-01-01T01:18:50.4+00:00", "2024-01-01T01:18:50Z", true)]
    [InlineData("2024-01-01T01:18:50+00:00", "2024-01-01T01:18:50Z", true)]
    [InlineData("2024-01-01T01:18:50.4+00:00", "2024-01-01T01:18:51Z", false)]
    [InlineData("2024-01-01T01:18:50+00:00", "2024-01-01T01:18:50.4Z", false)]
    [InlineData("2024-01-01T02:18:50.999+01:00", "2024-01-01T01:18:50Z", true)]
    public void Instants_read_back_to_the_second_because_Dataverse_keeps_no_fraction(string written, string stored, bool same)
    {
        using var expected = JsonDocument.Parse(JsonSerializer.Serialize(written));
        using var actual = JsonDocument.Parse(JsonSerializer.Serialize(stored));

        Assert.Equal(same, FieldVerifier.Same(expected.RootElement, actual.RootElement, null));
    }
}
