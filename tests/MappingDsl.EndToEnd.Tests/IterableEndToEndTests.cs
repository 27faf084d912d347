using System.Text.Json;
using MappingDsl.Cli.Commands;
using MappingDsl.Emulators.Iterable;
using MappingDsl.Engine;
using MappingDsl.Engine.Journal;
using MappingDsl.Engine.Reports;
using MappingDsl.Sources.Iterable;

namespace MappingDsl.EndToEnd.Tests;

public sealed class IterableEndToEndTests() : EmulatedOrgTest("iterable-e2e")
{
    private async Task<(RunReport Run, IterableEmulator Source, RunReport Reconciled)> MigrateAsync(IterableEmulatorOptions options)
    {
        var source = await IterableEmulator.StartAsync(options);
        await using var extractor = new IterableExtractor(IterableDemo.LocalOptions(source) is var o ? new IterableOptions
        {
            ApiKey = o.ApiKey,
            BaseUri = o.BaseUri,
            ExportFrom = o.ExportFrom,
            WindowSize = o.WindowSize,
            Limits = o.Limits,
            RetryBaseDelay = o.RetryBaseDelay,
            TruncatedWindowRetries = 1,
            ExportTo = options.DataStart + options.DataSpan,
        } : null!);
        var (run, reconciled) = await MigrateAsync("iterable", extractor, 100, async (engine, _, report) => (report, await engine.ReconcileAsync(report.RunId, VerifySpec.All, CancellationToken.None)));
        return (run, source, reconciled);
    }

    [Fact]
    public async Task Iterable_migrates_split_deduplicated_accounts_first_with_members_events_purchases_and_opt_outs()
    {
        var options = IterableDemo.EmulatorOptions(120);
        var (run, source, reconciled) = await MigrateAsync(options);
        await using var _ = source;
        var pairs = run.Phases.SelectMany(p => p.Pairs).ToDictionary(p => p.Pair);
        Assert.Equal(0, run.Rejected);
        Assert.All(pairs.Values, p => Assert.True(p.Balanced, p.Pair + ": " + string.Join("; ", p.Differences)));
        Assert.All(reconciled.Phases.SelectMany(p => p.Verification), v => Assert.True(v.Checked == v.Matched, v.Pair));

        // Accounts load in an earlier phase than the people who point to them.
        Assert.True(run.Phases.First(p => p.Pairs.Any(q => q.Pair == "Companies")).Number < run.Phases.First(p => p.Pairs.Any(q => q.Pair == "Profiles")).Number);

        // Split and dedupe: one record per distinct (case-folded) email or anonymous userId, original stage kept.
        var data = source.Dataset;
        var keys = Enumerable.Range(0, data.ProfileCount).Select(p => data.Email(p)?.ToLowerInvariant() ?? "user:" + IterableDataset.UserId(p)).Distinct().Count();
        var contacts = await Org.RowsAsync(Dataverse, "contacts");
        var leads = await Org.RowsAsync(Dataverse, "leads");
        Assert.Equal(keys, contacts.Count + leads.Count);
        Assert.All(contacts, c => Assert.Contains(c.GetProperty("ib_originallifecycle").GetString(), new[] { "SQL", "customer", "evangelist" }));
        Assert.All(leads, l => Assert.Contains(l.GetProperty("ib_originallifecycle").GetString(), new[] { "subscriber", "lead", "MQL" }));
        Assert.Contains(contacts.Concat(leads), p => p.TryGetProperty("ib_mergedprofiles", out var merged) && merged.ValueKind == JsonValueKind.String);
        Assert.Contains(contacts.Concat(leads), p => p.GetProperty("ib_smsoptout").ValueKind == JsonValueKind.True);
        Assert.Contains(contacts, c => c.TryGetProperty("_parentcustomerid_value", out var account) && account.ValueKind == JsonValueKind.String);

        // List memberships resolve to the lead or the contact; events carry their payload; purchases are won with lines.
        var memberships = await Org.RowsAsync(Dataverse, "ib_listmemberships");
        Assert.All(memberships, m => Assert.True(
            m.TryGetProperty("_ib_contactid_value", out var c) && c.ValueKind == JsonValueKind.String
            || m.TryGetProperty("_ib_leadid_value", out var l) && l.ValueKind == JsonValueKind.String));
        var tasks = await Org.RowsAsync(Dataverse, "tasks");
        var events = tasks.Where(t => t.GetProperty("ib_activitykind").GetString() == "IterableEvent").ToList();
        Assert.Equal(options.CustomEvents, events.Count);
        Assert.All(events, e => JsonDocument.Parse(e.GetProperty("ib_eventpayload").GetString()!).RootElement.GetProperty("source"));
        Assert.Equal(options.SubscriptionEvents * 2, tasks.Count(t => t.GetProperty("ib_activitykind").GetString() == "IterableSubscription"));
        var opportunities = await Org.RowsAsync(Dataverse, "opportunities");
        Assert.Equal(options.Purchases, opportunities.Count);
        Assert.All(opportunities, o => Assert.Equal(1, o.GetProperty("statecode").GetInt32()));
        Assert.All(opportunities, o => Assert.True(o.GetProperty("ib_purchaseeventsource").GetBoolean()));
        Assert.Equal(pairs["PurchaseLines"].Loaded, (await Org.RowsAsync(Dataverse, "opportunityproducts")).Count);
        Assert.Equal(3, pairs["Journeys"].Inventoried);
        Assert.Equal(5, pairs["Templates"].Inventoried);
    }

    [Fact]
    public async Task Malformed_lines_truncated_streams_and_unknown_event_shapes_are_quarantined_counted_and_the_run_goes_on()
    {
        var options = IterableDemo.EmulatorOptions(40) with { MalformedEvery = 25, UnknownShapeEvery = 30, TruncateAfterLines = 15 };
        var (run, source, reconciled) = await MigrateAsync(options);
        await using var _ = source;
        var events = run.Phases.SelectMany(p => p.Pairs).Single(p => p.Pair == "CustomEvents");
        Assert.True(events.Balanced);
        Assert.True(events.Loaded > 0);
        Assert.Equal(events.Source - events.Loaded, events.Rejected);
        var reasons = run.Phases.SelectMany(p => p.Pairs).SelectMany(p => p.Reasons).Select(r => r.Reason).ToList();
        Assert.Contains(reasons, r => r.Contains("malformed JSON", StringComparison.Ordinal));
        Assert.Contains(reasons, r => r.Contains("truncated export stream", StringComparison.Ordinal));
        Assert.Contains(reasons, r => r.Contains("unknown event shape", StringComparison.Ordinal));
        Assert.Equal(RunStatus.CompletedWithRejections, run.Status);
        Assert.Equal(run.Rejected, reconciled.Rejected);
        Assert.True(run.Phases.SelectMany(p => p.Pairs).Single(p => p.Pair == "Purchases").Loaded > 0, "later pairs still load");
    }
}
