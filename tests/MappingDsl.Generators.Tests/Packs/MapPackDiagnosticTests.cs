using MappingDsl.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using static MappingDsl.Generators.Tests.Packs.PackRunner;
using Expected = MappingDsl.Generators.Tests.Packs.DiagnosticAssert.Expected;

namespace MappingDsl.Generators.Tests.Packs;

public sealed class MapPackDiagnosticTests
{
    private const DiagnosticSeverity Error = DiagnosticSeverity.Error;
    private const DiagnosticSeverity Warning = DiagnosticSeverity.Warning;

    private static Expected E(string id, DiagnosticSeverity severity, string source, string text, string? message = null, int occurrence = 1)
    {
        var (line, column) = At(source, text, occurrence);
        return new Expected(id, severity, line, column, message);
    }

    private static void Assert(GeneratorRun run, params Expected[] expected) =>
        DiagnosticAssert.Exactly(run.Result.Diagnostics, expected);

    [Fact]
    public void MDSL001_required_columns_not_set_including_owner_but_not_the_primary_id()
    {
        var pack = Pack("""
            [Pair("Company")]
            public static Account Company(SmCompany s, MapContext m) => new() { WebSiteURL = s.Website };
            """);
        Assert(RunPack(pack),
            E("MDSL001", Error, pack, "new() {", "column 'name'"),
            E("MDSL001", Error, pack, "new() {", "column 'ownerid'"));
    }

    [Theory]
    [InlineData("", "MDSL002", DiagnosticSeverity.Warning)]
    [InlineData(", UnmappedSourceMembers = Strictness.Error", "MDSL002", DiagnosticSeverity.Error)]
    public void MDSL002_unread_source_members_follow_the_pack_strictness(string options, string id, DiagnosticSeverity severity)
    {
        var pack = Pack("""
            [Pair("Company")]
            [Ignore(nameof(SmCompany.Notes), Reason = "not wanted")]
            public static Account Company(SmCompany s, MapContext m) => new() { Name = s.Name, OwnerId = m.Owner(s.OwnerEmail) };
            """, options);
        Assert(RunPack(pack),
            E(id, severity, pack, "Company(SmCompany", "'Website'"),
            E(id, severity, pack, "Company(SmCompany", "'Employees'"),
            E(id, severity, pack, "Company(SmCompany", "'ParentCompanyId'"));
    }

    [Fact]
    public void MDSL003_the_same_column_set_twice()
    {
        var pack = Pack("""
            [Pair("Company")]
            public static Account Company(SmCompany s, MapContext m) => new() { Name = s.Name, Title = s.Website, OwnerId = m.Owner(s.OwnerEmail) };
            """);
        Assert(RunPack(pack, null, ExtraSources.AccountColumns), E("MDSL003", Error, pack, "Title = s.Website", "'name'"));
    }

    [Fact]
    public void MDSL004_discovered_values_missing_from_the_matrix_one_per_value()
    {
        var discovery = """{"source":"salesmate","values":{"deal.stage":["New","Proposal","Won","Lost"]}}""";
        var run = RunPack(PackSources.Pack, discovery);
        Assert(run,
            E("MDSL004", Error, PackSources.Pack, "v switch", "'Won'"),
            E("MDSL004", Error, PackSources.Pack, "v switch", "'Lost'"));
    }

    [Fact]
    public void MDSL005_unknown_discovery_key_and_ignore_of_a_missing_member()
    {
        var discovery = """{"source":"salesmate","values":{"other.key":["x"]}}""";
        var pack = PackSources.Pack.Replace("[Ignore(nameof(SmContact.AvatarUrl)", "[Ignore(\"Avatar\")][Ignore(nameof(SmContact.AvatarUrl)");
        Assert(RunPack(pack, discovery),
            E("MDSL005", Error, pack, "Stage(string? v)", "'deal.stage'"),
            E("MDSL005", Error, pack, "Ignore(\"Avatar\")", "'Avatar'"));
    }

    [Fact]
    public void MDSL005_malformed_discovery_snapshot_is_reported_at_the_file()
    {
        var run = RunPack(PackSources.Pack, """{"source":"salesmate","values":{"deal.stage":["New",}}""");
        var diagnostic = Xunit.Assert.Single(run.Result.Diagnostics);
        Xunit.Assert.Equal("MDSL005", diagnostic.Id);
        Xunit.Assert.Equal("/pack/discovery/salesmate.discovery.json", diagnostic.Location.GetLineSpan().Path);
    }

