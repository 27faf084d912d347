using Microsoft.CodeAnalysis;
using static MappingDsl.Generators.Tests.Packs.PackRunner;
using Expected = MappingDsl.Generators.Tests.Packs.DiagnosticAssert.Expected;

namespace MappingDsl.Generators.Tests.Packs;

/// <summary>A split's branch declared as a matrix over a discovered value: MDSL004 per missing row, MDSL025–027.</summary>
public sealed class SplitMatrixTests
{
    private const DiagnosticSeverity Error = DiagnosticSeverity.Error;

    private const string Discovery = """{"source":"salesmate","values":{"contact.lifecycleStage":["Lead","Customer","CUSTOMER","Partner"]}}""";

    private static string SplitPack(string matrix) => Pack($$"""
        public enum Route { Lead, Contact }

        [Pair("Contact", Module = "contact")]
        public static Split<Lead, Contact> People(SmContact s, MapContext m) =>
            Routing(s.LifecycleStage, m) is Route.Contact
                ? new Contact { LastName = s.LastName ?? "(none)", OwnerId = m.Owner(s.OwnerEmail) }
                : new Lead { LastName = s.LastName ?? "(none)", Subject = "x", OwnerId = m.Owner(s.OwnerEmail) };

        {{matrix}}
        """);

    private const string Folded = """
        [Picklist("Lifecycle", Discovered = "contact.lifecycleStage", Comparison = MatrixComparison.IgnoreCase)]
        public static Route Routing(string? v, MapContext m) => Matrix.Fold(v) switch
        {
            "customer" => Route.Contact,
            "lead" => Route.Lead,
            _ => Unmapped.Review(m, v, Route.Lead),
        };
        """;

    private static Expected E(string id, string source, string text, string? message = null)
    {
        var (line, column) = At(source, text);
        return new Expected(id, Error, line, column, message);
    }

    [Fact]
    public void A_discovered_value_without_a_row_is_MDSL004_and_case_variants_meet_their_folded_row()
    {
        var pack = SplitPack(Folded);
        // "CUSTOMER" folds to the "customer" row; only "Partner" lacks one.
        DiagnosticAssert.Exactly(RunPack(pack, Discovery).Result.Diagnostics,
            E("MDSL004", pack, "Matrix.Fold(v) switch", "'Partner'"));
    }

    [Fact]
    public void The_catalog_names_the_split_matrix_on_the_pair_and_the_split_on_the_matrix()
    {
        var pack = SplitPack(Folded.Replace("\"lead\" =>", "\"lead\" or \"partner\" =>", StringComparison.Ordinal));
        var run = RunPack(pack, Discovery);
        DiagnosticAssert.None(run.Result.Diagnostics);
        var generated = string.Concat(run.Result.GeneratedSources.Select(t => t.SourceText.ToString()));
        Assert.Contains("{ SplitMatrix = \"Lifecycle\" }", generated, StringComparison.Ordinal);
        Assert.Contains("Comparison = global::MappingDsl.MatrixComparison.IgnoreCase, Splits = new string[] { \"People\" }", generated, StringComparison.Ordinal);
    }

    [Fact]
    public void MDSL025_a_split_matrix_without_a_discovery_key()
    {
        var pack = SplitPack(Folded.Replace("Discovered = \"contact.lifecycleStage\", ", "", StringComparison.Ordinal));
        DiagnosticAssert.Exactly(RunPack(pack, Discovery).Result.Diagnostics,
            E("MDSL025", pack, "Routing(string? v", "'Lifecycle' decides pair 'People'"));
    }

    [Fact]
    public void MDSL026_a_split_matrix_whose_default_arm_routes_silently()
    {
        var pack = SplitPack(Folded.Replace("\"lead\" =>", "\"lead\" or \"partner\" =>", StringComparison.Ordinal)
            .Replace("Unmapped.Review(m, v, Route.Lead)", "Route.Lead", StringComparison.Ordinal));
        DiagnosticAssert.Exactly(RunPack(pack, Discovery).Result.Diagnostics,
            E("MDSL026", pack, "Matrix.Fold(v) switch", "'_ => Route.Lead'"));
    }

    [Fact]
    public void MDSL027_an_ignore_case_row_that_is_not_folded_can_never_match()
    {
        var pack = SplitPack(Folded.Replace("\"lead\" =>", "\"lead\" or \"Partner\" =>", StringComparison.Ordinal));
        // The unfolded row is reported, and the value it was meant for is still missing.
        DiagnosticAssert.Exactly(RunPack(pack, Discovery).Result.Diagnostics,
            E("MDSL004", pack, "Matrix.Fold(v) switch", "'Partner'"),
            E("MDSL027", pack, "Matrix.Fold(v) switch", "row \"Partner\""));
    }

    [Fact]
    public void MDSL027_ignore_case_stated_but_the_switch_compares_the_raw_value()
    {
        var pack = SplitPack(Folded.Replace("\"lead\" =>", "\"lead\" or \"partner\" =>", StringComparison.Ordinal)
            .Replace("Matrix.Fold(v) switch", "v switch", StringComparison.Ordinal));
        DiagnosticAssert.Exactly(RunPack(pack, Discovery).Result.Diagnostics,
            E("MDSL027", pack, "v switch", "does not read Matrix.Fold(v)"));
    }

    [Fact]
    public void MDSL027_a_folded_switch_under_the_exact_rule()
    {
        var pack = SplitPack(Folded.Replace("\"lead\" =>", "\"lead\" or \"partner\" =>", StringComparison.Ordinal)
            .Replace(", Comparison = MatrixComparison.IgnoreCase", "", StringComparison.Ordinal));
        var diagnostics = RunPack(pack, Discovery).Result.Diagnostics;
        // Under Exact, "Lead" and "Customer" are no longer met by folded rows either.
        Assert.Contains(diagnostics, d => d.Id == "MDSL027" && d.GetMessage(System.Globalization.CultureInfo.InvariantCulture).Contains("Comparison = Exact", StringComparison.Ordinal));
        Assert.Contains(diagnostics, d => d.Id == "MDSL004" && d.GetMessage(System.Globalization.CultureInfo.InvariantCulture).Contains("'Lead'", StringComparison.Ordinal));
    }
}
