using System.Text;
using MappingDsl.Catalog;
using MappingDsl.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace MappingDsl.Generators.Tests.Packs;

/// <summary>Every column type's writer, a custom table in the manifest, activity parties and a positional record key.</summary>
public sealed class ColumnTypeTests
{
    private static readonly Lazy<MapCatalog> Catalog = new(() =>
    {
        var run = PackRunner.Run(PackRunner.Compile(PackSources.Entities, PackSources.Records, ColumnTypeSources.Entities, ColumnTypeSources.Pack));
        DiagnosticAssert.None(run.Result.Diagnostics);
        Assert.Empty(run.Output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning));
        var type = GeneratorHarness.Load(run.Output).GetType("Test.Widgets.WidgetPack", throwOnError: true)!;
        return (MapCatalog)type.GetProperty("Catalog")!.GetValue(null)!;
    });

    private static RecordWriter Writer()
    {
        var resolver = new InMemoryLookupResolver();
        resolver.Add("Company", "7", new RecordId("account", "accounts", Guid.Parse("11111111-1111-1111-1111-111111111111")));
        resolver.AddOwner("ann@contoso.example", new RecordId("systemuser", "systemusers", Guid.Parse("22222222-2222-2222-2222-222222222222")));
        return new RecordWriter(new MapContext(resolver));
    }

    [Fact]
    public void Every_column_type_is_written_in_its_Web_API_form()
    {
        using var writer = Writer();
        var outcome = Catalog.Value.Transform("Widgets").Transform("""{"Id":5,"Name":"W","Count":3,"CompanyId":"7"}"""u8, writer);

        Assert.Equal(TransformOutcome.Written("5"), outcome);
        var record = Assert.Single(writer.Records);
        Assert.Equal("sm_widget", record.Table.LogicalName);
        Assert.Equal("sm_widgets", record.Table.EntitySetName);
        Assert.Equal(
            """{"sm_sourceid":"5","sm_name":"W","sm_count":3,"sm_total":7,"sm_big":1234567890123,"sm_ratio":0.5,"sm_amount":12.34,"sm_flag":true,"sm_when":"2026-01-02T01:04:05+00:00","sm_day":"2026-02-03","sm_kind":100000001,"sm_tags":"100000000,100000001","sm_ref":"33333333-3333-3333-3333-333333333333","sm_Parent@odata.bind":"/accounts(11111111-1111-1111-1111-111111111111)"}""",
            Encoding.UTF8.GetString(record.Body.Span));
    }

    [Fact]
    public void Null_values_are_written_as_null()
    {
        using var writer = Writer();
        Catalog.Value.Transform("Widgets").Transform("""{"Id":6}"""u8, writer);

        var body = Encoding.UTF8.GetString(Assert.Single(writer.Records).Body.Span);
        Assert.StartsWith("""{"sm_sourceid":"6","sm_name":null,"sm_count":null,"sm_total":7,""", body, StringComparison.Ordinal);
        Assert.DoesNotContain("sm_Parent", body, StringComparison.Ordinal);
    }

    [Fact]
    public void Activity_parties_and_status_are_written()
    {
        using var writer = Writer();
        var outcome = Catalog.Value.Transform("Meeting").Transform("""{"Id":8,"Name":"Kick-off","CompanyId":"7"}"""u8, writer);

        Assert.Equal(TransformStatus.Written, outcome.Status);
        Assert.Equal(
            """{"sm_sourceid":"8","subject":"Kick-off","statuscode":5,"appointment_activity_parties":[{"partyid_account@odata.bind":"/accounts(11111111-1111-1111-1111-111111111111)","participationtypemask":5},{"partyid_systemuser@odata.bind":"/systemusers(22222222-2222-2222-2222-222222222222)","addressused":"ann@contoso.example","participationtypemask":5}]}""",
            Encoding.UTF8.GetString(Assert.Single(writer.Records).Body.Span));
        Assert.Equal(["Company"], Catalog.Value.Pair("Meeting").DependsOn);
    }

    [Fact]
    public void Manifest_creates_the_custom_table_and_its_columns_with_options()
    {
        var manifest = ProvisioningManifest.Parse(Catalog.Value.ManifestJson);

        var table = Assert.Single(manifest.Tables);
        Assert.Equal(new ManifestTable("sm_Widget", "sm_widget", "Widget", "Widgets", "sm_Name", 200), table);
        var widgetColumns = manifest.Columns.Where(c => c.Table == "sm_widget").ToList();
        Assert.DoesNotContain(widgetColumns, c => c.LogicalName == "sm_name");
        Assert.Equal(13, widgetColumns.Count); // twelve custom columns the pair sets, plus sm_sourceid
        var kind = widgetColumns.Single(c => c.LogicalName == "sm_kind");
        Assert.Equal([new ManifestOption(100000000, "Small"), new ManifestOption(100000001, "Large")], kind.Options);
        Assert.Equal("Kind", kind.Label);
        Assert.Equal("Total", widgetColumns.Single(c => c.LogicalName == "sm_total").Label);
        Assert.Equal("account", widgetColumns.Single(c => c.LogicalName == "sm_parent").Target);
        Assert.Contains(manifest.Keys, k => k.Table == "appointment");
    }
}
