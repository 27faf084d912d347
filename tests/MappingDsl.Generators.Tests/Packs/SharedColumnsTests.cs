using MappingDsl.Catalog;
using MappingDsl.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using static MappingDsl.Generators.Tests.Packs.PackRunner;

namespace MappingDsl.Generators.Tests.Packs;

/// <summary>[SharedColumns]: assignments said once, read by the generator as part of every initializer they wrap.</summary>
public sealed class SharedColumnsTests
{
    // Lead and Contact share their last name and owner through an interface their partials implement.
    private const string PersonColumns = """
        namespace Test.Entities;

        public interface IPerson
        {
            string? LastName { get; set; }
            MappingDsl.OwnerRef? OwnerId { get; set; }
        }

        public sealed partial class Lead : IPerson;
        public sealed partial class Contact : IPerson;
        """;

    private const string Pack = """
        using MappingDsl;
        using Test.Entities;

        namespace Test.Salesmate;

        [MapPack("shared", Publisher = "sm", Source = "Salesmate", JsonContext = typeof(SalesmateJson))]
        public static partial class SharedPack
        {
            [Pair("Company")]
            [Ignore(nameof(SmCompany.Website), Reason = "t")]
            [Ignore(nameof(SmCompany.Notes), Reason = "t")]
            [Ignore(nameof(SmCompany.Employees), Reason = "t")]
            [Ignore(nameof(SmCompany.ParentCompanyId), Reason = "t")]
            public static Account Company(SmCompany s, MapContext m) => new() { Name = s.Name, OwnerId = m.Owner(s.OwnerEmail) };

            [Pair("Contact")]
            [Ignore(nameof(SmContact.FirstName), Reason = "t")]
            [Ignore(nameof(SmContact.AvatarUrl), Reason = "t")]
            public static Split<Lead, Contact> Person(SmContact s, MapContext m) =>
                s.LifecycleStage == "customer"
                    ? Person(new Contact { ParentCustomerId = m.Ref(Company, s.CompanyId) }, s, m)
                    : Person(new Lead { Subject = "From Salesmate" }, s, m);

            [SharedColumns]
            public static T Person<T>(T t, SmContact s, MapContext m) where T : IPerson
            {
                t.LastName = s.LastName ?? "(none)";
                t.OwnerId = m.Owner(s.OwnerEmail);
                return t;
            }
        }
        """;

    private static readonly Lazy<(GeneratorRun Run, MapCatalog Catalog)> Compiled = new(() =>
    {
        var run = RunPack(Pack, null, PersonColumns);
        var type = GeneratorHarness.Load(run.Output).GetType("Test.Salesmate.SharedPack", throwOnError: true)!;
        return (run, (MapCatalog)type.GetProperty("Catalog")!.GetValue(null)!);
    });

    [Fact]
    public void A_generic_shared_column_set_compiles_without_diagnostics()
    {
        DiagnosticAssert.None(Compiled.Value.Run.Result.Diagnostics);
        Assert.Empty(Compiled.Value.Run.CompilationErrors);
    }

    [Fact]
    public void Both_branches_carry_the_shared_columns_with_their_own_tables_logical_names()
    {
        var fields = Compiled.Value.Catalog.Pair("Person").Fields;

        Assert.Equal(["contact.parentcustomerid", "contact.lastname", "contact.ownerid", "lead.subject", "lead.lastname", "lead.ownerid"],
            fields.Select(f => f.Target + "." + f.Column));
        Assert.All(fields.Where(f => f.Column == "lastname"), f => Assert.Equal("s.LastName ?? \"(none)\"", f.Expression));
        Assert.All(fields.Where(f => f.Column == "lastname"), f => Assert.Equal(["LastName"], f.SourceMembers));
    }

    [Fact]
    public void The_shared_columns_run_and_are_written_on_either_branch()
    {
        using var writer = new RecordWriter(new MapContext(new InMemoryLookupResolver()));
        var transform = Compiled.Value.Catalog.Transform("Person");

        transform.Transform("""{"id":"c1","lastName":"Ng","lifecycleStage":"lead"}"""u8, writer);
        transform.Transform("""{"id":"c2","lifecycleStage":"customer"}"""u8, writer);

        var lead = System.Text.Encoding.UTF8.GetString(writer.Records[0].Body.Span);
        var contact = System.Text.Encoding.UTF8.GetString(writer.Records[1].Body.Span);
        Assert.Contains("\"lastname\":\"Ng\"", lead, StringComparison.Ordinal);
        Assert.Contains("\"subject\":\"From Salesmate\"", lead, StringComparison.Ordinal);
        Assert.Contains("\"lastname\":\"(none)\"", contact, StringComparison.Ordinal);
    }

    [Fact]
    public void A_custom_column_shared_through_a_second_interface_is_written()
    {
        var pack = Pack.Replace("t.OwnerId = m.Owner(s.OwnerEmail);", "t.OwnerId = m.Owner(s.OwnerEmail);\n        t.sm_OriginalLifecycle = s.LifecycleStage;", StringComparison.Ordinal)
            .Replace("where T : IPerson", "where T : IPerson, IStage", StringComparison.Ordinal);
        var stage = PersonColumns + """

            public interface IStage { string? sm_OriginalLifecycle { get; set; } }
            public sealed partial class Lead : IStage;
            public sealed partial class Contact : IStage;
            """;

        var run = RunPack(pack, null, stage);

        DiagnosticAssert.None(run.Result.Diagnostics);
        Assert.Contains("\"sm_originallifecycle\"", run.Result.GeneratedSources.PackFile().SourceText.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_shared_column_method_the_generator_cannot_read_is_MDSL099_at_the_statement()
    {
        var pack = Pack.Replace("t.OwnerId = m.Owner(s.OwnerEmail);", "if (s.Id is null) t.OwnerId = null;", StringComparison.Ordinal);

        var run = RunPack(pack, null, PersonColumns);

        var at = At(pack, "if (s.Id is null)");
        var reported = run.Result.Diagnostics.Where(d => d.Id == "MDSL099").ToList();
        Assert.NotEmpty(reported);
        Assert.All(reported, d =>
        {
            Assert.Equal(at.Line, d.Location.GetLineSpan().StartLinePosition.Line + 1);
            Assert.Contains("Shared columns 'Person'", d.GetMessage(), StringComparison.Ordinal);
        });
    }

    [Fact]
    public void Calling_shared_columns_with_another_source_is_MDSL099_at_the_call()
    {
        var pack = Pack.Replace(
            "Person(new Lead { Subject = \"From Salesmate\" }, s, m)",
            "Person(new Lead { Subject = \"From Salesmate\" }, new SmContact(), m)",
            StringComparison.Ordinal);

        var run = RunPack(pack, null, PersonColumns);

        var diagnostic = Assert.Single(run.Result.Diagnostics, d => d.Id == "MDSL099");
        Assert.Equal(At(pack, "Person(new Lead").Line, diagnostic.Location.GetLineSpan().StartLinePosition.Line + 1);
        Assert.Contains("pair's own source", diagnostic.GetMessage(), StringComparison.Ordinal);
    }
}
