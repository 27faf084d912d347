using System.Reflection;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;

namespace MappingDsl.Generators.Tests;

/// <summary>Every diagnostic the generators can report is documented, with an example, where its help link points.</summary>
public sealed class DiagnosticsCatalogueTests
{
    private static IReadOnlyList<FieldInfo> DescriptorFields() =>
        [.. typeof(MappingDsl.Generators.Packs.MapPackGenerator).Assembly.GetTypes()
            .SelectMany(t => t.GetFields(BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic))
            .Where(f => f.FieldType == typeof(DiagnosticDescriptor))];

    private static IReadOnlyList<DiagnosticDescriptor> Descriptors() =>
        [.. DescriptorFields().Select(f => (DiagnosticDescriptor)f.GetValue(null)!)];

    private static string Repository([CallerFilePath] string caller = "")
    {
        var directory = Path.GetDirectoryName(caller)!;
        while (!File.Exists(Path.Combine(directory, "docs", "diagnostics.md")))
            directory = Path.GetDirectoryName(directory)!;
        return directory;
    }

    [Fact]
    public void One_catalogue_holds_one_descriptor_per_id_sorted_by_id()
    {
        var fields = DescriptorFields();
        var ids = fields.Select(f => ((DiagnosticDescriptor)f.GetValue(null)!).Id).ToList();

        Assert.All(fields, f => Assert.Equal(typeof(MappingDsl.Generators.Diagnostics.PackDiagnostics), f.DeclaringType));
        Assert.Equal(ids.Distinct().Count(), ids.Count);
        Assert.Equal(ids.Order(StringComparer.Ordinal), ids);
    }

    [Fact]
    public void Every_id_is_release_tracked_with_its_default_severity()
    {
        var generator = Path.Combine(Repository(), "generators", "MappingDsl.Generators");
        var rows = new[] { "AnalyzerReleases.Shipped.md", "AnalyzerReleases.Unshipped.md" }
            .SelectMany(file => File.ReadAllLines(Path.Combine(generator, file)))
            .Where(line => line.StartsWith("MDSL", StringComparison.Ordinal))
            .Select(line => line.Split('|', StringSplitOptions.TrimEntries))
            .ToDictionary(cells => cells[0], cells => cells[2]);

        Assert.All(Descriptors(), d =>
        {
            Assert.True(rows.TryGetValue(d.Id, out var severity), $"{d.Id} is in no AnalyzerReleases file");
            Assert.Equal(d.DefaultSeverity.ToString(), severity);
        });
    }

    [Fact]
    public void Every_message_format_says_more_than_its_arguments()
    {
        Assert.All(Descriptors(), d =>
        {
            var format = d.MessageFormat.ToString(System.Globalization.CultureInfo.InvariantCulture);
            var literal = System.Text.RegularExpressions.Regex.Replace(format, @"\{\d+\}", "").Trim(' ', ':', '.', '\'');
            Assert.True(literal.Length >= 8, $"{d.Id}'s message '{format}' is only its arguments");
        });
    }

    private static string Catalogue() => File.ReadAllText(Path.Combine(Repository(), "docs", "diagnostics.md"));

    [Fact]
    public void Every_descriptor_has_a_section_with_an_example_and_a_matching_help_link()
    {
        var catalogue = Catalogue();
        var descriptors = Descriptors();

        Assert.True(descriptors.Count >= 16, $"found only {descriptors.Count} descriptors");
        Assert.All(descriptors, d =>
        {
            var anchor = $"<a id=\"{d.Id.ToLowerInvariant()}\"></a>";
            var at = catalogue.IndexOf(anchor, StringComparison.Ordinal);
            Assert.True(at >= 0, $"{d.Id} has no section in docs/diagnostics.md");
            var next = catalogue.IndexOf("<a id=\"mdsl", at + anchor.Length, StringComparison.Ordinal);
            var section = next < 0 ? catalogue[at..] : catalogue[at..next];
            Assert.Contains("```", section, StringComparison.Ordinal);
            Assert.EndsWith($"docs/diagnostics.md#{d.Id.ToLowerInvariant()}", d.HelpLinkUri, StringComparison.Ordinal);
            Assert.True(Uri.TryCreate(d.HelpLinkUri, UriKind.Absolute, out var link) && link.Scheme == Uri.UriSchemeHttps, $"{d.Id}: '{d.HelpLinkUri}' is not an absolute https link");
            Assert.Equal("MappingDsl", d.Category);
        });
    }
}
