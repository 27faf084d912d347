using System.Text.Json;

namespace MappingDsl.Tests;

public sealed class RecordWriterTests
{
    private static readonly TableInfo Contacts = new("contact", "contacts", "contactid");
    private static readonly JsonEncodedText SourceId = JsonEncodedText.Encode("sm_sourceid");
    private static readonly LookupColumn ParentCustomer = new(
        "parentcustomerid",
        new LookupTarget("account", "parentcustomerid_account"),
        new LookupTarget("contact", "parentcustomerid_contact"));

    private static readonly LookupColumn AccountOwner = new("ownerid", new LookupTarget("systemuser", "ownerid"), new LookupTarget("team", "ownerid"));
    private static readonly LookupColumn TaskOwner = new("ownerid", new LookupTarget("systemuser", "ownerid_task"), new LookupTarget("team", "ownerid_task"));
    private static readonly TableInfo Tasks = new("task", "tasks", "activityid");

    private static readonly Guid AccountId = Guid.Parse("11111111-1111-1111-1111-111111111111");
    private static readonly Guid UserId = Guid.Parse("22222222-2222-2222-2222-222222222222");

    private static (RecordWriter Writer, InMemoryLookupResolver Resolver) NewWriter()
    {
        var resolver = new InMemoryLookupResolver();
        resolver.Add("Company", "C-1", new RecordId("account", "accounts", AccountId));
        resolver.AddOwner("owner@example.com", new RecordId("systemuser", "systemusers", UserId));
        return (new RecordWriter(new MapContext(resolver)), resolver);
    }

    private static JsonElement Body(TargetRecord record) => JsonDocument.Parse(record.Body).RootElement;

    [Fact]
    public void Writes_source_id_columns_lookup_and_owner_binds()
    {
        var (writer, _) = NewWriter();
        writer.Begin("Contact", Contacts, SourceId, "P-7");
        writer.Json.WriteString("lastname", "Lovelace");
        writer.Lookup(ParentCustomer, new LookupRef("Company", "C-1"));
        writer.Owner(AccountOwner, new OwnerRef("OWNER@example.com"));
        writer.End();

        var record = Assert.Single(writer.Records);
        var body = Body(record);
        Assert.Equal("P-7", body.GetProperty("sm_sourceid").GetString());
        Assert.Equal("Lovelace", body.GetProperty("lastname").GetString());
        Assert.Equal($"/accounts({AccountId})", body.GetProperty("parentcustomerid_account@odata.bind").GetString());
        Assert.Equal($"/systemusers({UserId})", body.GetProperty("ownerid@odata.bind").GetString());
        Assert.Empty(record.Problems);
        Assert.Equal("P-7", record.SourceKey);
    }

    [Fact]
    public void Owner_binds_through_the_navigation_property_the_owner_column_declares()
    {
        var (writer, _) = NewWriter();
        writer.Begin("Task", Tasks, SourceId, "T-1");
        writer.Owner(TaskOwner, new OwnerRef("owner@example.com"));
        writer.End();

        var body = Body(Assert.Single(writer.Records));
        Assert.Equal($"/systemusers({UserId})", body.GetProperty("ownerid_task@odata.bind").GetString());
        Assert.False(body.TryGetProperty("ownerid@odata.bind", out _));
        Assert.Same(TaskOwner, Assert.Single(writer.Records[0].Binds));
    }

    [Fact]
    public void A_reference_one_branch_column_holds_is_not_flagged_but_one_no_column_holds_is()
    {
        var (writer, resolver) = NewWriter();
        resolver.Add("Profiles", "P-1", new RecordId("lead", "leads", AccountId));
        var contactColumn = new LookupColumn("ib_contactid", new LookupTarget("contact", "ib_ContactId"));
        var leadColumn = new LookupColumn("ib_leadid", new LookupTarget("lead", "ib_LeadId"));

        writer.Context.BeginRecord();
        writer.Begin("ListMembers", Contacts, SourceId, "M-1");
        writer.Lookup(contactColumn, new LookupRef("Profiles", "P-1"));
        writer.Lookup(leadColumn, new LookupRef("Profiles", "P-1"));
        writer.End();
        writer.Context.BeginRecord();
        writer.Begin("ListMembers", Contacts, SourceId, "M-2");
        writer.Lookup(contactColumn, new LookupRef("Profiles", "P-1"));
        writer.End();

        Assert.Empty(writer.Records[0].Flags);
        Assert.Equal($"/leads({AccountId})", Body(writer.Records[0]).GetProperty("ib_LeadId@odata.bind").GetString());
        Assert.Contains("ib_contactid not set", Assert.Single(writer.Records[1].Flags), StringComparison.Ordinal);
    }

