using System.Text.Json;
using MappingDsl.Cli.Commands;
using MappingDsl.Emulators.CustomerIo;
using MappingDsl.Engine.Reports;
using MappingDsl.Maps.CustomerIo;
using MappingDsl.Sources.CustomerIo;

namespace MappingDsl.EndToEnd.Tests;

/// <summary>
/// Issue #15, "a segment whose rules translate is stored as FetchXML that, run against the loaded data, returns exactly
/// the segment's members": the Customer.io emulator's people go through the pack into the Dataverse emulator; each
/// segment's marketing lists are read back from the org, their stored queries run over contacts and leads through the
/// org's own <c>fetchXml</c> query, and the people they return (by the Customer.io id both tables keep) must be the
/// emulator's members of the segment.
/// </summary>
/// <remarks>
/// The review test changes the pack's setting for the length of its run, so these tests run alone (no other test of
/// the assembly at the same time).
/// </remarks>
[Collection(nameof(CustomerIoSegmentListTests))]
public sealed class CustomerIoSegmentListTests() : EmulatedOrgTest("customerio-segments")
{
    [Fact]
    public async Task Each_translatable_segments_stored_queries_return_exactly_its_members_among_the_migrated_contacts_and_leads()
    {
        await using var source = await CustomerIoEmulator.StartAsync(CustomerIoDemo.EmulatorOptions(120));
        var (run, flags) = await MigrateAsync(source);
        Assert.Equal(0, run.Rejected);
        // Under the default setting (Lead) people who are not contacts are plain leads: no review flags.
        Assert.Equal(NonContactPeople.Lead, CustomerIoPack.PeopleWhoAreNotContacts);
        Assert.DoesNotContain(flags, f => f.Pair == "People");

        // Dataverse id → Customer.io id, from the org: the pack keeps the cio_id on contacts and leads alike.
        var person = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (set, id) in new[] { ("contacts", "contactid"), ("leads", "leadid") })
        {
            foreach (var row in await Org.RowsAsync(Dataverse, set))
                person[row.GetProperty(id).GetString()!] = row.GetProperty("cio_cioid").GetString()!;
        }
        var lists = await Org.RowsAsync(Dataverse, "lists");
        var translated = 0;
        foreach (var segment in source.Dataset.Segments)
        {
            var mine = lists.Where(l => l.GetProperty("cio_sourceid").GetString() is { } key && (key == segment.Id + "-contacts" || key == segment.Id + "-leads")).ToList();
            Assert.Equal([2, 4], mine.Select(l => l.GetProperty("createdfromcode").GetInt32()).Order());
            if (mine.Any(l => !l.GetProperty("type").GetBoolean()))
            {
                // Not expressible: static lists without a query, whose description says precisely why.
                Assert.All(mine, l => Assert.False(l.GetProperty("type").GetBoolean()));
                Assert.All(mine, l => Assert.True(!l.TryGetProperty("query", out var query) || query.ValueKind == JsonValueKind.Null));
                Assert.All(mine, l => Assert.Matches(@"cannot be expressed over (contact|lead)s, so this list is static and empty \(add its members by hand\): \S", l.GetProperty("description").GetString()));
                continue;
            }
            translated++;
            var selected = new List<string>();
            foreach (var list in mine)
            {
                var set = list.GetProperty("createdfromcode").GetInt32() == 2 ? "contacts" : "leads";
                selected.AddRange((await FetchAsync(set, list.GetProperty("query").GetString()!)).Select(id => person[id]));
            }
            Assert.NotEmpty(segment.Members);
            Assert.True(segment.Members.Order(StringComparer.Ordinal).SequenceEqual(selected.Order(StringComparer.Ordinal)),
                $"segment {segment.Id} '{segment.Name}': Customer.io has {segment.Members.Count} members, the stored queries return {selected.Count}: "
                + $"missing [{string.Join(", ", segment.Members.Except(selected))}], extra [{string.Join(", ", selected.Except(segment.Members))}]");
        }
        // The four rule-based segments translate (one through another segment's rules, one over lead emails kept in
        // two columns); the manual one does not.
        Assert.Equal(4, translated);
    }

    [Fact]
    public async Task Under_the_review_setting_people_who_are_not_contacts_load_as_leads_flagged_for_review_and_reconcile()
    {
        await using var source = await CustomerIoEmulator.StartAsync(CustomerIoDemo.EmulatorOptions(60));
        CustomerIoPack.PeopleWhoAreNotContacts = NonContactPeople.Review;
        RunReport run;
        IReadOnlyList<(string Pair, string SourceKey, string Flag)> flags;
        try
        {
            (run, flags) = await MigrateAsync(source);
        }
        finally
        {
            CustomerIoPack.PeopleWhoAreNotContacts = NonContactPeople.Lead;
        }

        // Nothing is lost: every person is a contact or a lead, nothing rejected, and reconciliation balances.
        Assert.Equal(0, run.Rejected);
        Assert.All(run.Phases.SelectMany(p => p.Pairs), p => Assert.True(p.Balanced, p.Pair + ": " + string.Join("; ", p.Differences)));
        Assert.All(run.Phases.SelectMany(p => p.Verification), v => Assert.True(v.Checked == v.Matched, v.Pair));
        var contacts = await Org.RowsAsync(Dataverse, "contacts");
        var leads = await Org.RowsAsync(Dataverse, "leads");
        Assert.Equal(source.Dataset.People.Count, contacts.Count + leads.Count);
        Assert.NotEmpty(contacts);

        // Every lead, and only the leads, waits in the review flags, with the reason also on the lead.
        var reviewed = flags.Where(f => f.Pair == "People").ToList();
        Assert.Equal(leads.Select(l => l.GetProperty("cio_cioid").GetString()!).Order(StringComparer.Ordinal), reviewed.Select(f => f.SourceKey).Order(StringComparer.Ordinal));
        Assert.All(reviewed, f => Assert.StartsWith("Customer.io person for review, a lead because ", f.Flag, StringComparison.Ordinal));
        Assert.All(leads, l => Assert.Equal(reviewed.Single(f => f.SourceKey == l.GetProperty("cio_cioid").GetString()).Flag, l.GetProperty("qualificationcomments").GetString()));
        Assert.All(contacts, c => Assert.False(c.TryGetProperty("qualificationcomments", out var comment) && comment.ValueKind != JsonValueKind.Null));
    }

    private async Task<(RunReport Run, IReadOnlyList<(string Pair, string SourceKey, string Flag)> Flags)> MigrateAsync(CustomerIoEmulator source)
    {
        using var extractor = new CustomerIoExtractor(CustomerIoDemo.LocalOptions(source));
        return await MigrateAsync("customerio", extractor, 200, (_, journal, report) => Task.FromResult((report, journal.Flags(report.RunId))));
    }

    // The org runs the stored FetchXML itself (GET <set>?fetchXml=…); the primary keys it returns.
    private async Task<List<string>> FetchAsync(string set, string fetchXml)
    {
        using var http = Org.Http();
        using var response = await http.GetAsync(new Uri(Dataverse.ServiceRoot, set + "?fetchXml=" + Uri.EscapeDataString(fetchXml)));
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, body);
        var id = set == "contacts" ? "contactid" : "leadid";
        return [.. JsonDocument.Parse(body).RootElement.GetProperty("value").EnumerateArray().Select(r => r.GetProperty(id).GetString()!)];
    }
}

/// <summary>Runs the Customer.io pack-setting tests alone: the setting is the pack's, shared by every run in the process.</summary>
[CollectionDefinition(nameof(CustomerIoSegmentListTests), DisableParallelization = true)]
public sealed class CustomerIoSettingCollection;
