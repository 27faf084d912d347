using MappingDsl.Engine.Journal;
using MappingDsl.Engine.Tests.Fakes;

namespace MappingDsl.Engine.Tests;

public sealed class MigrationEngineTests : IDisposable
{
    private readonly Scenario _s = new();

    public void Dispose() => _s.Dispose();

    [Fact]
    public async Task Phases_load_in_catalog_order_and_every_pair_balances()
    {
        _s.SeedBasics();

        var report = await _s.Engine().MigrateAsync(Scenario.Options(), CancellationToken.None);

        Assert.Equal(RunStatus.Completed, report.Status);
        var order = _s.Target.Upserts.Select(u => u.Table).Distinct().ToList();
        Assert.Equal(["account", "contact", "task"], order);
        var lastAccount = _s.Target.Upserts.FindLastIndex(u => u.Table == "account");
        Assert.True(lastAccount < _s.Target.Upserts.FindIndex(u => u.Table == "contact"));
        Assert.All(report.Phases.SelectMany(p => p.Pairs), p => Assert.True(p.Balanced, p.Pair));
        Assert.Equal(3, report.Phases[0].Pairs[0].Loaded);
        Assert.Equal(1, report.Phases[2].Pairs.Single(p => p.Pair == "Flow").Inventoried);
        var acme = _s.Target.Find("account", "c1")!;
        var lee = _s.Target.Find("contact", "p1")!;
        var acmeId = _s.Target.Table("account").Single(r => r.Value == acme).Key;
        Assert.Equal($"/accounts({acmeId:D})", (string?)lee["parentcustomerid_account@odata.bind"]);
        Assert.StartsWith("/systemusers(", (string?)acme["ownerid@odata.bind"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Deferred_lookups_are_written_after_their_phase()
    {
        _s.SeedBasics();

        await _s.Engine().MigrateAsync(Scenario.Options(), CancellationToken.None);

        var acmeId = _s.Target.Table("account").Single(r => (string?)r.Value["sm_sourceid"] == "c1").Key;
        Assert.Equal($"/accounts({acmeId:D})", (string?)_s.Target.Find("account", "c2")!["parentaccountid@odata.bind"]);
        Assert.Null(_s.Target.Find("account", "c1")!["parentaccountid@odata.bind"]);
    }

    [Fact]
    public async Task State_is_set_after_create()
    {
        _s.SeedBasics();

        await _s.Engine().MigrateAsync(Scenario.Options(), CancellationToken.None);

        Assert.Equal(1, (int?)_s.Target.Find("task", "t1")!["statecode"]);
        Assert.Equal(5, (int?)_s.Target.Find("task", "t1")!["statuscode"]);
        Assert.Null(_s.Target.Find("task", "t2")!["statecode"]);
    }

    [Fact]
    public async Task Bad_records_are_quarantined_with_reasons_and_the_counts_still_balance()
    {
        _s.SeedBasics();
        _s.Source.Put("companies", "c4", """{"id":"c4","owner":"ann@example.com"}""", Scenario.T0);
        _s.Source.Put("companies", "c5", "not json", Scenario.T0);
        _s.Source.Put("contacts", "p3", """{"id":"p3","name":"Orphan","company":"c404"}""", Scenario.T0);
        _s.Source.Put("contacts", "p4", "{}", Scenario.T0, problem: "HTTP 500 reading contact p4");
        _s.Target.Refuse = r => r.SourceKey == "t2" ? "subject too long" : null;

        var report = await _s.Engine().MigrateAsync(Scenario.Options(), CancellationToken.None);

        Assert.Equal(RunStatus.CompletedWithRejections, report.Status);
        Assert.All(report.Phases.SelectMany(p => p.Pairs), p => Assert.True(p.Balanced, p.Pair));
        var quarantine = _s.Journal.Quarantine(report.RunId);
        Assert.Contains(quarantine, q => q.SourceKey == "c4" && q.Reason == "name is required");
        Assert.Contains(quarantine, q => q.Pair == "Company" && q.Reason.StartsWith("malformed JSON", StringComparison.Ordinal));
        Assert.Contains(quarantine, q => q.SourceKey == "p3" && q.Reason.Contains("Company 'c404' has no migrated record", StringComparison.Ordinal));
        Assert.Contains(quarantine, q => q.SourceKey == "p4" && q.Stage == "extract");
        Assert.Contains(quarantine, q => q.SourceKey == "t2" && q.Stage == "load" && q.Reason == "subject too long");
        Assert.Null(_s.Target.Find("contact", "p3"));
        Assert.Equal(2, report.Phases[1].Pairs[0].Rejected);
        Assert.True(File.Exists(Path.Combine(report.ReportFolder, "quarantine.csv")));
        Assert.Contains("c404", File.ReadAllText(Path.Combine(report.ReportFolder, "quarantine.csv")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unmatched_owners_block_their_phase_and_wait_in_the_queue()
    {
        _s.SeedBasics();
        _s.Source.Put("contacts", "p9", """{"id":"p9","name":"Ray","company":"c1"}""", Scenario.T0);
        _s.Source.Put("companies", "c7", """{"id":"c7","name":"Gone Inc","owner":"nobody@example.com"}""", Scenario.T0);
        _s.Source.Put("companies", "c8", """{"id":"c8","name":"Retired Ltd","owner":"old@example.com"}""", Scenario.T0);

        var report = await _s.Engine().MigrateAsync(Scenario.Options(), CancellationToken.None);

        Assert.Equal(RunStatus.Blocked, report.Status);
        Assert.Contains("nobody@example.com", report.Message, StringComparison.Ordinal);
        Assert.Equal("blocked", report.Phases[0].State);
        Assert.Empty(_s.Target.Upserts);
        var owners = _s.Journal.Owners().ToDictionary(o => o.Email, o => o.Status);
        Assert.Equal(OwnerEntry.Unmatched, owners["nobody@example.com"]);
        Assert.Equal(OwnerEntry.Disabled, owners["old@example.com"]);
        Assert.Equal(OwnerEntry.Matched, owners["ann@example.com"]);
        Assert.Equal(2, report.DataQuality.Single(q => q.Pair == "Company").MissingOwners);
    }

    [Fact]
    public async Task A_blocked_run_resumes_once_a_fallback_owner_is_named()
    {
        _s.SeedBasics();
        _s.Source.Put("companies", "c7", """{"id":"c7","name":"Gone Inc","owner":"nobody@example.com"}""", Scenario.T0);
        var teamId = Guid.NewGuid();
        _s.Target.Teams["Sales"] = teamId;
        var blocked = await _s.Engine().MigrateAsync(Scenario.Options(), CancellationToken.None);

        var report = await _s.Engine().MigrateAsync(Scenario.Options() with { FallbackOwner = "team:Sales" }, CancellationToken.None);

        Assert.Equal(blocked.RunId, report.RunId);
        Assert.Equal(RunStatus.Completed, report.Status);
        Assert.Equal($"/teams({teamId:D})", (string?)_s.Target.Find("account", "c7")!["ownerid@odata.bind"]);
    }

    [Fact]
    public async Task Documentation_only_pairs_are_not_blocked_by_owners()
    {
        _s.SeedBasics();
        var catalog = TestPack.Catalog with
        {
            Transforms = [.. TestPack.Catalog.Transforms.Select(t => t.Pair == "Flow" ? new OwnerNamingInventory() : t)],
        };
        _s.Source.Put("flows", "f2", """{"id":"f2","flow":"Nurture","contact":"p2","owner":"nobody@example.com"}""", Scenario.T0);

        var report = await new MigrationEngine(catalog, _s.Source, _s.Target, _s.Journal).MigrateAsync(Scenario.Options(), CancellationToken.None);

        Assert.Equal(RunStatus.Completed, report.Status);
        Assert.Contains(report.Owners, o => o.Email == "nobody@example.com" && o.Pairs == "Flow");
    }

    [Fact]
    public async Task An_unknown_fallback_owner_is_a_configuration_error()
    {
        _s.SeedBasics();

        await Assert.ThrowsAsync<MigrationConfigurationException>(() =>
            _s.Engine().MigrateAsync(Scenario.Options() with { FallbackOwner = "ghost@example.com" }, CancellationToken.None));
    }

    [Fact]
    public async Task A_crash_between_upsert_and_checkpoint_resumes_without_duplicates()
    {
        _s.SeedBasics();
        for (var i = 10; i < 30; i++)
            _s.Source.Put("companies", "c" + i, $$"""{"id":"c{{i}}","name":"Co {{i}}","owner":"ann@example.com"}""", Scenario.T0);
        _s.Target.CrashAfterUpsertCalls = 4;

        await Assert.ThrowsAsync<InvalidOperationException>(() => _s.Engine().MigrateAsync(Scenario.Options(batch: 3), CancellationToken.None));
        var landedBeforeCrash = _s.Target.Table("account").Count;
        _s.Restart();
        _s.Target.CrashAfterUpsertCalls = null;
        var report = await _s.Engine().MigrateAsync(Scenario.Options(batch: 3), CancellationToken.None);

        Assert.Equal(RunStatus.Completed, report.Status);
        Assert.Equal(12, landedBeforeCrash);
        Assert.Equal(23, _s.Target.Table("account").Count);
        Assert.Equal(23, report.Phases[0].Pairs[0].Loaded);
        // Only the batch that landed without its checkpoint was sent twice.
        Assert.Equal(23 + 3, _s.Target.Upserts.Count(u => u.Table == "account"));
        Assert.Single(_s.Journal.Runs());
    }

    [Fact]
    public async Task A_resume_goes_by_source_key_so_records_deleted_or_inserted_since_the_crash_shift_nothing()
    {
        _s.SeedBasics();
        for (var i = 10; i < 20; i++)
            _s.Source.Put("companies", "c" + i, $$"""{"id":"c{{i}}","name":"Co {{i}}","owner":"ann@example.com"}""", Scenario.T0);
        _s.Target.CrashAfterUpsertCalls = 3;
        await Assert.ThrowsAsync<InvalidOperationException>(() => _s.Engine().MigrateAsync(Scenario.Options(batch: 3), CancellationToken.None));
        var landed = _s.Target.Table("account").Values.Select(r => (string)r["sm_sourceid"]!).ToHashSet();
        // Between the crash and the resume the source loses two records that landed and gains one listed first.
        _s.Source.Remove("companies", "c1");
        _s.Source.Remove("companies", "c2");
        _s.Source.PutFirst("companies", "c0", """{"id":"c0","name":"Newcomer","owner":"ann@example.com"}""", Scenario.T0);
        _s.Restart();
        _s.Target.CrashAfterUpsertCalls = null;
        _s.Target.Upserts.Clear();

        var report = await _s.Engine().MigrateAsync(Scenario.Options(batch: 3), CancellationToken.None);

        Assert.Equal(RunStatus.Completed, report.Status);
        Assert.Contains("c1", landed);
        var keys = _s.Target.Table("account").Values.Select(r => (string)r["sm_sourceid"]!).Order(StringComparer.Ordinal).ToList();
        string[] expected = ["c0", "c1", "c10", "c11", "c12", "c13", "c14", "c15", "c16", "c17", "c18", "c19", "c2", "c3"];
        Assert.Equal(expected, keys);
        // Nothing committed before the crash is sent again; each remaining record is sent once.
        var resent = _s.Target.Upserts.Where(u => u.Table == "account").Select(u => u.SourceKey).ToList();
        Assert.Equal(resent.Count, resent.Distinct().Count());
        Assert.Contains("c0", resent);
        Assert.Empty(resent.Intersect(["c3", "c10", "c11", "c12"]));
    }

    [Fact]
    public async Task Rolling_back_a_resumed_run_deletes_what_landed_before_the_crash()
    {
        _s.SeedBasics();
        _s.Target.CrashAfterUpsertCalls = 1;
        await Assert.ThrowsAsync<InvalidOperationException>(() => _s.Engine().MigrateAsync(Scenario.Options(batch: 2), CancellationToken.None));
        _s.Restart();
        _s.Target.CrashAfterUpsertCalls = null;
        await _s.Engine().MigrateAsync(Scenario.Options(batch: 2), CancellationToken.None);

        var rollback = await MigrationEngine.RollbackAsync(_s.Journal, _s.Target, null, CancellationToken.None);

        Assert.Empty(rollback.Failures);
        Assert.Empty(_s.Target.Table("account"));
        Assert.Empty(_s.Target.Table("contact"));
        Assert.Empty(_s.Target.Table("task"));
    }

    [Fact]
    public async Task Cancelling_leaves_the_run_interrupted_and_the_next_call_finishes_it()
    {
        _s.SeedBasics();
        using var cancel = new CancellationTokenSource();
        var options = Scenario.Options(batch: 1) with
        {
            Progress = new SyncProgress(p =>
            {
                if (p.Stage == "load" && p.Pair == "Contact")
                    cancel.Cancel();
            }),
        };

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => _s.Engine().MigrateAsync(options, cancel.Token));
        Assert.Equal(RunStatus.Interrupted, _s.Journal.Runs().Single().Status);
        var report = await _s.Engine().MigrateAsync(Scenario.Options(), CancellationToken.None);

        Assert.Equal(RunStatus.Completed, report.Status);
        Assert.Equal(2, _s.Target.Table("contact").Count);
    }

    [Fact]
    public async Task Delta_moves_only_records_changed_since_the_last_completed_run()
    {
        _s.SeedBasics();
        await _s.Engine().MigrateAsync(Scenario.Options(), CancellationToken.None);
        _s.Target.Upserts.Clear();
        _s.Source.Put("companies", "c3", """{"id":"c3","name":"Beta Renamed","owner":"ann@example.com"}""", Scenario.T0.AddHours(1));
        _s.Source.Put("contacts", "p5", """{"id":"p5","name":"New","company":"c3"}""", Scenario.T0.AddHours(1));

        var delta = await _s.Engine().DeltaAsync(Scenario.Options(), CancellationToken.None);

        Assert.Equal("delta", delta.Kind);
        Assert.Equal(RunStatus.Completed, delta.Status);
        Assert.Equal([("account", "c3"), ("contact", "p5")], _s.Target.Upserts);
        Assert.Equal("Beta Renamed", (string?)_s.Target.Find("account", "c3")!["name"]);
        Assert.Equal(3, _s.Target.Table("account").Count);
    }

    [Fact]
    public async Task A_delta_leaves_a_record_closed_in_the_target_as_it_is_and_never_closes_it_again()
    {
        _s.SeedBasics();
        await _s.Engine().MigrateAsync(Scenario.Options(), CancellationToken.None);
        var closedTask = _s.Target.Table("task").Single(r => (string?)r.Value["sm_sourceid"] == "t1").Key;
        Assert.Single(_s.Target.StateChanges, c => c.Record.Id == closedTask);
        _s.Source.Put("tasks", "t1", """{"id":"t1","subject":"Call Lee again","contact":"p1","done":true}""", Scenario.T0.AddHours(1));
        _s.Target.Upserts.Clear();

        var delta = await _s.Engine().DeltaAsync(Scenario.Options(), CancellationToken.None);

        Assert.Equal(RunStatus.Completed, delta.Status);
        Assert.Single(_s.Target.StateChanges, c => c.Record.Id == closedTask);
        Assert.DoesNotContain(("task", "t1"), _s.Target.Upserts);
        Assert.Equal("Call Lee", (string?)_s.Target.Find("task", "t1")!["subject"]);
    }

    [Fact]
    public async Task A_record_the_source_reopens_is_reopened_before_it_is_updated()
    {
        _s.SeedBasics();
        await _s.Engine().MigrateAsync(Scenario.Options(), CancellationToken.None);
        var closedTask = _s.Target.Table("task").Single(r => (string?)r.Value["sm_sourceid"] == "t1").Key;
        _s.Source.Put("tasks", "t1", """{"id":"t1","subject":"Call Lee again","contact":"p1"}""", Scenario.T0.AddHours(1));

        await _s.Engine().DeltaAsync(Scenario.Options(), CancellationToken.None);

        Assert.Equal(0, _s.Target.StateChanges.Last(c => c.Record.Id == closedTask).State);
        Assert.Equal("Call Lee again", (string?)_s.Target.Find("task", "t1")!["subject"]);
    }

    [Fact]
    public async Task An_edit_made_while_the_run_was_reading_is_picked_up_by_the_next_delta()
    {
        var now = DateTimeOffset.UtcNow;
        _s.Source.Put("companies", "c1", """{"id":"c1","name":"Acme","owner":"ann@example.com"}""", now.AddMinutes(-1));
        // Edited in the source just after the run started, and read by it: the latest time the run saw.
        _s.Source.Put("companies", "c2", """{"id":"c2","name":"Beta","owner":"ann@example.com"}""", now.AddSeconds(2));
        _s.Source.Put("contacts", "p1", """{"id":"p1","name":"Lee","company":"c1"}""", now.AddMinutes(-1));
        var edited = false;
        var options = Scenario.Options() with
        {
            // c1 is edited after the run read it, at a time earlier than the latest modification the run saw.
            Progress = new SyncProgress(p =>
            {
                if (p.Pair == "Contact" && !edited)
                {
                    edited = true;
                    _s.Source.Put("companies", "c1", """{"id":"c1","name":"Acme Renamed","owner":"ann@example.com"}""", now.AddSeconds(1));
                }
            }),
        };
        await _s.Engine().MigrateAsync(options, CancellationToken.None);
        Assert.True(edited);
        Assert.Equal("Acme", (string?)_s.Target.Find("account", "c1")!["name"]);

        await _s.Engine().DeltaAsync(Scenario.Options(), CancellationToken.None);

        Assert.Equal("Acme Renamed", (string?)_s.Target.Find("account", "c1")!["name"]);
    }

    [Fact]
    public async Task Delta_without_a_completed_run_is_refused()
    {
        _s.SeedBasics();

        await Assert.ThrowsAsync<MigrationConfigurationException>(() => _s.Engine().DeltaAsync(Scenario.Options(), CancellationToken.None));
    }

    [Fact]
    public async Task Rollback_deletes_created_records_and_restores_updated_ones()
    {
        _s.SeedBasics();
        _s.Target.Seed("account", new() { ["sm_sourceid"] = "c1", ["name"] = "Acme (hand-made)", ["numberofemployees"] = 3 });
        await _s.Engine().MigrateAsync(Scenario.Options(), CancellationToken.None);
        Assert.Equal("Acme", (string?)_s.Target.Find("account", "c1")!["name"]);

        var rollback = await MigrationEngine.RollbackAsync(_s.Journal, _s.Target, null, CancellationToken.None);

        Assert.Equal(1, rollback.Restored);
        Assert.Equal(6, rollback.Deleted);
        var c1 = Assert.Single(_s.Target.Table("account").Values);
        Assert.Equal("Acme (hand-made)", (string?)c1["name"]);
        Assert.Equal(3, (int?)c1["numberofemployees"]);
        Assert.Empty(_s.Target.Table("contact"));
        Assert.Equal(RunStatus.RolledBack, _s.Journal.Runs().Single().Status);
    }

    [Fact]
    public async Task Rollback_of_a_delta_restores_the_values_of_the_run_before_it()
    {
        _s.SeedBasics();
        var first = await _s.Engine().MigrateAsync(Scenario.Options(), CancellationToken.None);
        _s.Source.Put("companies", "c3", """{"id":"c3","name":"Beta Renamed","owner":"ann@example.com"}""", Scenario.T0.AddHours(1));
        await _s.Engine().DeltaAsync(Scenario.Options(), CancellationToken.None);

        await Assert.ThrowsAsync<MigrationConfigurationException>(() => MigrationEngine.RollbackAsync(_s.Journal, _s.Target, first.RunId, CancellationToken.None));
        var rollback = await MigrationEngine.RollbackAsync(_s.Journal, _s.Target, null, CancellationToken.None);

        Assert.Equal(1, rollback.Restored);
        Assert.Equal("Beta", (string?)_s.Target.Find("account", "c3")!["name"]);
        Assert.Equal(3, _s.Target.Table("account").Count);
    }

    [Fact]
    public async Task Dry_run_reports_rejections_duplicates_orphans_and_owners_without_writing()
    {
        _s.SeedBasics();
        _s.Source.Put("companies", "c4", """{"id":"c4","owner":"ann@example.com"}""", Scenario.T0);
        _s.Source.Put("contacts", "p3", """{"id":"p3","name":"Orphan","company":"c404"}""", Scenario.T0);
        _s.Source.Put("contacts", "p1-copy", """{"id":"p1","name":"Lee again","company":"c1"}""", Scenario.T0);
        _s.Source.Put("companies", "c6", """{"id":"c6","name":"Child","owner":"who@example.com","parent":"c999"}""", Scenario.T0);

        var report = await _s.Engine().MigrateAsync(Scenario.Options() with { DryRun = true }, CancellationToken.None);

        Assert.Empty(_s.Target.Upserts);
        Assert.Equal("check", report.Kind);
        var company = report.DataQuality.Single(q => q.Pair == "Company");
        var contact = report.DataQuality.Single(q => q.Pair == "Contact");
        Assert.Equal((5, 1, 1, 1), (company.Records, company.WouldReject, company.Orphans, company.MissingOwners));
        Assert.Equal((4, 1, 1, 1), (contact.Records, contact.WouldReject, contact.Orphans, contact.Duplicates));
        var findings = _s.Journal.Findings(report.RunId);
        Assert.Contains(findings, f => f.Kind == "orphan" && f.Detail.Contains("c999", StringComparison.Ordinal));
        Assert.Contains(findings, f => f.Kind == "duplicate" && f.SourceKey == "p1");
        Assert.Contains(report.Owners, o => o.Email == "who@example.com" && o.Status == OwnerEntry.Unmatched);
        Assert.Null(_s.Journal.Unfinished("Test", "check"));
    }

    [Fact]
    public async Task Field_verification_finds_values_that_did_not_read_back()
    {
        _s.SeedBasics();
        var report = await _s.Engine().MigrateAsync(Scenario.Options(spotCheck: 50), CancellationToken.None);
        Assert.All(report.Phases.SelectMany(p => p.Verification), v => Assert.Equal(v.Checked, v.Matched));
        _s.Target.Find("account", "c3")!["name"] = "Tampered";
        _s.Target.Find("contact", "p2")!["lastname"] = null;

        var reconciled = await _s.Engine().ReconcileAsync(null, VerifySpec.Sample(50), CancellationToken.None);

        var differences = reconciled.Phases.SelectMany(p => p.Verification).SelectMany(v => v.Differences).ToList();
        Assert.Equal(2, differences.Count);
        Assert.Contains(differences, d => d.SourceKey == "c3" && d.Column == "name" && d.Actual == "\"Tampered\"");
        Assert.Contains(differences, d => d.SourceKey == "p2" && d.Column == "lastname");
        Assert.True(File.Exists(Path.Combine(reconciled.ReportFolder, "verification.csv")));
    }

    [Fact]
    public async Task Reports_are_written_as_markdown_json_and_csv_with_the_inventory()
    {
        _s.SeedBasics();

        var report = await _s.Engine().MigrateAsync(Scenario.Options(), CancellationToken.None);

        foreach (var file in new[] { "run.md", "run.json", "run.csv", "phase-1.md", "phase-2.json", "phase-3.csv", "owners.csv" })
            Assert.True(File.Exists(Path.Combine(report.ReportFolder, file)), file);
        var inventory = File.ReadAllLines(Path.Combine(report.ReportFolder, "inventory-Flow.csv"));
        Assert.Equal(["source_key,Flow,Contact", "f1,Onboarding,p1"], inventory);
        Assert.Contains("| Company | account | 3 | 3 | 0 | 0 | 0 | 0 | 3/3 | yes |", File.ReadAllText(Path.Combine(report.ReportFolder, "run.md")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_sample_moves_only_the_first_records_of_each_pair()
    {
        _s.SeedBasics();

        var report = await _s.Engine().MigrateAsync(Scenario.Options() with { Sample = SampleSpec.Parse("1") }, CancellationToken.None);

        Assert.Single(_s.Target.Table("account"));
        Assert.Single(_s.Target.Table("contact"));
        Assert.Equal(1, report.Phases[0].Pairs[0].Source);
    }

    [Fact]
    public async Task A_sampled_rehearsal_is_no_base_for_a_delta()
    {
        _s.SeedBasics();
        await _s.Engine().MigrateAsync(Scenario.Options() with { Sample = SampleSpec.Parse("1") }, CancellationToken.None);

        await Assert.ThrowsAsync<MigrationConfigurationException>(() => _s.Engine().DeltaAsync(Scenario.Options(), CancellationToken.None));
    }

    [Fact]
    public async Task A_journal_of_another_pack_is_refused()
    {
        _s.SeedBasics();
        await _s.Engine().MigrateAsync(Scenario.Options(), CancellationToken.None);
        var other = TestPack.Catalog with { Name = "Other" };

        await Assert.ThrowsAsync<MigrationConfigurationException>(() =>
            new MigrationEngine(other, _s.Source, _s.Target, _s.Journal).MigrateAsync(Scenario.Options(), CancellationToken.None));
    }

    // An inventory whose rows name an owner (as a membership export would): reported, never blocking.
    private sealed class OwnerNamingInventory : IPairTransform
    {
        public string Pair => "Flow";

        public TransformOutcome Transform(ReadOnlySpan<byte> sourceJson, RecordWriter writer)
        {
            using var document = System.Text.Json.JsonDocument.Parse(sourceJson.ToArray());
            var id = document.RootElement.GetProperty("id").GetString()!;
            var owner = document.RootElement.TryGetProperty("owner", out var value) ? value.GetString() : null;
            if (owner is not null)
                writer.Context.Resolver.TryResolveOwner(owner, out _);
            writer.AddInventory(new InventoryRow { ["Flow"] = document.RootElement.GetProperty("flow").GetString(), ["Owner"] = owner }, id);
            return TransformOutcome.Written(id);
        }
    }

    // Progress<T> posts to the thread pool; tests need the callback inline to cancel at an exact point.
    private sealed class SyncProgress(Action<MigrationProgress> report) : IProgress<MigrationProgress>
    {
        public void Report(MigrationProgress value) => report(value);
    }
}