    [Fact]
    public void MDSL006_conversions_that_lose_data_without_a_marker()
    {
        var pack = Pack("""
            [Pair("Note")]
            public static Account Note(SmNote s, MapContext m) => new()
            {
                Name = s.Body,
                NumberOfEmployees = (int?)s.Score,
                Description = string.Join(",", s.Tags ?? []),
                WebSiteURL = Lossy.Because(s.Body, "only the start of long notes is kept"),
                OwnerId = m.Owner(null),
            };

            [Pair("Person")]
            public static Contact Person(SmNote s, MapContext m) => new()
            {
                LastName = "x",
                BirthDate = s.When is { } when ? DateOnly.FromDateTime(when.DateTime) : null,
                OwnerId = m.Owner(null),
            };
            """, context: "ExtraJson");
        Assert(RunPack(pack, null, ExtraSources.Records),
            E("MDSL006", Error, pack, "Name = s.Body", "5000"),
            E("MDSL006", Error, pack, "NumberOfEmployees = (int?)s.Score", "fractional"),
            E("MDSL006", Error, pack, "Description = string.Join", "collection"),
            E("MDSL006", Error, pack, "BirthDate = s.When", "date and time"));
    }

    [Fact]
    public void MDSL007_lossy_without_a_reason()
    {
        var pack = Pack("""
            [Pair("Company")]
            [Lossy("")]
            public static Account Company(SmCompany s, MapContext m) => new()
            {
                Name = s.Name,
                Description = Lossy.Truncate(s.Notes, 10, ""),
                OwnerId = m.Owner(s.OwnerEmail),
            };
            """);
        Assert(RunPack(pack),
            E("MDSL007", Error, pack, "Lossy(\"\")"),
            E("MDSL007", Error, pack, "\"\"),", "Lossy.Truncate"));
    }

    [Fact]
    public void MDSL005_LeaveUnset_of_a_column_that_is_not_required()
    {
        var pack = Pack("""
            [Pair("Company")]
            [LeaveUnset(nameof(Account.Name), Reason = "Filled by a plug-in")]
            [LeaveUnset(nameof(Account.WebSiteURL), Reason = "Not required anyway")]
            public static Account Company(SmCompany s, MapContext m) => new() { OwnerId = m.Owner(s.OwnerEmail) };
            """);
        Assert(RunPack(pack), E("MDSL005", Error, pack, "LeaveUnset(nameof(Account.WebSiteURL)", "'WebSiteURL'"));
    }

    [Fact]
    public void MDSL001_exempts_the_table_half_of_a_polymorphic_lookup()
    {
        var entityName = """
            using MappingDsl;
            namespace Test.Entities;
            public sealed partial class Account
            {
                [Column("owneridtype", ColumnType.EntityName, Required = RequiredLevel.SystemRequired)] public string? OwnerIdType { get; set; }
            }
            """;
        var pack = Pack("""
            [Pair("Company")]
            public static Account Company(SmCompany s, MapContext m) => new() { Name = s.Name, OwnerId = m.Owner(s.OwnerEmail) };
            """);
        Assert(RunPack(pack, null, entityName));
    }

    [Fact]
    public void MDSL008_reference_to_a_method_that_is_not_a_pair()
    {
        var pack = Pack("""
            [Pair("Company")]
            public static Account Company(SmCompany s, MapContext m) => new()
            {
                Name = s.Name,
                OwnerId = m.Owner(s.OwnerEmail),
                ParentAccountId = m.Ref(NotAPair, s.ParentCompanyId),
            };

            public static Account NotAPair(SmCompany s, MapContext m) => new();
            """);
        Assert(RunPack(pack), E("MDSL008", Error, pack, "NotAPair, s.", "'NotAPair'"));
    }

    [Fact]
    public void MDSL009_reference_cycles_but_not_through_RefLater()
    {
        var pack = Pack("""
            [Pair("A")]
            public static Account A(SmCompany s, MapContext m) => new() { Name = s.Name, OwnerId = m.Owner(null), ParentAccountId = m.Ref(B, s.ParentCompanyId) };

            [Pair("B")]
            public static Account B(SmCompany s, MapContext m) => new() { Name = s.Name, OwnerId = m.Owner(null), ParentAccountId = m.Ref(A, s.ParentCompanyId) };

            [Pair("Self")]
            public static Account Self(SmCompany s, MapContext m) => new() { Name = s.Name, OwnerId = m.Owner(null), ParentAccountId = m.Ref(Self, s.ParentCompanyId) };

            [Pair("Later")]
            public static Account Later(SmCompany s, MapContext m) => new() { Name = s.Name, OwnerId = m.Owner(null), ParentAccountId = m.RefLater(Later, s.ParentCompanyId) };
            """);
        Assert(RunPack(pack),
            E("MDSL009", Error, pack, "A(SmCompany", "A → B → A"),
            E("MDSL009", Error, pack, "Self(SmCompany", "Self → Self"),
            E("MDSL015", Error, pack, "B(SmCompany", "'A' and 'B' both write 'account'"),
            E("MDSL015", Error, pack, "Self(SmCompany", "'A' and 'Self' both write 'account'"),
            E("MDSL015", Error, pack, "Later(SmCompany", "'A' and 'Later' both write 'account'"));
    }