    [Fact]
    public void Unresolved_lookup_and_owner_become_problems_not_binds()
    {
        var (writer, _) = NewWriter();
        writer.Begin("Contact", Contacts, SourceId, "P-8");
        writer.Lookup(ParentCustomer, new LookupRef("Company", "C-404"));
        writer.Owner(AccountOwner, new OwnerRef("nobody@example.com"));
        writer.End();

        var record = Assert.Single(writer.Records);
        Assert.False(Body(record).TryGetProperty("parentcustomerid_account@odata.bind", out _));
        Assert.Equal(2, record.Problems.Count);
        Assert.Contains(record.Problems, p => p.Contains("C-404", StringComparison.Ordinal));
        Assert.Contains(record.Problems, p => p.Contains("nobody@example.com", StringComparison.Ordinal));
    }

    [Fact]
    public void Deferred_lookup_is_queued_for_the_second_pass()
    {
        var (writer, _) = NewWriter();
        writer.Begin("Contact", Contacts, SourceId, "P-9");
        writer.Lookup(ParentCustomer, new LookupRef("Company", "C-1", Deferred: true));
        writer.End();

        var record = Assert.Single(writer.Records);
        var deferred = Assert.Single(record.Deferred);
        Assert.Equal("C-1", deferred.Reference.Key);
        Assert.False(Body(record).TryGetProperty("parentcustomerid_account@odata.bind", out _));
    }

    [Fact]
    public void Null_lookup_key_writes_nothing_and_is_no_problem()
    {
        var (writer, _) = NewWriter();
        writer.Begin("Contact", Contacts, SourceId, "P-10");
        writer.Lookup(ParentCustomer, new LookupRef("Company", null));
        writer.Lookup(ParentCustomer, null);
        writer.End();

        var record = Assert.Single(writer.Records);
        Assert.Empty(record.Problems);
        Assert.Single(Body(record).EnumerateObject());
    }

    [Fact]
    public void Parties_are_written_as_one_activity_party_collection()
    {
        var (writer, resolver) = NewWriter();
        resolver.Add("Contact", "P-1", new RecordId("contact", "contacts", AccountId));
        var appointments = new TableInfo("appointment", "appointments", "activityid");
        writer.Begin("Meeting", appointments, SourceId, "M-1");
        writer.Parties(7, [new PartyRef(null, null, "owner@example.com", IsUser: true)]);
        writer.Parties(5, [new PartyRef("Contact", "P-1", "ada@example.com"), PartyRef.Address("guest@example.com")]);
        writer.End();

        var parties = Body(Assert.Single(writer.Records)).GetProperty("appointment_activity_parties").EnumerateArray().ToArray();
        Assert.Equal(3, parties.Length);
        Assert.Equal(7, parties[0].GetProperty("participationtypemask").GetInt32());
        Assert.Equal($"/systemusers({UserId})", parties[0].GetProperty("partyid_systemuser@odata.bind").GetString());
        Assert.Equal($"/contacts({AccountId})", parties[1].GetProperty("partyid_contact@odata.bind").GetString());
        Assert.Equal("guest@example.com", parties[2].GetProperty("addressused").GetString());
        Assert.False(parties[2].TryGetProperty("partyid_contact@odata.bind", out _));
    }

