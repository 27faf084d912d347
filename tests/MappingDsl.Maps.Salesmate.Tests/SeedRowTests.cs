using MappingDsl.Catalog;

namespace MappingDsl.Maps.Salesmate.Tests;

// Choice values are literal numbers from the metadata (maps/MappingDsl.Maps.Dataverse/metadata/*.json for standard
// columns: salesstage Propose = 2, opportunity statecode Lost = 2, task prioritycode High = 2, task statecode
// Completed = 1; Custom/Salesmate/SalesmateChoices.cs for the pack's own: 100000000 upwards), never the generated
// enum, which would agree with a wrong value.

/// <summary>One test per object row of the Salesmate scope (seeds/001): each row's behaviour, through the generated transform.</summary>
public sealed class SeedRowTests
{
    private static string Bind(Guid id, string set) => $"/{set}({id})";

    [Fact]
    public void Company_becomes_an_account_with_website_owner_custom_fields_and_source_id()
    {
        var (record, body) = PairRunner.Single("Companies", Samples.Company());

        Assert.Equal("account", record.Table.LogicalName);
        Assert.Equal("12", body.GetProperty("sm_sourceid").GetString());
        Assert.Equal("Northwind Traders", body.GetProperty("name").GetString());
        Assert.Equal("northwind.example.com", body.GetProperty("websiteurl").GetString());
        Assert.Equal("EMEA", body.GetProperty("sm_region").GetString());
        Assert.Equal(100000000, body.GetProperty("sm_tier").GetInt32());
        Assert.Equal("enterprise,renewal", body.GetProperty("sm_tags").GetString());
        // Under 300 distinct tags in discovery: the multi-select choice too, with the values the snapshot fixed.
        var options = ProvisioningManifest.Parse(SalesmatePack.Catalog.ManifestJson).Columns
            .Single(c => c is { Table: "account", LogicalName: "sm_tagset" }).Options.ToDictionary(o => o.Label, o => o.Value);
        Assert.Equal($"{options["enterprise"]},{options["renewal"]}", body.GetProperty("sm_tagset").GetString());
        Assert.Equal(Bind(Samples.UserId, "systemusers"), body.GetProperty("ownerid@odata.bind").GetString());
        Assert.StartsWith("2024-01-05T10:00:00", body.GetProperty("overriddencreatedon").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Subscriber", "lead")]
    [InlineData("Lead", "lead")]
    [InlineData("Marketing Qualified Lead", "lead")]
    [InlineData("Customer", "contact")]
    [InlineData("Evangelist", "contact")]
    public void Contact_splits_into_lead_or_contact_by_lifecycle_stage_and_keeps_the_stage(string stage, string table)
    {
        var (record, body) = PairRunner.Single("Contacts", Samples.Contact(40, stage));

        Assert.Equal(table, record.Table.LogicalName);
        Assert.Equal(stage, body.GetProperty("sm_originallifecycle").GetString());
        Assert.Equal("40", body.GetProperty("sm_sourceid").GetString());
        if (table == "contact")
            Assert.Equal(Bind(Samples.AccountId, "accounts"), body.GetProperty("parentcustomerid_account@odata.bind").GetString());
        else
            Assert.Equal("Jane Doe", body.GetProperty("subject").GetString());
    }

    [Theory]
    [InlineData("customer", "contact")]
    [InlineData(" EVANGELIST ", "contact")]
    [InlineData("other", "lead")]
    public void Contact_split_compares_stages_ignoring_case_as_its_matrix_states(string stage, string table)
    {
        var (record, _) = PairRunner.Single("Contacts", Samples.Contact(40, stage));

        Assert.Equal(table, record.Table.LogicalName);
        Assert.Empty(record.Flags);
    }

    [Fact]
    public void Contact_with_a_stage_outside_the_split_matrix_becomes_a_lead_flagged_for_review()
    {
        var (record, _) = PairRunner.Single("Contacts", Samples.Contact(40, "Partner Referral"));

        Assert.Equal("lead", record.Table.LogicalName);
        var flag = Assert.Single(record.Flags);
        Assert.Contains("'Partner Referral'", flag, StringComparison.Ordinal);
        Assert.Equal(MatrixComparison.IgnoreCase, SalesmatePack.Catalog.Picklists.Single(p => p.Splits.Contains("Contacts")).Comparison);
        Assert.Equal("Lifecycle stage → lead or contact", SalesmatePack.Catalog.Pair("Contacts").SplitMatrix);
    }

    [Fact]
    public void Contact_multi_select_and_select_custom_fields_become_choices()
    {
        var (_, body) = PairRunner.Single("Contacts", Samples.Contact(40, "Customer"));

        Assert.Equal(100000000, body.GetProperty("sm_preferredchannel").GetInt32());
        Assert.Contains("100000001", body.GetProperty("sm_interests").ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Deal_becomes_an_opportunity_through_the_stage_matrix_and_arrives_lost()
    {
        var (record, body) = PairRunner.Single("Deals", Samples.Deal("Proposal", "Lost"));

        Assert.Equal("opportunity", record.Table.LogicalName);
        Assert.Equal(2, body.GetProperty("salesstage").GetInt32());
        Assert.Equal("Proposal", body.GetProperty("sm_salesmatestage").GetString());
        Assert.Equal(60, body.GetProperty("closeprobability").GetInt32());
        Assert.Equal(100000000, body.GetProperty("sm_pipeline").GetInt32());
        Assert.Equal("Price", body.GetProperty("sm_lostreason").GetString());
        Assert.Equal(Bind(Samples.AccountId, "accounts"), body.GetProperty("customerid_account@odata.bind").GetString());
        Assert.Equal(2, record.State);
    }

    [Fact]
    public void Deal_with_a_stage_outside_the_matrix_is_rejected_with_the_value_as_reason()
    {
        var (outcome, writer) = PairRunner.Run("Deals", Samples.Deal("Pilot", "Open"));

        Assert.Equal(TransformStatus.Rejected, outcome.Status);
        Assert.Contains("Pilot", outcome.Reason, StringComparison.Ordinal);
        Assert.Empty(writer.Records);
    }

    [Fact]
    public void Deal_stage_pipelines_are_inventoried_with_probabilities_and_their_sales_stage()
    {
        var (outcome, writer) = PairRunner.Run("DealStages", Samples.Pipeline);

        Assert.Equal(TransformStatus.Written, outcome.Status);
        var (row, key) = Assert.Single(writer.Inventory);
        Assert.Equal("1", key);
        Assert.Equal("New (10); Proposal (60); Pilot (70)", row["Stages (probability %)"]);
        Assert.Contains("Proposal → Propose", row["Dataverse sales stages"], StringComparison.Ordinal);
        Assert.Contains("Pilot → NOT IN THE STAGE MATRIX", row["Dataverse sales stages"], StringComparison.Ordinal);
        Assert.NotNull(SalesmatePack.Catalog.Pair("DealStages").LossyReason);
    }

    [Fact]
    public void Task_keeps_status_priority_due_date_owner_and_arrives_completed_regarding_its_deal()
    {
        var (record, body) = PairRunner.Single("Tasks", Samples.Activity("Task", ""","status":"Completed","priority":"High" """));

        Assert.Equal("task", record.Table.LogicalName);
        Assert.Equal(Bind(Samples.OpportunityId, "opportunities"), body.GetProperty("regardingobjectid_opportunity_task@odata.bind").GetString());
        Assert.Equal(2, body.GetProperty("prioritycode").GetInt32());
        Assert.StartsWith("2025-03-20T15:00:00", body.GetProperty("scheduledend").GetString(), StringComparison.Ordinal);
        Assert.Equal(1, record.State);
    }

    [Fact]
    public void Email_keeps_body_subject_thread_metadata_and_parties()
    {
        var (record, body) = PairRunner.Single("Emails", Samples.Email);

        Assert.Equal("email", record.Table.LogicalName);
        Assert.Equal("<p>Hi Jane</p>", body.GetProperty("description").GetString());
        Assert.Equal("t-5001", body.GetProperty("sm_threadid").GetString());
        var parties = body.GetProperty("email_activity_parties").EnumerateArray().ToArray();
        Assert.Contains(parties, p => p.GetProperty("participationtypemask").GetInt32() == 1
            && p.GetProperty("partyid_systemuser@odata.bind").GetString() == Bind(Samples.UserId, "systemusers"));
        Assert.Contains(parties, p => p.GetProperty("participationtypemask").GetInt32() == 2
            && p.GetProperty("addressused").GetString() == "jane.doe@northwind.example.com");
        Assert.Equal(Bind(Samples.OpportunityId, "opportunities"), body.GetProperty("regardingobjectid_opportunity_email@odata.bind").GetString());
    }

    [Fact]
    public void Email_recipients_resolve_by_address_to_the_migrated_person_else_stay_bare_and_flagged()
    {
        var jane = Guid.Parse("4a1d1f52-0000-4000-8000-000000000040");
        var resolver = Samples.Resolver();
        resolver.AddEmail("Contacts", "JANE.DOE@northwind.example.com", new RecordId("contact", "contacts", jane));

        var (bound, body) = PairRunner.Single("Emails", Samples.Email, resolver);
        var (bare, _) = PairRunner.Single("Emails", Samples.Email);

        var to = body.GetProperty("email_activity_parties").EnumerateArray().Single(p => p.GetProperty("participationtypemask").GetInt32() == 2);
        Assert.Equal(Bind(jane, "contacts"), to.GetProperty("partyid_contact@odata.bind").GetString());
        Assert.Equal("jane.doe@northwind.example.com", to.GetProperty("addressused").GetString());
        Assert.Empty(bound.Flags);
        Assert.Contains(bare.Flags, f => f.Contains("'jane.doe@northwind.example.com'", StringComparison.Ordinal) && f.Contains("bare address", StringComparison.Ordinal));
    }

    [Fact]
    public void Call_becomes_a_phone_call_with_duration_outcome_recording_and_parties()
    {
        var extra = ""","callDirection":"Outgoing","callOutcome":"Connected","callDurationSeconds":754,"recordingUrl":"https://rec.example.com/1","phoneNumber":"+1 206 555 0101" """;
        var (record, body) = PairRunner.Single("Calls", Samples.Activity("Call", extra));

        Assert.Equal("phonecall", record.Table.LogicalName);
        Assert.Equal("Connected", body.GetProperty("sm_calloutcome").GetString());
        Assert.Equal(754, body.GetProperty("sm_durationseconds").GetInt32());
        Assert.Equal("https://rec.example.com/1", body.GetProperty("sm_recordingurl").GetString());
        Assert.True(body.GetProperty("directioncode").GetBoolean());
        var parties = body.GetProperty("phonecall_activity_parties").EnumerateArray().ToArray();
        Assert.Contains(parties, p => p.GetProperty("participationtypemask").GetInt32() == 2
            && p.GetProperty("partyid_contact@odata.bind").GetString() == Bind(Samples.ContactId, "contacts"));
    }

    [Fact]
    public void Meeting_becomes_an_appointment_with_attendees_as_activity_parties()
    {
        var (record, body) = PairRunner.Single("Meetings", Samples.Activity("Meeting", Samples.Meeting));

        Assert.Equal("appointment", record.Table.LogicalName);
        Assert.Equal("Teams", body.GetProperty("location").GetString());
        var parties = body.GetProperty("appointment_activity_parties").EnumerateArray().ToArray();
        Assert.Contains(parties, p => p.GetProperty("participationtypemask").GetInt32() == 7);
        Assert.Contains(parties, p => p.GetProperty("participationtypemask").GetInt32() == 5
            && p.GetProperty("partyid_contact@odata.bind").GetString() == Bind(Samples.ContactId, "contacts"));
        Assert.Contains(parties, p => p.GetProperty("participationtypemask").GetInt32() == 5
            && p.GetProperty("addressused").GetString() == "guest@example.com");
        Assert.Contains("guest@example.com: None", body.GetProperty("sm_attendeeresponses").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("deal", 301, "objectid_opportunity@odata.bind", "opportunities")]
    [InlineData("company", 12, "objectid_account@odata.bind", "accounts")]
    [InlineData("contact", 40, "objectid_contact@odata.bind", "contacts")]
    [InlineData("contact", 41, "objectid_lead@odata.bind", "leads")]
    public void Note_becomes_an_annotation_on_its_parent(string module, long id, string bind, string set)
    {
        var (record, body) = PairRunner.Single("Notes", Samples.Note(module, id));

        Assert.Equal("annotation", record.Table.LogicalName);
        Assert.StartsWith($"/{set}(", body.GetProperty(bind).GetString(), StringComparison.Ordinal);
        Assert.Equal("<p>Called about renewal.</p>", body.GetProperty("notetext").GetString());
    }

    [Fact]
    public void Owner_without_a_dynamics_user_is_a_problem_for_reconciliation()
    {
        var (record, _) = PairRunner.Single("Contacts", Samples.Contact(40, "Customer", ownerEmail: "gone@salesmate-emulator.test"));

        Assert.Contains(record.Problems, p => p.Contains("gone@salesmate-emulator.test", StringComparison.Ordinal));
    }

    [Fact]
    public void Team_inbox_thread_becomes_a_custom_table_record_and_its_messages_emails_linked_to_it()
    {
        var (thread, threadBody) = PairRunner.Single("TeamInboxThreads", Samples.Thread);
        var (message, messageBody) = PairRunner.Single("TeamInboxMessages", Samples.Message);
        Assert.Equal("teaminbox-88001", message.SourceKey);

        Assert.Equal("sm_teaminboxthread", thread.Table.LogicalName);
        Assert.Equal("Support", threadBody.GetProperty("sm_inboxname").GetString());
        Assert.Equal("email", message.Table.LogicalName);
        Assert.Equal(2, messageBody.GetProperty("sm_messageorder").GetInt32());
        Assert.Equal(Bind(Samples.ThreadId, "sm_teaminboxthreads"), messageBody.GetProperty("sm_TeamInboxThreadId@odata.bind").GetString());
    }

    [Fact]
    public void Smart_flow_membership_becomes_an_inventory_row_not_a_record()
    {
        var (outcome, writer) = PairRunner.Run("SmartFlowMemberships", Samples.SmartFlow);

        Assert.Equal(TransformStatus.Written, outcome.Status);
        Assert.Empty(writer.Records);
        var (row, _) = Assert.Single(writer.Inventory);
        Assert.Equal("Trial nurture", row["Flow"]);
        Assert.Equal("3", row["Step reached"]);
        Assert.Equal(PairKind.DocumentationOnly, SalesmatePack.Catalog.Pair("SmartFlowMemberships").Kind);
    }

    [Fact]
    public void Malformed_json_is_rejected_with_a_reason_not_thrown()
    {
        var (outcome, writer) = PairRunner.Run("Companies", """{"id":12,"name":""");

        Assert.Equal(TransformStatus.Rejected, outcome.Status);
        Assert.False(string.IsNullOrEmpty(outcome.Reason));
        Assert.Empty(writer.Records);
    }

    [Fact]
    public void Every_object_row_of_the_scope_has_a_pair()
    {
        string[] rows =
        [
            "Contact", "Company", "Deal", "Deal Stage", "Task", "Email (engagement history)", "Call", "Meeting", "Note",
            "Custom Fields", "Owner (User)", "Tag", "Team Inbox", "Smart Flow (sequence membership)",
        ];
        var declared = SalesmatePack.Catalog.Pairs.Select(p => p.SourceObject).ToHashSet();

        Assert.All(rows, row => Assert.Contains(row, declared));
    }

    [Fact]
    public void Phases_load_companies_first_then_contacts_then_deals_then_activities()
    {
        var catalog = SalesmatePack.Catalog;
        int Phase(string pair) => catalog.Pair(pair).Phase;

        Assert.True(Phase("Companies") < Phase("Contacts"));
        Assert.True(Phase("Contacts") < Phase("Deals"));
        Assert.True(Phase("Deals") < Phase("Tasks"));
        Assert.True(Phase("Deals") < Phase("Notes"));
        Assert.True(Phase("TeamInboxThreads") < Phase("TeamInboxMessages"));
    }

    [Fact]
    public void The_sales_process_inventory_runs_in_phase_0_and_the_team_inbox_loads_after_every_other_record()
    {
        var catalog = SalesmatePack.Catalog;
        var loaders = catalog.Pairs.Where(p => p.Kind != PairKind.DocumentationOnly).ToList();

        Assert.Equal(0, catalog.Pair("DealStages").Phase);
        Assert.Equal(["Deals"], catalog.Pair("DealStages").Configures);
        Assert.Equal(0, catalog.Phases[0].Number);
        Assert.Equal(["DealStages"], catalog.Phases[0].Pairs);
        var inbox = new[] { "TeamInboxThreads", "TeamInboxMessages" };
        var lastOther = loaders.Where(p => !inbox.Contains(p.Name)).Max(p => p.Phase);
        Assert.All(inbox, name => Assert.True(catalog.Pair(name).Phase > lastOther, $"{name} loads in phase {catalog.Pair(name).Phase}, not after phase {lastOther}"));
    }

    [Theory]
    [InlineData("Proposal", "Sales", 60)]
    [InlineData("Sourced", "Partner", 5)]
    [InlineData("Churned", "Renewals", 0)]
    public void A_deal_without_its_own_probability_takes_its_stages(string stage, string pipeline, int expected)
    {
        var json = Samples.Deal(stage, "Open", pipeline).Replace("\"probability\":60", "\"probability\":null", StringComparison.Ordinal);

        var (_, body) = PairRunner.Single("Deals", json);

        Assert.Equal(expected, body.GetProperty("closeprobability").GetInt32());
    }

    [Fact]
    public void A_call_ends_its_recorded_duration_after_it_started()
    {
        var extra = ""","callDirection":"Outgoing","callOutcome":"Connected","callDurationSeconds":754,"recordingUrl":null,"phoneNumber":null """;
        var (_, body) = PairRunner.Single("Calls", Samples.Activity("Call", extra));

        var start = DateTimeOffset.Parse(body.GetProperty("actualstart").GetString()!, System.Globalization.CultureInfo.InvariantCulture);
        var end = DateTimeOffset.Parse(body.GetProperty("actualend").GetString()!, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(TimeSpan.FromSeconds(754), end - start);
    }

    [Fact]
    public void The_customer_document_lists_the_sales_process_inventory_in_phase_0_and_the_deviations_from_the_scope()
    {
        var document = MappingDsl.Docs.CustomerDocs.RenderMapping(SalesmatePack.Catalog);

        Assert.Contains("| 0 | Deal Stage |", document, StringComparison.Ordinal);
        var deviations = document[document.IndexOf("## Deviations from the scope", StringComparison.Ordinal)..];
        foreach (var row in new[] { "| Call |", "| Email (engagement history) |", "| Note |", "| Deal |", "| Meeting |", "| Team Inbox message |" })
            Assert.Contains(row, deviations, StringComparison.Ordinal);
    }

    [Fact]
    public void A_deal_with_its_own_probability_keeps_it()
    {
        var (_, body) = PairRunner.Single("Deals", Samples.Deal("Won", "Open"));

        Assert.Equal(60, body.GetProperty("closeprobability").GetInt32());
    }

    [Fact]
    public void Manifest_provisions_custom_columns_the_thread_table_and_source_id_keys()
    {
        var manifest = SalesmatePack.Catalog.Manifest;

        Assert.Contains(manifest.Columns, c => c.Table == "lead" && c.LogicalName == "sm_originallifecycle");
        Assert.Contains(manifest.Columns, c => c.Table == "contact" && c.LogicalName == "sm_originallifecycle");
        Assert.Contains(manifest.Columns, c => c.Table == "opportunity" && c.LogicalName == "sm_pipeline" && c.Options.Count == 3);
        Assert.Contains(manifest.Tables, t => t.LogicalName == "sm_teaminboxthread");
        foreach (var table in new[] { "account", "contact", "lead", "opportunity", "task", "phonecall", "appointment", "email", "annotation", "sm_teaminboxthread" })
        {
            Assert.Contains(manifest.Columns, c => c.Table == table && c.LogicalName == "sm_sourceid");
            Assert.Contains(manifest.Keys, k => k.Table == table && k.Columns.SequenceEqual(["sm_sourceid"]));
        }
    }

    [Fact]
    public void Owners_are_inventoried_with_their_dynamics_user_or_the_reconciliation_queue()
    {
        var (_, matched) = PairRunner.Run("Owners", $$"""{"id":3,"name":"Ava Patel","email":"{{Samples.OwnerEmail}}","status":"active","role":"Sales Rep"}""");
        var (_, missing) = PairRunner.Run("Owners", """{"id":9,"name":"Gone","email":"gone@salesmate-emulator.test","status":"inactive"}""");

        Assert.Equal(Samples.UserId.ToString(), Assert.Single(matched.Inventory).Row["Dynamics 365 user"]);
        Assert.Contains("reconciliation queue", Assert.Single(missing.Inventory).Row["Dynamics 365 user"], StringComparison.Ordinal);
        Assert.Equal("inactive", missing.Inventory[0].Row["Salesmate status"]);
    }

    [Fact]
    public void Tags_are_inventoried_and_kept_as_text_on_records()
    {
        var (outcome, writer) = PairRunner.Run("Tags", """{"tag":"vip"}""");

        Assert.Equal(TransformStatus.Written, outcome.Status);
        Assert.Equal(("vip", "vip"), (writer.Inventory[0].Row["Tag"], writer.Inventory[0].SourceKey));
        Assert.NotNull(SalesmatePack.Catalog.Pair("Tags").LossyReason);
        Assert.Contains(SalesmatePack.Catalog.Pair("Contacts").Fields, f => f.Column == "sm_tags");
    }

    [Fact]
    public void Custom_field_definitions_are_inventoried_and_typed_columns_exist_for_them()
    {
        var (outcome, writer) = PairRunner.Run(
            "CustomFields",
            """{"fieldName":"deal.selectCustomField1","module":"deal","displayName":"Competitor","type":"Select","fieldOptions":"{\"values\":[\"Acme\"]}"}""");

        Assert.Equal(TransformStatus.Written, outcome.Status);
        var (row, key) = Assert.Single(writer.Inventory);
        Assert.Equal(("deal.selectCustomField1", "Select"), (key, row["Type"]));
        Assert.Contains(SalesmatePack.Catalog.Manifest.Columns, c => c.Table == "opportunity" && c.LogicalName == "sm_competitor" && c.Type == ColumnType.Picklist);
    }

    [Fact]
    public void A_value_of_the_wrong_type_rejects_the_record_with_a_reason()
    {
        var (outcome, writer) = PairRunner.Run("Companies", Samples.Company(""","intCustomField1":"many" """));

        Assert.Equal(TransformStatus.Rejected, outcome.Status);
        Assert.Contains("intCustomField1", outcome.Reason, StringComparison.Ordinal);
        Assert.Empty(writer.Records);
    }
}
