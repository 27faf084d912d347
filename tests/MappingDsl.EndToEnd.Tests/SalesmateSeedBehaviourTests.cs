using System.Text.Json;
using MappingDsl.Catalog;
using MappingDsl.Cli.Hosting;
using MappingDsl.Dataverse.Provisioning;
using MappingDsl.Emulators.Dataverse;
using MappingDsl.Emulators.Salesmate;
using MappingDsl.Engine;
using MappingDsl.Engine.Journal;

namespace MappingDsl.EndToEnd.Tests;

/// <summary>
/// Salesmate emulator → engine → Dataverse emulator, then the seed's behaviours read back from the org: the
/// lead/contact split with the original stage, preserved source ids, the stage matrix, closed deals, activity
/// parties, notes on their parents and Team Inbox messages linked to their threads.
/// </summary>
public sealed class SalesmateSeedBehaviourTests : IAsyncLifetime
{
    private static readonly string[] ContactStages = ["Customer", "Evangelist"];

    private Lab _lab = null!;

    public async Task InitializeAsync()
    {
        _lab = await Lab.StartAsync(new SalesmateEmulatorOptions { Records = 80, Seed = 11 });
        var catalog = Lab.Catalog;
        await using var source = SourceEndpoint.ForEmulator(_lab.Salesmate, owned: false);
        await using var target = await TargetEndpoint.OpenAsync(_lab.Org.BaseUri.ToString(), CancellationToken.None);
        using var journal = MigrationJournal.Open(Path.Combine(_lab.Folder, "journal.db"));
        var run = await new MigrationEngine(catalog, source.Source, target.Target, journal)
            .MigrateAsync(new MigrationOptions { BatchSize = 50, FallbackOwner = "ava.patel@salesmate-emulator.test" }, CancellationToken.None);
        // Clean seeded data: not one rejection.
        Assert.Equal(0, run.Rejected);
        Assert.Equal(RunStatus.Completed, run.Status);
        Assert.True(run.Balanced);
    }

    public async Task DisposeAsync() => await _lab.DisposeAsync();

    private Task<List<JsonElement>> Rows(string set) => Org.RowsAsync(_lab.Org, set);

    private static string? Text(JsonElement row, string column) =>
        row.TryGetProperty(column, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    [Fact]
    public async Task Contacts_split_into_leads_and_contacts_by_stage_keeping_the_stage_and_the_source_id()
    {
        var leads = await Rows("leads");
        var contacts = await Rows("contacts");

        Assert.NotEmpty(leads);
        Assert.NotEmpty(contacts);
        Assert.All(contacts, c => Assert.Contains(Text(c, "sm_originallifecycle"), ContactStages));
        Assert.All(leads, l => Assert.DoesNotContain(Text(l, "sm_originallifecycle"), ContactStages));
        var ids = leads.Concat(contacts).Select(r => Text(r, "sm_sourceid")).ToList();
        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.Equal(_lab.Salesmate.Dataset.Count("contact"), ids.Count);
        Assert.All(contacts.Where(c => Text(c, "_parentcustomerid_value") is not null),
            c => Assert.Equal("account", Text(c, "_parentcustomerid_value@Microsoft.Dynamics.CRM.lookuplogicalname")));
    }

    [Fact]
    public async Task Every_activity_lands_with_its_reconciled_owner_bound_through_the_activity_navigation_property()
    {
        // The strict emulator refuses ownerid@odata.bind on activities (metadata declares ownerid_task …); an owner it
        // did not receive would default to the calling user, so each row must name a migrated user instead.
        var caller = new DataverseEmulatorOptions().CallerId.ToString();
        var users = (await Rows("systemusers")).Select(u => Text(u, "systemuserid")).ToHashSet();
        foreach (var set in new[] { "tasks", "phonecalls", "appointments", "emails" })
        {
            var rows = await Rows(set);
            Assert.True(rows.Count > 0, $"no {set} were loaded");
            Assert.All(rows, r => Assert.Contains(Text(r, "_ownerid_value"), users));
            Assert.All(rows, r => Assert.NotEqual(caller, Text(r, "_ownerid_value")));
        }
    }

    [Fact]
    public async Task Tags_land_as_text_and_as_the_multi_select_choice_numbered_by_discovery()
    {
        var options = Lab.Catalog.Manifest.Columns
            .Single(c => c is { Table: "account", LogicalName: "sm_tagset" }).Options.ToDictionary(o => o.Label, o => o.Value);
        var tagged = 0;
        foreach (var row in (await Rows("accounts")).Concat(await Rows("contacts")).Concat(await Rows("leads")))
        {
            var tags = Text(row, "sm_tags")?.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries) ?? [];
            var expected = tags.Where(options.ContainsKey).Select(t => options[t]).Distinct().ToList();
            Assert.Equal(expected.Count == 0 ? null : string.Join(",", expected), Text(row, "sm_tagset"));
            tagged += expected.Count > 0 ? 1 : 0;
        }
        Assert.True(tagged > 0, "the emulated records should carry tags");
    }