    [Fact]
    public void MDSL018_a_reference_into_a_lookup_that_cannot_hold_the_pairs_table_is_an_error_at_the_argument()
    {
        var pack = Pack("""
            [Pair("Person")]
            public static Contact Person(SmContact s, MapContext m) => new() { LastName = s.LastName ?? "(none)", OwnerId = m.Owner(s.OwnerEmail) };

            [Pair("Company")]
            public static Account Company(SmCompany s, MapContext m) => new() { Name = s.Name, OwnerId = m.Owner(null), ParentAccountId = m.Ref(Person, s.ParentCompanyId) };
            """, ", UnmappedSourceMembers = Strictness.Ignore");
        Assert(RunPack(pack), E("MDSL018", Error, pack, "Person, s.ParentCompanyId", "'parentaccountid' of 'account' can point to 'account'; pair 'Person' writes 'contact'"));
    }

    [Fact]
    public void MDSL019_a_reference_to_a_split_pair_whose_branches_land_partly_elsewhere_is_a_warning()
    {
        var pack = Pack("""
            [Pair("Person")]
            public static Split<Lead, Contact> Person(SmContact s, MapContext m) =>
                s.LifecycleStage == "Customer"
                    ? new Contact { LastName = s.LastName ?? "(none)", OwnerId = m.Owner(s.OwnerEmail) }
                    : new Lead { LastName = s.LastName ?? "(none)", OwnerId = m.Owner(s.OwnerEmail) };

            [Pair("Deal")]
            public static Opportunity Deal(SmCompany s, MapContext m) => new() { Name = s.Name, OwnerId = m.Owner(null), CustomerId = m.Ref(Person, s.ParentCompanyId) };
            """, ", UnmappedSourceMembers = Strictness.Ignore");
        Assert(RunPack(pack), E("MDSL019", Warning, pack, "Person, s.ParentCompanyId", "pair 'Person' also writes 'lead'"));
    }

    [Fact]
    public void MDSL015_two_pairs_writing_one_table_with_numeric_keys()
    {
        var pack = Pack("""
            [Pair("Company")]
            public static Account Company(SmCompany s, MapContext m) => new() { Name = s.Name, OwnerId = m.Owner(null) };

            [Pair("Branch")]
            public static Account Branch(SmCompany s, MapContext m) => new() { Name = s.Name, OwnerId = m.Owner(null) };
            """);
        Assert(RunPack(pack), E("MDSL015", Error, pack, "Branch(SmCompany", "'Company' and 'Branch' both write 'account'"));
    }

    [Fact]
    public void MDSL010_custom_column_without_the_publisher_prefix_and_an_invalid_publisher()
    {
        var pack = Pack("""
            [Pair("Company")]
            public static Account Company(SmCompany s, MapContext m) => new() { Name = s.Name, OwnerId = m.Owner(null), Region = s.Website };
            """);
        Assert(RunPack(pack, null, ExtraSources.AccountColumns), E("MDSL010", Error, pack, "Region = s.Website", "'sm_'"));

        var badPublisher = pack.Replace("Publisher = \"sm\"", "Publisher = \"mscrmx\"");
        Assert(RunPack(badPublisher, null, ExtraSources.AccountColumns), E("MDSL010", Error, badPublisher, "P\n", "mscrm"));
    }

    [Fact]
    public void MDSL011_too_many_custom_tables_for_Sales_Professional()
    {
        var tables = string.Join("\n", Enumerable.Range(1, 16).Select(i =>
            $$"""[CustomTable("sm_T{{i}}", "T{{i}}", "T{{i}}s", PrimaryName = "sm_Name")] public sealed class T{{i}} { [CustomColumn(ColumnType.String, MaxLength = 100)] public string? sm_Name { get; set; } }"""));
        var pairs = string.Join("\n", Enumerable.Range(1, 16).Select(i =>
            $$"""[Pair("T{{i}}")] public static T{{i}} P{{i}}(SmCompany s, MapContext m) => new() { sm_Name = s.Name };"""));
        var pack = Pack(pairs, ", UnmappedSourceMembers = Strictness.Ignore, Edition = DataverseEdition.SalesProfessional");
        var run = RunPack(pack, null, "using MappingDsl;\nnamespace Test.Entities;\n" + tables);
        Assert(run, E("MDSL011", Warning, pack, "P\n", "16 custom tables"));
        Xunit.Assert.Empty(run.CompilationErrors);
    }

