using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using MappingDsl.Catalog;
using MappingDsl.Cli.Hosting;

namespace MappingDsl.Cli.Tests;

// `mapdsl scaffold salesmate` on the checked-in discovery snapshot, compared with the hand-written Salesmate pack. The
// expected assignments are read here from the compiled catalog (pairs → fields → source members as JSON keys), not
// from the scaffolder's own comparison code, and not from a list written in this file.
public sealed class ScaffoldCommandTests : IDisposable
{
    private const double RequiredCoverage = 0.8;
    private readonly string _folder = Directory.CreateTempSubdirectory("mapdsl-scaffold-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task Proposes_at_least_80_percent_of_the_hand_written_salesmate_assignments_and_reports_each_miss()
    {
        var (code, output, error) = await Cli.RunAsync("scaffold", "salesmate", "--discovery", Snapshot(), "--out", _folder, "--compare", "salesmate", "--json");
        Assert.True(code == ExitCodes.Success, error);

        var proposed = JsonNode.Parse(output)!["proposal"]!["pairs"]!.AsArray()
            .SelectMany(p => p!["assignments"]!.AsArray().Select(a => (
                Module: (string)p["module"]!, Target: (string)a!["target"]!, Column: (string)a["column"]!, Field: (string)a["sourceField"]!)))
            .ToHashSet();
        var expected = HandWritten();
        var missed = expected.Where(e => !e.Fields.Any(f => proposed.Contains((e.Module, e.Target, e.Column, f)))).ToList();
        var coverage = 1 - ((double)missed.Count / expected.Count);

        Assert.True(expected.Count > 100, $"only {expected.Count} hand-written assignments were read from the catalog");
        Assert.True(coverage >= RequiredCoverage,
            $"covered {expected.Count - missed.Count} of {expected.Count} ({coverage:P1}); missed: {string.Join("; ", missed.Select(m => $"{m.Pair} {m.Target}.{m.Column}"))}");
        var report = await File.ReadAllTextAsync(Path.Combine(_folder, "scaffold-report.md"));
        foreach (var miss in missed)
            Assert.Contains($"- missed: {miss.Pair} `{miss.Target}.{miss.Column}`", report, StringComparison.Ordinal);
        Assert.Contains($"Proposed {expected.Count - missed.Count} of its {expected.Count} assignments", report, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Writes_source_types_pairs_custom_columns_and_matrices_marked_as_proposals()
    {
        var (code, _, error) = await Cli.RunAsync("scaffold", "salesmate", "--discovery", Snapshot(), "--out", _folder);
        Assert.True(code == ExitCodes.Success, error);

        var contact = await File.ReadAllTextAsync(Path.Combine(_folder, "Salesmate.Pack", "Source", "SmContact.cs"));
        Assert.Contains("[JsonPropertyName(\"selectCustomField1\")]", contact, StringComparison.Ordinal);
        var contacts = await File.ReadAllTextAsync(Path.Combine(_folder, "Salesmate.Pack", "Pairs", "Contacts.cs"));
        Assert.Contains("EMailAddress1 = s.Email, // proposed: high", contacts, StringComparison.Ordinal);
        // One matrix row per discovered lifecycle stage (values read from the snapshot, not listed here).
        var stages = JsonNode.Parse(await File.ReadAllTextAsync(Snapshot()))!["values"]!["contact.lifecycleStage"]!.AsArray();
        foreach (var stage in stages)
            Assert.Contains($"\"{(string)stage!}\" =>", contacts, StringComparison.Ordinal);
        var schema = await File.ReadAllTextAsync(Path.Combine(_folder, "Salesmate.Schema", "Custom", "Account.cs"));
        Assert.Contains("public SmTier? sm_Tier", schema, StringComparison.Ordinal);

        // Re-running keeps what the engineer already edited.
        var pairFile = Path.Combine(_folder, "Salesmate.Pack", "Pairs", "Companies.cs");
        await File.WriteAllTextAsync(pairFile, "// confirmed by the engineer");
        (code, _, error) = await Cli.RunAsync("scaffold", "salesmate", "--discovery", Snapshot(), "--out", _folder);
        Assert.True(code == ExitCodes.Success, error);
        Assert.Equal("// confirmed by the engineer", await File.ReadAllTextAsync(pairFile));
    }

    private sealed record Expected(string Pair, string Module, string Target, string Column, IReadOnlyList<string> Fields);

    private static List<Expected> HandWritten()
    {
        PackLoader.LoadAll();
        var catalog = MapPackRegistry.Get("salesmate");
        var assembly = catalog.Transforms[0].GetType().Assembly;
        var list = new List<Expected>();
        foreach (var pair in catalog.Pairs.Where(p => p.Kind != PairKind.DocumentationOnly))
        {
            var type = assembly.GetTypes().Single(t => t.FullName == pair.SourceType || t.Name == pair.SourceType);
            foreach (var field in pair.Fields.Where(f => f.SourceMembers.Count > 0))
            {
                var keys = field.SourceMembers.Select(m => type.GetProperty(m)?.GetCustomAttribute<JsonPropertyNameAttribute>()?.Name
                    ?? JsonNamingPolicy.CamelCase.ConvertName(m)).ToList();
                list.Add(new Expected(pair.Name, pair.Module, field.Target, field.Column, keys));
            }
        }
        return list;
    }

    private static string Snapshot([CallerFilePath] string caller = "")
    {
        var directory = Path.GetDirectoryName(caller)!;
        while (!Directory.Exists(Path.Combine(directory, "maps", "Salesmate")))
            directory = Path.GetDirectoryName(directory)!;
        return Path.Combine(directory, "maps", "Salesmate", "Salesmate.Pack", "discovery", "salesmate.discovery.json");
    }
}