    [Fact]
    public async Task Deals_land_through_the_stage_matrix_and_closed_deals_arrive_closed()
    {
        var opportunities = await Rows("opportunities");

        Assert.Equal(_lab.Salesmate.Dataset.Count("deal"), opportunities.Count);
        Assert.All(opportunities, o =>
        {
            Assert.InRange(o.GetProperty("salesstage").GetInt32(), 0, 3);
            Assert.NotNull(Text(o, "sm_salesmatestage"));
        });
        // A deal whose only customer became a lead keeps no customer (a lead cannot be one); the run flags it.
        Assert.All(opportunities.Where(o => Text(o, "_customerid_value") is not null),
            o => Assert.Contains(Text(o, "_customerid_value@Microsoft.Dynamics.CRM.lookuplogicalname"), new[] { "account", "contact" }));
        Assert.Contains(opportunities, o => Text(o, "_customerid_value") is not null);
        Assert.Contains(opportunities, o => o.GetProperty("statecode").GetInt32() != 0);
    }

    [Fact]
    public async Task Meetings_carry_their_attendees_and_organizer_as_activity_parties()
    {
        var appointments = await Rows("appointments");

        Assert.NotEmpty(appointments);
        Assert.All(appointments, a =>
        {
            var parties = a.GetProperty("appointment_activity_parties").EnumerateArray().ToList();
            Assert.Contains(parties, p => p.GetProperty("participationtypemask").GetInt32() == 7);
        });
        Assert.Contains(appointments, a => a.GetProperty("appointment_activity_parties").EnumerateArray()
            .Any(p => p.GetProperty("participationtypemask").GetInt32() == 5 && p.TryGetProperty("_partyid_value", out _)));
    }

    [Fact]
    public async Task Notes_sit_on_their_parents_and_team_inbox_messages_on_their_threads()
    {
        var notes = await Rows("annotations");
        var emails = await Rows("emails");
        var threads = await Rows("sm_teaminboxthreads");

        Assert.NotEmpty(notes);
        Assert.All(notes, n => Assert.NotNull(Text(n, "_objectid_value")));
        var messages = emails.Where(e => Text(e, "sm_sourceid")!.StartsWith("teaminbox-", StringComparison.Ordinal)).ToList();
        Assert.Equal(_lab.Salesmate.Dataset.Count("teamInboxMessage"), messages.Count);
        Assert.Equal(_lab.Salesmate.Dataset.Count("email"), emails.Count - messages.Count);
        var threadIds = threads.Select(t => Text(t, "sm_teaminboxthreadid")).ToHashSet();
        Assert.All(messages, m => Assert.Contains(Text(m, "_sm_teaminboxthreadid_value"), threadIds));
    }

    private const string LogicalName = "@Microsoft.Dynamics.CRM.lookuplogicalname";

    [Fact]
    public async Task An_email_on_a_deal_shows_up_on_its_contact_through_an_activity_party_bound_to_the_contact()
    {
        var people = new Dictionary<string, (string Table, string Id)>(StringComparer.OrdinalIgnoreCase);
        foreach (var c in await Rows("contacts"))
            people.TryAdd(Text(c, "emailaddress1") ?? "", ("contact", Text(c, "contactid")!));
        foreach (var l in await Rows("leads"))
            people.TryAdd(Text(l, "emailaddress1") ?? "", ("lead", Text(l, "leadid")!));
        var emails = (await Rows("emails")).Where(e => !Text(e, "sm_sourceid")!.StartsWith("teaminbox-", StringComparison.Ordinal)).ToList();
        var parties = emails.SelectMany(e => e.GetProperty("email_activity_parties").EnumerateArray().Select(p => (Email: e, Party: p))).ToList();

        // Every sender or recipient whose address is a migrated person's is bound to that lead or contact.
        var bound = 0;
        foreach (var (_, party) in parties)
        {
            if (Text(party, "addressused") is not { } address || !people.TryGetValue(address, out var person))
                continue;
            Assert.Equal(person.Id, Text(party, "_partyid_value"));
            Assert.Equal(person.Table, Text(party, "_partyid_value" + LogicalName));
            bound++;
        }
        Assert.True(bound > emails.Count / 2, $"only {bound} parties of {emails.Count} emails were bound to people");
        Assert.Contains(parties, x => Text(x.Email, "_regardingobjectid_value" + LogicalName) == "opportunity"
            && Text(x.Party, "_partyid_value" + LogicalName) == "contact");
    }
}
