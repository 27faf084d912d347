using System.Runtime.CompilerServices;
using MappingDsl.Catalog;
using MappingDsl.Maps.CustomerIo;
using MappingDsl.Maps.Iterable;
using MappingDsl.Maps.Salesmate;
using MappingDsl.Maps.Wetroo;

namespace MappingDsl.Docs.Tests;

/// <summary>
/// The customer documents checked in under docs/customers, for every shipped pack: the HTML page is exactly what the
/// compiled pack renders, and a real HTML parser finds every pair, field and matrix row of the catalog in it.
/// </summary>
public sealed class ShippedPackDocumentsTests
{
    private static readonly Dictionary<string, Func<MapCatalog>> Packs = new(StringComparer.Ordinal)
    {
        ["customerio"] = () => CustomerIoPack.Catalog,
        ["iterable"] = () => IterablePack.Catalog,
        ["salesmate"] = () => SalesmatePack.Catalog,
        ["wetroo"] = () => WetrooPack.Catalog,
    };

    public static TheoryData<string> PackNames => [.. Packs.Keys];

    [Fact]
    public void Every_pack_has_its_markdown_and_html_document_and_no_other_document_is_checked_in()
    {
        var files = Directory.EnumerateFiles(CustomersFolder()).Select(Path.GetFileName).Order(StringComparer.Ordinal);
        var expected = Packs.Keys.SelectMany(name => new[] { $"{name}-mapping.html", $"{name}-mapping.md" }).Order(StringComparer.Ordinal);
        Assert.Equal(expected, files);
    }

    [Theory]
    [MemberData(nameof(PackNames))]
    public void Checked_in_html_document_matches_the_compiled_pack(string pack)
    {
        var path = Path.Combine(CustomersFolder(), $"{pack}-mapping.html");
        var rendered = CustomerDocs.RenderMappingHtml(Packs[pack]());
        if (Environment.GetEnvironmentVariable("UPDATE_BASELINES") == "1")
            File.WriteAllText(path, rendered);

        Assert.True(
            File.Exists(path) && File.ReadAllText(path) == rendered,
            $"docs/customers/{pack}-mapping.html is out of date: run `dotnet run --project src/MappingDsl.Cli -- docs {pack} --out docs/customers` or UPDATE_BASELINES=1 dotnet test tests/MappingDsl.Docs.Tests.");
    }

    [Theory]
    [MemberData(nameof(PackNames))]
    public void Checked_in_html_document_holds_every_pair_field_and_matrix_row_and_loads_nothing_from_outside(string pack)
    {
        var document = HtmlDocumentChecks.Parse(File.ReadAllText(Path.Combine(CustomersFolder(), $"{pack}-mapping.html")));

        HtmlDocumentChecks.AssertStructure(document, Packs[pack]());
        HtmlDocumentChecks.AssertSelfContained(document);
    }

    private static string CustomersFolder([CallerFilePath] string caller = "")
    {
        var directory = Path.GetDirectoryName(caller)!;
        while (!File.Exists(Path.Combine(directory, "MappingDsl.sln")))
            directory = Path.GetDirectoryName(directory)!;
        return Path.Combine(directory, "docs", "customers");
    }
}
