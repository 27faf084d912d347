using System.Text;
using MappingDsl.Catalog;
using MappingDsl.Generators.Tests.Infrastructure;

namespace MappingDsl.Generators.Tests.Packs;

/// <summary>Runs the generated transforms, loaded from memory, on JSON bytes and checks what they write.</summary>
public sealed class MapPackBehaviourTests
{
    private static readonly Guid ParentAccount = Guid.Parse("11111111-1111-1111-1111-111111111111");
    private static readonly Guid Ann = Guid.Parse("22222222-2222-2222-2222-222222222222");
    private static readonly Lazy<MapCatalog> Catalog = new(LoadCatalog);

    private static MapCatalog LoadCatalog()
    {
        var run = PackRunner.RunComplete();
        var assembly = GeneratorHarness.Load(run.Output);
        var pack = assembly.GetType("Test.Salesmate.SalesmatePack", throwOnError: true)!;
        return (MapCatalog)pack.GetProperty("Catalog")!.GetValue(null)!;
    }

    private static RecordWriter Writer()
    {
        var resolver = new InMemoryLookupResolver();
        resolver.Add("Company", "7", new RecordId("account", "accounts", ParentAccount));
        resolver.AddOwner("ann@contoso.example", new RecordId("systemuser", "systemusers", Ann));
        return new RecordWriter(new MapContext(resolver));
    }

    private static string Body(TargetRecord record) => Encoding.UTF8.GetString(record.Body.Span);

    [Fact]
    public void Company_writes_the_columns_it_set_the_owner_bind_and_defers_the_self_reference()
    {
        using var writer = Writer();
        var outcome = Catalog.Value.Transform("Company").Transform(
            """{"id":42,"name":"Contoso","website":"https://contoso.example","notes":"Key account","employees":250,"ownerEmail":"ann@contoso.example","parentCompanyId":"7"}"""u8,
            writer);

        Assert.Equal(TransformOutcome.Written("42"), outcome);
        var record = Assert.Single(writer.Records);
        Assert.Equal("account", record.Table.LogicalName);
        Assert.Equal(
            """{"sm_sourceid":"42","name":"Contoso","websiteurl":"https://contoso.example","description":"Key account","numberofemployees":250,"ownerid@odata.bind":"/systemusers(22222222-2222-2222-2222-222222222222)"}""",
            Body(record));
        var deferred = Assert.Single(record.Deferred);
        Assert.Equal(new LookupRef("Company", "7", Deferred: true), deferred.Reference);
        Assert.Empty(record.Problems);
    }

    [Fact]
    public void Contact_split_chooses_lead_or_contact_by_lifecycle_and_binds_the_company()
    {
        using var writer = Writer();
        var transform = Catalog.Value.Transform("Contact");

        Assert.Equal(TransformStatus.Written, transform.Transform(
            """{"id":"c1","firstName":"Ada","lastName":"Lovelace","lifecycleStage":"lead","ownerEmail":"ann@contoso.example"}"""u8, writer).Status);
        Assert.Equal(TransformStatus.Written, transform.Transform(
            """{"id":"c2","lastName":"Hopper","lifecycleStage":"customer","companyId":"7","ownerEmail":"nobody@contoso.example"}"""u8, writer).Status);

        Assert.Equal(2, writer.Records.Count);
        Assert.Equal("lead", writer.Records[0].Table.LogicalName);
        Assert.Equal(
            """{"sm_sourceid":"c1","lastname":"Lovelace","subject":"Ada Lovelace","sm_originallifecycle":"lead","ownerid@odata.bind":"/systemusers(22222222-2222-2222-2222-222222222222)"}""",
            Body(writer.Records[0]));
        Assert.Equal("contact", writer.Records[1].Table.LogicalName);
        Assert.Equal(
            """{"sm_sourceid":"c2","lastname":"Hopper","parentcustomerid_account@odata.bind":"/accounts(11111111-1111-1111-1111-111111111111)","sm_originallifecycle":"customer"}""",
            Body(writer.Records[1]));
        Assert.Contains(writer.Records[1].Problems, p => p.Contains("nobody@contoso.example", StringComparison.Ordinal));
    }

    [Fact]
    public void Deal_writes_the_picklist_value_and_sets_state_after_create()
    {
        using var writer = Writer();
        var outcome = Catalog.Value.Transform("Deal").Transform(
            """{"id":"d1","title":"Renewal","stage":"Proposal","companyId":"7","status":"Won","value":1200.50,"ownerEmail":"ann@contoso.example"}"""u8,
            writer);

        Assert.Equal(TransformOutcome.Written("d1"), outcome);
        var record = Assert.Single(writer.Records);
        Assert.Equal(
            """{"sm_sourceid":"d1","name":"Renewal","salesstage":2,"customerid_account@odata.bind":"/accounts(11111111-1111-1111-1111-111111111111)","estimatedvalue":1200.50,"ownerid@odata.bind":"/systemusers(22222222-2222-2222-2222-222222222222)"}""",
            Body(record));
        Assert.Equal(1, record.State);
    }