    [Fact]
    public void State_and_flags_travel_with_the_record_and_records_stay_separate()
    {
        var (writer, _) = NewWriter();
        writer.Begin("Task", Contacts, SourceId, "T-1");
        writer.Context.Flag("check me");
        writer.SetState(1, 5);
        writer.End();
        writer.Context.BeginRecord();
        writer.Begin("Task", Contacts, SourceId, "T-2");
        writer.End();

        Assert.Equal(2, writer.Records.Count);
        Assert.Equal((1, 5), (writer.Records[0].State, writer.Records[0].Status));
        Assert.Equal(["check me"], writer.Records[0].Flags);
        Assert.Null(writer.Records[1].State);
        Assert.Empty(writer.Records[1].Flags);
        Assert.Equal("T-1", Body(writer.Records[0]).GetProperty("sm_sourceid").GetString());
        Assert.Equal("T-2", Body(writer.Records[1]).GetProperty("sm_sourceid").GetString());

        writer.Clear();
        Assert.Empty(writer.Records);
    }

    [Fact]
    public void Lookup_resolving_to_a_table_the_column_cannot_hold_is_flagged_and_left_out()
    {
        var (writer, resolver) = NewWriter();
        resolver.Add("Contacts", "P-3", new RecordId("lead", "leads", AccountId));
        var parentContact = new LookupColumn("parentcontactid", new LookupTarget("contact", "parentcontactid"));
        writer.Begin("Deals", Contacts, SourceId, "D-1");
        writer.Lookup(parentContact, new LookupRef("Contacts", "P-3"));
        writer.End();

        var record = Assert.Single(writer.Records);
        Assert.Empty(record.Problems);
        Assert.False(Body(record).TryGetProperty("parentcontactid@odata.bind", out _));
        Assert.Contains("is a lead", Assert.Single(record.Flags), StringComparison.Ordinal);
    }

    [Fact]
    public void A_record_reused_after_Clear_is_refilled_entirely_and_a_copy_made_before_keeps_its_values()
    {
        var (writer, _) = NewWriter();
        writer.Begin("Contact", Contacts, SourceId, "P-1");
        writer.Lookup(ParentCustomer, new LookupRef("Company", "C-1"));
        writer.Lookup(ParentCustomer, new LookupRef("Company", "missing"));
        writer.Context.Flag("first");
        writer.SetState(1, 2);
        writer.End();
        var first = writer.Records[0];
        var kept = first with { Body = first.Body.ToArray() };

        writer.Clear();
        writer.Context.BeginRecord();
        writer.Begin("Task", Tasks, SourceId, "T-2");
        writer.End();

        // The writer hands out the same object again (no allocation per record), refilled field by field.
        var second = Assert.Single(writer.Records);
        Assert.Same(first, second);
        Assert.Equal(("Task", "task", "T-2", (int?)null, (int?)null), (second.Pair, second.Table.LogicalName, second.SourceKey, second.State, second.Status));
        Assert.Empty(second.Binds);
        Assert.Empty(second.Problems);
        Assert.Empty(second.Flags);
        Assert.Equal("T-2", Body(second).GetProperty("sm_sourceid").GetString());
        // The copy taken before Clear is its own record.
        Assert.Equal(("Contact", "P-1", (int?)1, (int?)2), (kept.Pair, kept.SourceKey, kept.State, kept.Status));
        Assert.Equal(["parentcustomerid"], kept.Binds.Select(b => b.LogicalName));
        Assert.Single(kept.Problems);
        Assert.Equal(["first"], kept.Flags);
        Assert.Equal("P-1", Body(kept).GetProperty("sm_sourceid").GetString());
    }

    [Fact]
    public void Records_binding_the_same_columns_share_one_read_only_bind_list()
    {
        var (writer, _) = NewWriter();
        for (var i = 0; i < 2; i++)
        {
            writer.Begin("Contact", Contacts, SourceId, "P-" + i);
            writer.Lookup(ParentCustomer, new LookupRef("Company", "C-1"));
            writer.Owner(AccountOwner, new OwnerRef("owner@example.com"));
            writer.End();
        }
        writer.Begin("Contact", Contacts, SourceId, "P-3");
        writer.Owner(AccountOwner, new OwnerRef("owner@example.com"));
        writer.End();

        var records = writer.Records;
        Assert.Same(records[0].Binds, records[1].Binds);
        Assert.Equal(["parentcustomerid", "ownerid"], records[0].Binds.Select(b => b.LogicalName));
        Assert.Equal(["ownerid"], records[2].Binds.Select(b => b.LogicalName));
        Assert.False(records[0].Binds is LookupColumn[], "a shared list must not be an array a reader could change");
    }
}
