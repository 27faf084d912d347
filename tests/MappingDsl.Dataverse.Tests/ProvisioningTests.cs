using MappingDsl.Catalog;
using MappingDsl.Dataverse.Provisioning;
using MappingDsl.Emulators.Dataverse;
using static MappingDsl.Dataverse.Tests.Harness;

namespace MappingDsl.Dataverse.Tests;

public sealed class ProvisioningTests
{
    private static readonly ManifestOption[] Stages = [new(100000000, "Lead"), new(100000001, "Won")];

    private static ProvisioningManifest Manifest(DataverseEdition edition = DataverseEdition.SalesEnterprise, int extraTables = 0)
    {
        ManifestColumn Column(string table, string name, ColumnType type, int maxLength = 0, IReadOnlyList<ManifestOption>? options = null, string globalChoice = "", string target = "") =>
            new(table, "sm_" + name, "sm_" + name.ToLowerInvariant(), type, name, maxLength, type is ColumnType.Decimal or ColumnType.Double ? 2 : 0, options ?? [], globalChoice, target);
        var tables = new List<ManifestTable> { new("sm_Thread", "sm_thread", "Thread", "Threads", "sm_Name", 200) };
        tables.AddRange(Enumerable.Range(0, extraTables).Select(i => new ManifestTable($"sm_Extra{i}", $"sm_extra{i}", $"Extra {i}", $"Extras {i}", "sm_Name", 100)));
        return new ProvisioningManifest("Salesmate", "sm", edition, tables,
        [
            Column("contact", "SourceId", ColumnType.String, 100),
            Column("contact", "Notes", ColumnType.Memo, 4000),
            Column("contact", "Score", ColumnType.Integer),
            Column("contact", "BigScore", ColumnType.BigInt),
            Column("contact", "Ratio", ColumnType.Decimal),
            Column("contact", "Weight", ColumnType.Double),
            Column("contact", "Revenue", ColumnType.Money),
            Column("contact", "LastSeen", ColumnType.DateTime),
            Column("contact", "Birthday", ColumnType.DateOnly),
            Column("contact", "Vip", ColumnType.Boolean),
            Column("contact", "Tier", ColumnType.Picklist, options: [new(1, "Gold"), new(2, "Silver")]),
            Column("contact", "Tags", ColumnType.MultiSelectPicklist, options: [new(1, "A"), new(2, "B")]),
            Column("contact", "Stage", ColumnType.Picklist, options: Stages, globalChoice: "sm_stage"),
            Column("sm_thread", "Contact", ColumnType.Lookup, target: "contact"),
            Column("sm_thread", "SourceId", ColumnType.String, 100),
        ],
        [new ManifestChoice("sm_stage", "Stage", Stages)],
        [new ManifestKey("contact", "sm_sourceidkey", "sm_sourceidkey", ["sm_sourceid"]), new ManifestKey("sm_thread", "sm_sourceidkey", "sm_sourceidkey", ["sm_sourceid"])]);
    }

    [Fact]
    public async Task Provisioning_creates_what_is_missing_and_a_second_run_changes_nothing()
    {
        await using var h = await StartAsync(keyActivationDelay: TimeSpan.FromMilliseconds(300));
        var provisioner = new SchemaProvisioner(h.Client) { KeyPollInterval = TimeSpan.FromMilliseconds(50) };
        var dryRun = await provisioner.PlanAsync(Manifest());
        Assert.Contains("custom table sm_Thread", dryRun.Describe());
        Assert.Equal(1 + 1 + 15 + 2, dryRun.Steps.Count);

        var applied = await provisioner.ApplyAsync(Manifest());
        Assert.Equal(dryRun.Steps.Count, applied.Steps.Count);

        var again = await provisioner.PlanAsync(Manifest());
        Assert.True(again.IsEmpty, again.Describe());
        Assert.Contains("no changes", again.Describe());

        // The provisioned schema is usable: upsert by the new key, bind the new lookup.
        var contact = await h.Client.UpsertAsync(Contact, "sm_sourceid", "C1", Json("""{"lastname":"Ng","sm_tier":1,"sm_stage":100000001,"sm_vip":true}"""));
        var thread = await h.Client.UpsertAsync(new TableInfo("sm_thread", "sm_threads", "sm_threadid"), "sm_sourceid", "T1",
            Json($$"""{"sm_name":"Hello","sm_Contact@odata.bind":"/contacts({{contact}})"}"""));
        var stored = await h.Client.RetrieveAsync("sm_threads", thread);
        Assert.Equal(contact, stored!.Value.GetProperty("_sm_contact_value").GetGuid());
    }

    [Fact]
    public async Task A_new_option_in_an_existing_choice_is_inserted()
    {
        await using var h = await StartAsync();
        var provisioner = new SchemaProvisioner(h.Client);
        await provisioner.ApplyAsync(Manifest());
        var grown = Manifest() with { Choices = [new ManifestChoice("sm_stage", "Stage", [.. Stages, new(100000002, "Lost")])] };
        var plan = await provisioner.ApplyAsync(grown);
        var step = Assert.Single(plan.Steps);
        Assert.Equal(ProvisioningStepKind.InsertOption, step.Kind);
        Assert.True((await provisioner.PlanAsync(grown)).IsEmpty);
    }

    [Fact]
    public async Task A_new_option_in_an_existing_local_choice_column_is_inserted_alone()
    {
        await using var h = await StartAsync();
        var provisioner = new SchemaProvisioner(h.Client);
        await provisioner.ApplyAsync(Manifest());
        var manifest = Manifest();
        var grown = manifest with
        {
            Columns = [.. manifest.Columns.Select(c => c.LogicalName == "sm_tier" ? c with { Options = [.. c.Options, new(3, "Bronze")] } : c)],
        };

        var plan = await provisioner.ApplyAsync(grown);

        var step = Assert.Single(plan.Steps);
        Assert.Equal(ProvisioningStepKind.InsertOption, step.Kind);
        Assert.Equal(("contact", "sm_tier"), (step.Table, step.Name));
        Assert.Contains("option 3 'Bronze'", step.Description, StringComparison.Ordinal);
        Assert.True((await provisioner.PlanAsync(grown)).IsEmpty);
        using var tier = await h.Client.GetJsonAsync("EntityDefinitions(LogicalName='contact')/Attributes(LogicalName='sm_tier')/Microsoft.Dynamics.CRM.PicklistAttributeMetadata?$select=LogicalName&$expand=OptionSet");
        Assert.Equal([1, 2, 3], tier.RootElement.GetProperty("OptionSet").GetProperty("Options").EnumerateArray().Select(o => o.GetProperty("Value").GetInt32()));
    }

    [Fact]
    public async Task Sales_professional_limit_stops_before_any_change()
    {
        await using var h = await StartAsync();
        var provisioner = new SchemaProvisioner(h.Client);
        var ex = await Assert.ThrowsAsync<ProvisioningLimitException>(() => provisioner.ApplyAsync(Manifest(DataverseEdition.SalesProfessional, extraTables: 15)));
        Assert.Contains("allows 15", ex.Message);
        Assert.Contains("Nothing was changed", ex.Message);
        Assert.Null(await h.Client.TryGetJsonAsync("EntityDefinitions(LogicalName='sm_thread')"));
    }
}