    [Fact]
    public void Unmapped_picklist_value_rejects_the_record_with_the_value()
    {
        using var writer = Writer();
        var outcome = Catalog.Value.Transform("Deal").Transform("""{"id":"d2","title":"X","stage":"Negotiation"}"""u8, writer);

        Assert.Equal(TransformStatus.Rejected, outcome.Status);
        Assert.Equal("d2", outcome.SourceKey);
        Assert.Contains("'Negotiation'", outcome.Reason, StringComparison.Ordinal);
        Assert.Empty(writer.Records);
    }

    [Theory]
    [InlineData("""{"id":"d3","title":""", "malformed JSON: ")]
    [InlineData("""null""", "malformed JSON: the record is null")]
    [InlineData("""{"title":"no key"}""", "no source key")]
    public void Bad_records_are_rejected_not_thrown(string json, string reason)
    {
        using var writer = Writer();
        var outcome = Catalog.Value.Transform("Deal").Transform(Encoding.UTF8.GetBytes(json), writer);

        Assert.Equal(TransformStatus.Rejected, outcome.Status);
        Assert.StartsWith(reason, outcome.Reason, StringComparison.Ordinal);
        Assert.Empty(writer.Records);
    }

    [Fact]
    public void Documentation_only_pair_adds_an_inventory_row()
    {
        using var writer = Writer();
        var outcome = Catalog.Value.Transform("SmartFlow").Transform("""{"id":"f1","flowName":"Welcome","contactEmail":"ada@example.com"}"""u8, writer);

        Assert.Equal(TransformOutcome.Written("f1"), outcome);
        Assert.Empty(writer.Records);
        var (row, key) = Assert.Single(writer.Inventory);
        Assert.Equal("f1", key);
        Assert.Equal("Welcome", row["Flow"]);
        Assert.Equal("ada@example.com", row["Contact"]);
    }

    [Fact]
    public void Catalog_orders_company_before_its_dependants_and_describes_the_pairs()
    {
        var catalog = Catalog.Value;

        Assert.Equal(["Company"], catalog.Phases[0].Pairs);
        Assert.Equal(["Contact", "Deal", "SmartFlow"], catalog.Phases[1].Pairs);
        Assert.Equal("sm_sourceid", catalog.SourceIdColumn);
        Assert.Equal(PairKind.Split, catalog.Pair("Contact").Kind);
        Assert.Equal(["Company"], catalog.Pair("Contact").DependsOn);
        Assert.Equal(["Company"], catalog.Pair("Company").DeferredDependsOn);
        Assert.Equal("Companies become accounts, loaded before contacts.", catalog.Pair("Company").Description);
        Assert.Equal(
            "Salesmate notes longer than 2000 characters are cut",
            catalog.Pair("Company").Fields.Single(f => f.Column == "description").LossyReason);
        var matrix = Assert.Single(catalog.Picklists);
        Assert.Equal(UnmappedPolicy.Fail, matrix.Policy);
        Assert.Equal(["New", "Qualified"], matrix.Rows[0].SourceValues);
        Assert.Equal(catalog.Pairs.Select(p => p.Name), catalog.Transforms.Select(t => t.Pair));
    }

    [Fact]
    public void Manifest_parses_and_holds_custom_columns_source_id_columns_and_keys()
    {
        var manifest = ProvisioningManifest.Parse(Catalog.Value.ManifestJson);

        Assert.Equal("salesmate", manifest.Pack);
        Assert.Equal(DataverseEdition.SalesEnterprise, manifest.Edition);
        Assert.Empty(manifest.Tables);
        Assert.Equal(
            ["account:sm_originalowner", "account:sm_sourceid", "lead:sm_originallifecycle", "lead:sm_originalowner", "lead:sm_sourceid",
             "contact:sm_originallifecycle", "contact:sm_originalowner", "contact:sm_sourceid", "opportunity:sm_originalowner", "opportunity:sm_sourceid"],
            manifest.Columns.Select(c => c.Table + ":" + c.LogicalName));
        Assert.All(manifest.Columns.Where(c => c.LogicalName == "sm_sourceid"), c => Assert.Equal((ColumnType.String, 100, "sm_SourceId"), (c.Type, c.MaxLength, c.SchemaName)));
        Assert.All(manifest.Columns.Where(c => c.LogicalName == "sm_originalowner"), c => Assert.Equal((ColumnType.String, 320), (c.Type, c.MaxLength)));
        Assert.Equal(["account", "lead", "contact", "opportunity"], manifest.Keys.Select(k => k.Table));
        Assert.All(manifest.Keys, k => Assert.Equal(("sm_SourceIdKey", "sm_sourceid"), (k.SchemaName, Assert.Single(k.Columns))));
    }
}
