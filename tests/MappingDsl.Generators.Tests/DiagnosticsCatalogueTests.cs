using System.Reflection;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;

namespace MappingDsl.Generators.Tests;

/// <summary>Every diagnostic the generators can report is documented, with an example, where its help link points.</summary>
public sealed class DiagnosticsCatalogueTests
{
    private static IReadOnlyList<DiagnosticDescriptor> Descriptors() =>
        [.. typeof(MappingDsl.Generators.Packs.MapPackGenerator).Assembly.GetTypes()
            .SelectMany(t => t.GetFields(BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic))
            .Where(f => f.FieldType == typeof(DiagnosticDescriptor))
            .Select(f => (DiagnosticDescriptor)f.GetValue(null)!)
            .DistinctBy(d => d.Id)];

    private static string Catalogue([CallerFilePath] string caller = "")
    {
        var directory = Path.GetDirectoryName(caller)!;
        while (!File.Exists(Path.Combine(directory, "docs", "diagnostics.md")))
            directory = Path.GetDirectoryName(directory)!;
        return File.ReadAllText(Path.Combine(directory, "docs", "diagnostics.md"));
    }

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
            Assert.Equal("MappingDsl", d.Category);
        });
    }
}
