using MappingDsl.Catalog;
using MappingDsl.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace MappingDsl.Generators.Tests.Packs;

/// <summary>Shapes the real Salesmate pack relies on: conditional lookups, null picklist patterns, [LeaveUnset].</summary>
public sealed class ConditionalShapesTests
{
    private const string Pack = """
        using MappingDsl;
        using Test.Entities;

        namespace Test.Salesmate;

        [MapPack("shapes", Publisher = "sm", Source = "Salesmate", JsonContext = typeof(SalesmateJson), UnmappedSourceMembers = Strictness.Ignore)]
        public static partial class ShapesPack
        {
            [Pair("Company")]
            public static Account Company(SmCompany s, MapContext m) => new() { Name = s.Name, OwnerId = m.Owner(s.OwnerEmail) };

            [Pair("Contact")]
            [LeaveUnset(nameof(Contact.LastName), Reason = "A plug-in derives it")]
            public static Contact Person(SmContact s, MapContext m) => new()
            {
                OwnerId = m.Owner(s.OwnerEmail),
                ParentCustomerId = s.CompanyId is { } company ? m.Ref(Company, company) : s.Id is null ? null : m.RefLater(Person, s.Id),
            };

            [Pair("Deal")]
            public static Opportunity Deal(SmDeal s, MapContext m) => new()
            {
                Name = s.Title,
                OwnerId = m.Owner(s.OwnerEmail),
                SalesStage = Stage(s.Stage),
            };

            [Picklist("Deal stage", Discovered = "deal.stage")]
            public static Opportunity.SalesStageOption? Stage(string? v) => v switch
            {
                null or "" => null,
                "New" => Opportunity.SalesStageOption.Qualify,
                _ => Unmapped.Default<Opportunity.SalesStageOption?>(v, Opportunity.SalesStageOption.Develop),
            };
        }
        """;

    // Named "shapes": loading registers the pack in the process-wide MapPackRegistry beside the other tests' packs.
    private static readonly Lazy<(GeneratorRun Run, MapCatalog Catalog)> Compiled = new(() =>
    {
        var run = PackRunner.RunPack(Pack, """{"source":"shapes","values":{"deal.stage":["New",""]}}""");
        var type = GeneratorHarness.Load(run.Output).GetType("Test.Salesmate.ShapesPack", throwOnError: true)!;
        return (run, (MapCatalog)type.GetProperty("Catalog")!.GetValue(null)!);
    });

    [Fact]
    public void The_shapes_compile_without_diagnostics()
    {
        DiagnosticAssert.None(Compiled.Value.Run.Result.Diagnostics);
        Assert.Empty(Compiled.Value.Run.Output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning));
    }

    [Fact]
    public void Conditional_lookup_names_every_pair_and_depends_on_the_non_deferred_ones()
    {
        var pair = Compiled.Value.Catalog.Pair("Person");

        Assert.Equal("Company or Person", pair.Fields.Single(f => f.Column == "parentcustomerid").Lookup);
        Assert.Equal(["Company"], pair.DependsOn);
        Assert.Equal(["Person"], pair.DeferredDependsOn);
        Assert.Equal(2, pair.Phase);
    }

    [Fact]
    public void Conditional_lookup_writes_whichever_branch_was_taken()
    {
        var resolver = new InMemoryLookupResolver();
        resolver.Add("Company", "7", new RecordId("account", "accounts", Guid.Parse("11111111-1111-1111-1111-111111111111")));
        using var writer = new RecordWriter(new MapContext(resolver));
        var transform = Compiled.Value.Catalog.Transform("Person");

        transform.Transform("""{"id":"c1","companyId":"7"}"""u8, writer);
        transform.Transform("""{"id":"c2"}"""u8, writer);

        Assert.Contains("\"parentcustomerid_account@odata.bind\":\"/accounts(11111111-1111-1111-1111-111111111111)\"",
            System.Text.Encoding.UTF8.GetString(writer.Records[0].Body.Span), StringComparison.Ordinal);
        Assert.Equal(new LookupRef("Person", "c2", Deferred: true), Assert.Single(writer.Records[1].Deferred).Reference);
    }

    [Fact]
    public void Null_pattern_is_a_row_and_the_default_policy_keeps_its_fallback()
    {
        var matrix = Assert.Single(Compiled.Value.Catalog.Picklists);

        Assert.Equal(["(null)", ""], matrix.Rows[0].SourceValues);
        Assert.Equal(UnmappedPolicy.Default, matrix.Policy);
        Assert.Equal("Opportunity.SalesStageOption.Develop", matrix.Fallback);
    }
}
