using System.Globalization;
using System.Text.Json;
using MappingDsl.Catalog;
using MappingDsl.Cli.Hosting;
using MappingDsl.Dataverse.Provisioning;
using MappingDsl.Emulators.Dataverse;
using MappingDsl.Emulators.Wetroo;
using MappingDsl.Engine;
using MappingDsl.Engine.Journal;
using MappingDsl.Engine.Reports;
using MappingDsl.Sources;
using MappingDsl.Sources.Throttling;
using MappingDsl.Sources.Wetroo;

namespace MappingDsl.EndToEnd.Tests;

/// <summary>
/// Wetroo emulator (throttled, with its data-quality cases) → engine → Dataverse emulator, then the scope's behaviours
/// read back from the org and compared with what the source holds: 1:1 rows keyed by the Wetroo id, the stage matrix
/// with the original stage and order, typed custom fields, owners queued, team names, and a reconciliation.
/// </summary>
public sealed class WetrooSeedBehaviourTests : IAsyncLifetime
{
    private const string Fallback = "aarav.shah@wetroo-emulator.test";

    // The stage matrix the customer signed (docs/customers/wetroo-mapping.md): Dataverse sales stage 0 Qualify,
    // 1 Develop, 2 Propose, 3 Close.
    private static readonly Dictionary<string, int> SignedStages = new(StringComparer.Ordinal)
    {
        ["New Chat"] = 0,
        ["Interested"] = 0,
        ["Enquiry"] = 0,
        ["Renewal Due"] = 0,
        ["Follow Up (old)"] = 0,
        ["Hot Lead (retired)"] = 0,
        ["Demo Booked"] = 1,
        ["Sample Sent"] = 1,
        ["Reminder Sent"] = 1,
        ["Quote Sent"] = 2,
        ["Negotiation"] = 2,
        ["Won"] = 3,
        ["Lost"] = 3,
        ["Order Placed"] = 3,
        ["Dropped"] = 3,
        ["Renewed"] = 3,
        ["Churned"] = 3,
    };

    private WetrooEmulator _wetroo = null!;
    private DataverseEmulator _org = null!;
    private string _folder = null!;
    private RunReport _blocked = null!;
    private RunReport _migrated = null!;
    private RunReport _reconciled = null!;

    private static MapCatalog Catalog
    {
        get
        {
            PackLoader.LoadAll();
            return MapPackRegistry.Get("wetroo");
        }
    }

    public async Task InitializeAsync()
    {
        _folder = Directory.CreateTempSubdirectory("mapdsl-e2e-wetroo-").FullName;
        // An undisclosed limit that halves mid-run: the extractor must learn it and still lose nothing.
        _wetroo = await WetrooEmulator.StartAsync(new WetrooEmulatorOptions
        {
            Records = 160,
            Seed = 13,
            ThrottleLimit = 4,
            ThrottleWindow = TimeSpan.FromMilliseconds(200),
            ThrottleChanges = [new ThrottleChange(15, 2)],
        });
        _org = await DataverseEmulator.StartAsync(TargetEndpoint.EmulatorOptions());
        await using var target = await TargetEndpoint.OpenAsync(_org.BaseUri.ToString(), CancellationToken.None);
        await new SchemaProvisioner(target.Client).ApplyAsync(Catalog.Manifest);
        await using var source = SourceEndpoint.ForWetrooEmulator(_wetroo, owned: false);
        using var journal = MigrationJournal.Open(Path.Combine(_folder, "journal.db"));
        var engine = new MigrationEngine(Catalog, source.Source, target.Target, journal);
        var options = new MigrationOptions { BatchSize = 50 };
        _blocked = await engine.MigrateAsync(options, CancellationToken.None);
        _migrated = await engine.MigrateAsync(options with { FallbackOwner = Fallback }, CancellationToken.None);
        _reconciled = await engine.ReconcileAsync(_migrated.RunId, VerifySpec.All, CancellationToken.None);
    }

