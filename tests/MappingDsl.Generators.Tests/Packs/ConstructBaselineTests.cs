using System.Text.RegularExpressions;
using MappingDsl.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using static MappingDsl.Generators.Tests.Packs.PackRunner;

namespace MappingDsl.Generators.Tests.Packs;

/// <summary>
/// One small golden file per DSL construct, each from a pack with nothing else in it, so a change to how one construct
/// is emitted shows in that construct's file alone. Every file under Baselines/ must have a test producing it.
/// </summary>
public sealed partial class ConstructBaselineTests
{
    private const string CustomTable = """
        using MappingDsl;

        namespace Test.Entities;

        [CustomTable("sm_Tag", "Tag", "Tags", PrimaryName = "sm_Name")]
        public sealed partial class Tag
        {
            [CustomColumn(ColumnType.String, MaxLength = 100)] public string? sm_Name { get; set; }
            [CustomColumn(ColumnType.Integer, Label = "Employees")] public int? sm_Employees { get; set; }
        }
        """;

    // Each construct as the members of a minimal pack, with the discovery snapshot and extra sources it needs.
    private static readonly Dictionary<string, (string Members, string? Discovery, string[] Extra)> Packs = new()
    {
        ["Split"] = ("""
                [Pair("Contact")]
                public static Split<Lead, Contact> Contact(SmContact s, MapContext m) =>
                    s.LifecycleStage is "lead"
                        ? new Lead { LastName = s.LastName ?? "(none)", OwnerId = m.Owner(s.OwnerEmail) }
                        : new Contact { LastName = s.LastName ?? "(none)", OwnerId = m.Owner(s.OwnerEmail) };
            """, null, []),
        ["Inventory"] = ("""
                [Pair("Smart Flow membership", TargetDescription = "Power Automate (rebuild required)")]
                public static InventoryRow SmartFlow(SmSmartFlowMembership s, MapContext m) => new() { ["Flow"] = s.FlowName, ["Contact"] = s.ContactEmail };
            """, null, []),
        ["PicklistMatrix"] = ("""
                [Pair("Deal")]
                public static Opportunity Deal(SmDeal s, MapContext m) => new() { Name = s.Title, SalesStage = Stage(s.Stage), OwnerId = m.Owner(s.OwnerEmail) };

                [Picklist("Deal stage", Discovered = "deal.stage")]
                public static Opportunity.SalesStageOption Stage(string? v) => v switch
                {
                    "New" or "Qualified" => Opportunity.SalesStageOption.Qualify,
                    "Proposal" => Opportunity.SalesStageOption.Propose,
                    _ => Unmapped.Fail<Opportunity.SalesStageOption>(v),
                };
            """, PackSources.Discovery, []),
        ["DeferredLookup"] = ("""
                [Pair("Company")]
                public static Account Company(SmCompany s, MapContext m) => new() { Name = s.Name, OwnerId = m.Owner(s.OwnerEmail), ParentAccountId = m.RefLater(Company, s.ParentCompanyId) };
            """, null, []),
        ["LossyMarker"] = ("""
                [Pair("Company")]
                public static Account Company(SmCompany s, MapContext m) => new()
                {
                    Name = s.Name,
                    Description = Lossy.Truncate(s.Notes, 2000, "Notes longer than 2000 characters are cut"),
                    OwnerId = m.Owner(s.OwnerEmail),
                };
            """, null, []),
        ["CustomTable"] = ("""
                [Pair("Tag")]
                public static Tag Tags(SmCompany s, MapContext m) => new() { sm_Name = s.Name, sm_Employees = s.Employees };
            """, null, [CustomTable]),
    };

    /// <summary>The constructs' names, one golden file each.</summary>
    public static TheoryData<string> Constructs => [.. Packs.Keys];

    [Theory]
    [MemberData(nameof(Constructs))]
    public void Each_construct_generates_its_baseline_and_compiles_clean(string construct)
    {
        var (members, discovery, extra) = Packs[construct];

        var run = RunPack(Pack(members), discovery, extra);

        DiagnosticAssert.None(run.Result.Diagnostics);
        Assert.Empty(run.Output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning));
        // A pair's direct-write twin is its own file; the golden file holds every file the construct generates.
        var files = run.Result.GeneratedSources.OrderBy(s => s.HintName, StringComparer.Ordinal)
            .Select(s => "// " + s.HintName + "\n" + s.SourceText);
        Baseline.Match("Constructs", construct + ".g.cs", string.Join("\n", files));
    }

    [Fact]
    public void Generated_members_carry_the_generators_assembly_version()
    {
        var source = Assert.Single(RunPack(Pack(Packs["Inventory"].Members)).Result.GeneratedSources).SourceText.ToString();

        var stamps = GeneratedCode().Matches(source).Select(m => m.Groups["version"].Value).ToList();

        // The catalog field, the catalog, the module initializer, the catalog builder, the id column and one transform.
        Assert.Equal(6, stamps.Count);
        Assert.All(stamps, v => Assert.Equal(Baseline.GeneratorVersion, v));
        Assert.Matches(@"^\d+\.\d+\.\d+$", Baseline.GeneratorVersion);
    }

    [Fact]
    public void Every_baseline_file_has_a_test_producing_it()
    {
        var root = Baseline.Root();
        var produced = Packs.Keys.Select(c => Path.Combine("Constructs", c + ".g.cs.txt")).ToHashSet();
        // The other golden files are named by literal Baseline.Match calls in the test sources.
        foreach (var file in Directory.EnumerateFiles(Path.GetDirectoryName(root)!, "*.cs", SearchOption.AllDirectories))
        {
            if (file.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
                continue;
            foreach (Match call in LiteralMatch().Matches(File.ReadAllText(file)))
                produced.Add(Path.Combine(call.Groups["test"].Value, call.Groups["name"].Value + ".txt"));
        }

        var files = Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(root, f));

        Assert.Empty(files.Where(f => !produced.Contains(f)).Order(StringComparer.Ordinal));
    }

    [GeneratedRegex("""GeneratedCode\("MappingDsl\.Generators", "(?<version>[^"]*)"\)""")]
    private static partial Regex GeneratedCode();

    [GeneratedRegex("""Baseline\.Match\("(?<test>[^"]+)", "(?<name>[^"]+)",""")]
    private static partial Regex LiteralMatch();
}