    [Fact]
    public void MDSL012_wrong_signature_and_source_type_without_a_key()
    {
        var pack = Pack("""
            [Pair("Company")]
            public static Account Company(SmCompany s) => new() { Name = s.Name, OwnerId = null };

            [Pair("Keyless")]
            public static Account Keyless(SmNoKey s, MapContext m) => new() { Name = s.Name, OwnerId = null };
            """, context: "ExtraJson");
        Assert(RunPack(pack, null, ExtraSources.Records),
            E("MDSL012", Error, pack, "Company(SmCompany", "(TSource source, MapContext m)"),
            E("MDSL012", Error, pack, "Keyless(SmNoKey", "[SourceKey]"));
    }

    [Fact]
    public void MDSL013_assignments_to_non_columns_and_columns_not_valid_for_create()
    {
        var pack = Pack("""
            [Pair("Company")]
            public static Account Company(SmCompany s, MapContext m) => new()
            {
                Name = s.Name,
                OwnerId = m.Owner(null),
                Scratch = s.Notes,
                CreatedOn = DateTimeOffset.UnixEpoch,
                StateCode = Account.StateCodeOption.Inactive,
            };
            """);
        Assert(RunPack(pack, null, ExtraSources.AccountColumns),
            E("MDSL013", Error, pack, "Scratch = s.Notes", "not a Dataverse column"),
            E("MDSL013", Error, pack, "CreatedOn = ", "cannot be set"));
    }

    [Fact]
    public void MDSL014_pack_without_a_json_context()
    {
        var pack = Pack("""
            [Pair("Company")]
            public static Account Company(SmCompany s, MapContext m) => new() { Name = s.Name, OwnerId = null };
            """).Replace(", JsonContext = typeof(SalesmateJson)", "");
        Assert(RunPack(pack), E("MDSL014", Error, pack, "P\n", "JsonContext"));
    }

    [Fact]
    public void MDSL060_a_pack_class_that_is_not_partial_or_is_nested_has_its_own_id()
    {
        var notPartial = Pack("").Replace("public static partial class P", "public static class P", StringComparison.Ordinal);
        var nested = Pack("").Replace("[MapPack(", "public static partial class Outer {\n[MapPack(", StringComparison.Ordinal) + "\n}";

        Assert(RunPack(notPartial), E("MDSL060", Error, notPartial, "P\n", "must be a top-level, non-generic partial class"));
        Assert(RunPack(nested), E("MDSL060", Error, nested, "P\n"));
    }

    [Fact]
    public void MDSL099_constructs_the_generator_cannot_translate_are_errors_not_crashes()
    {
        var pack = Pack("""
            [Pair("Company")]
            public static Account Company(SmCompany s, MapContext m)
            {
                var a = new Account();
                for (var i = 0; i < 2; i++) a.Name += s.Name;
                return a;
            }

            [Pair("Contact")]
            public static Split<Lead, Contact> Contact(SmContact s, MapContext m) =>
                s.LifecycleStage == "lead" ? MakeLead() : new Contact { LastName = "x", OwnerId = null, ParentCustomerId = s.CompanyId is null ? m.Ref(Company, s.Id) : Fallback() };

            private static Lead MakeLead() => new();

            private static LookupRef? Fallback() => null;
            """);
        var run = RunPack(pack);
        Assert(run,
            E("MDSL099", Error, pack, "{\n    var a"),
            E("MDSL099", Error, pack, "MakeLead() :"),
            E("MDSL099", Error, pack, "s.CompanyId is null ?", "'ParentCustomerId'"));
        Xunit.Assert.DoesNotContain(run.GeneratorDiagnostics, d => d.Id is "CS8785" or "AD0001" || d.Id == "MDSL098");
    }

    [Fact]
    public void Half_typed_code_is_reported_not_crashed_on()
    {
        var pack = Pack("""
            [Pair("Company")]
            public static Account Company(SmCompany s, MapContext m) => new() { Name = , OwnerId = m.Owner( };

            [Picklist("Sizes")]
            public static int Size(string v) => v switch { "a" => 1, var q when q.Length > 2 => 2, 3 => 3 };

            [Pair("Nothing")]
            public static Account Nothing(SmCompany s, MapContext m) => default!;
            """);
        var run = RunPack(pack);

        Assert(run,
            E("MDSL099", Error, pack, "var q when", "'when'"),
            E("MDSL099", Error, pack, "3 => 3"),
            E("MDSL099", Error, pack, "default!", "object creation"));
        Xunit.Assert.DoesNotContain(run.GeneratorDiagnostics, d => d.Id is "CS8785" or "AD0001" or "MDSL098");
        Xunit.Assert.NotEmpty(run.CompilationErrors);
        Xunit.Assert.Empty(run.Result.GeneratedSources);
    }
}