    public async Task DisposeAsync()
    {
        await _wetroo.DisposeAsync();
        await _org.DisposeAsync();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public void Every_record_loads_balanced_and_every_spot_checked_field_matches_after_the_throttle_was_learned()
    {
        Assert.Equal(RunStatus.Completed, _migrated.Status);
        Assert.Equal(0, _migrated.Rejected);
        Assert.True(_wetroo.Stats.Throttled > 0, "the emulator never throttled, so the run proved nothing about pacing");
        foreach (var report in new[] { _migrated, _reconciled })
        {
            Assert.All(report.Phases.SelectMany(p => p.Pairs), p => Assert.True(p.Balanced, p.Pair));
            var verification = report.Phases.SelectMany(p => p.Verification).ToList();
            Assert.Contains(verification, v => v.Pair == "Deals" && v.Checked > 0);
            Assert.All(verification, v => Assert.True(v.Checked == v.Matched, $"{v.Pair}: {string.Join("; ", v.Differences.Take(3))}"));
        }

        var loaded = _migrated.Phases.SelectMany(p => p.Pairs).ToDictionary(p => p.Pair);
        Assert.Equal(_wetroo.Dataset.Count("contact"), loaded["Contacts"].Loaded);
        Assert.Equal(_wetroo.Dataset.Count("lead"), loaded["Leads"].Loaded);
        Assert.Equal(_wetroo.Dataset.Count("deal"), loaded["Deals"].Loaded);
    }

    [Fact]
    public void Owners_without_a_Dynamics_user_are_queued_before_any_record_loads()
    {
        Assert.Equal(RunStatus.Blocked, _blocked.Status);
        Assert.Equal(0, _blocked.Loaded);
        var queued = _blocked.Owners.Where(o => o.Status == OwnerEntry.Unmatched).Select(o => o.Email).Order(StringComparer.Ordinal);
        Assert.Equal(WetrooEmulatorCatalog.OwnersWithoutDynamicsUser.Order(StringComparer.Ordinal), queued);
    }

    [Fact]
    public async Task Contacts_leads_and_deals_are_one_to_one_keyed_by_the_wetroo_id()
    {
        foreach (var (set, module) in new[] { ("contacts", "contact"), ("leads", "lead"), ("opportunities", "deal") })
        {
            var ids = (await Org.RowsAsync(_org, set)).Select(r => Text(r, "wt_sourceid")).ToList();
            Assert.Equal(ids.Count, ids.Distinct().Count());
            Assert.Equal(_wetroo.Dataset.Ids(module).Select(i => i.ToString(CultureInfo.InvariantCulture)).Order(StringComparer.Ordinal), ids.Order(StringComparer.Ordinal));
        }
    }

    [Fact]
    public async Task Deals_land_through_the_stage_matrix_with_the_original_stage_its_order_and_their_contact()
    {
        var source = await SourceRows("deal");
        var opportunities = (await Org.RowsAsync(_org, "opportunities")).ToDictionary(o => Text(o, "wt_sourceid")!);
        var contacts = (await Org.RowsAsync(_org, "contacts")).ToDictionary(c => Text(c, "contactid")!, c => Text(c, "wt_sourceid"));

        Assert.Contains(source.Values, d => d.GetProperty("stageOrder").ValueKind == JsonValueKind.Null);
        Assert.Contains(source.Values, d => !contacts.ContainsValue(d.GetProperty("contactId").GetInt64().ToString(CultureInfo.InvariantCulture)));
        foreach (var (id, deal) in source)
        {
            var o = opportunities[id];
            var stage = deal.GetProperty("stage").GetString()!;
            Assert.Equal(SignedStages[stage], o.GetProperty("salesstage").GetInt32());
            Assert.Equal(stage, Text(o, "wt_originalstage"));
            Assert.Equal(Nullable(deal, "stageOrder", e => (int?)e.GetInt32()), Nullable(o, "wt_stageorder", e => (int?)e.GetInt32()));
            var contactId = deal.GetProperty("contactId").GetInt64().ToString(CultureInfo.InvariantCulture);
            Assert.Equal(contactId, Text(o, "wt_contactwetrooid"));
            var customer = Text(o, "_customerid_value");
            Assert.Equal(contacts.ContainsValue(contactId) ? contactId : null, customer is null ? null : contacts[customer]);
            Assert.Equal(deal.GetProperty("status").GetString() switch { "won" => 1, "lost" => 2, _ => 0 }, o.GetProperty("statecode").GetInt32());
        }
    }

    [Fact]
    public async Task Custom_fields_of_every_type_arrive_typed_and_leads_keep_status_source_and_score()
    {
        var contacts = (await Org.RowsAsync(_org, "contacts")).ToDictionary(c => Text(c, "wt_sourceid")!);
        var language = WetrooEmulatorCatalog.CustomFields.Single(f => f.Key == "cf_language").Options.ToList();
        foreach (var (id, contact) in await SourceRows("contact"))
        {
            var row = contacts[id];
            var fields = contact.GetProperty("customFields");
            Assert.Equal(Nullable(fields, "cf_gst_number", e => e.GetString()), Nullable(row, "wt_gstnumber", e => e.GetString()));
            Assert.Equal(Nullable(fields, "cf_orders_count", e => e.GetDecimal()), Nullable(row, "wt_orderscount", e => e.GetDecimal()));
            Assert.Equal(Nullable(fields, "cf_birthday", e => e.GetString()), Nullable(row, "wt_birthday", e => e.GetString()));
            Assert.Equal(Nullable(fields, "cf_language", e => (int?)(100_000_000 + language.IndexOf(e.GetString()!))), Nullable(row, "wt_language", e => (int?)e.GetInt32()));
        }

        var leads = (await Org.RowsAsync(_org, "leads")).ToDictionary(l => Text(l, "wt_sourceid")!);
        foreach (var (id, lead) in await SourceRows("lead"))
        {
            var row = leads[id];
            Assert.Equal(Nullable(lead, "qualificationScore", e => (int?)e.GetInt32()), Nullable(row, "wt_qualificationscore", e => (int?)e.GetInt32()));
            Assert.Equal(Nullable(lead, "status", e => e.GetString()), Text(row, "wt_leadstatus"));
            Assert.Equal(Nullable(lead, "source", e => e.GetString()), Text(row, "wt_leadsource"));
            Assert.Equal(lead.GetProperty("status").GetString() switch { "Qualified" => 1, "Unqualified" => 2, _ => 0 }, row.GetProperty("statecode").GetInt32());
        }
    }

    [Fact]
    public async Task Team_names_land_as_text_and_as_the_multi_select_choice_numbered_by_discovery()
    {
        var options = Catalog.Manifest.Columns.Single(c => c is { Table: "contact", LogicalName: "wt_teamset" }).Options.ToDictionary(o => o.Label, o => o.Value);
        Assert.Equal(WetrooEmulatorCatalog.Teams.Select(t => t.Name).Order(StringComparer.Ordinal), options.Keys.Order(StringComparer.Ordinal));
        var contacts = (await Org.RowsAsync(_org, "contacts")).ToDictionary(c => Text(c, "wt_sourceid")!);
        var withTeams = 0;
        foreach (var (id, contact) in await SourceRows("contact"))
        {
            var teams = contact.GetProperty("teams").EnumerateArray().Select(t => t.GetString()!).ToList();
            Assert.Equal(teams.Count == 0 ? null : string.Join("; ", teams), Text(contacts[id], "wt_teams"));
            var expected = teams.Select(t => options[t]).Order().ToList();
            var actual = Text(contacts[id], "wt_teamset")?.Split(',').Select(int.Parse).Order().ToList() ?? [];
            Assert.Equal(expected, actual);
            withTeams += teams.Count > 0 ? 1 : 0;
        }

        Assert.True(withTeams > 0, "the emulated contacts should be shared with teams");
    }

    private static string? Text(JsonElement row, string column) =>
        row.TryGetProperty(column, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static T? Nullable<T>(JsonElement row, string name, Func<JsonElement, T> read) =>
        row.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null ? read(value) : default;

    // What Wetroo holds, read with a fresh, unthrottled-pace extractor so the comparison does not trust the engine's reads.
    private async Task<Dictionary<string, JsonElement>> SourceRows(string module)
    {
        var limit = _wetroo.ThrottleLimit;
        _wetroo.ThrottleLimit = 0;
        try
        {
            using var extractor = new WetrooExtractor(new WetrooOptions
            {
                BaseUri = _wetroo.BaseUri,
                ApiKey = _wetroo.ApiKey,
                Rate = new AdaptiveRateOptions { InitialRate = 1_000, MaxRate = 5_000 },
            });
            var rows = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
            await foreach (SourceRecord record in extractor.ReadAsync(module, null, CancellationToken.None))
            {
                using var document = JsonDocument.Parse(record.Json);
                rows[record.Id!] = document.RootElement.Clone();
            }

            return rows;
        }
        finally
        {
            _wetroo.ThrottleLimit = limit;
        }
    }
}
