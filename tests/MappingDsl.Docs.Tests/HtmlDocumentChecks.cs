using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Dom.Events;
using AngleSharp.Html.Parser;
using MappingDsl.Catalog;

namespace MappingDsl.Docs.Tests;

// Reads a customer HTML document with a real HTML5 parser and checks it against the catalog it claims to describe.
// Every expected value comes from the catalog, never from the docs model or the template.
internal static partial class HtmlDocumentChecks
{
    // Attributes through which a page loads or sends anything; only same-page links (href="#…") are allowed.
    private static readonly string[] ResourceAttributes =
        ["src", "srcset", "href", "action", "formaction", "poster", "data", "background", "manifest", "ping", "xlink:href"];

    private static readonly string[] ResourceElements = ["link", "script", "img", "iframe", "object", "embed", "base", "source", "video", "audio", "frame"];

    public static IDocument Parse(string html)
    {
        var errors = new List<string>();
        var parser = new HtmlParser();
        parser.Error += (_, e) => errors.Add(e is HtmlErrorEvent error ? $"{error.Position}: {error.Message}" : e.ToString()!);
        var document = parser.ParseDocument(html);
        Assert.True(errors.Count == 0, "HTML parse errors: " + string.Join("; ", errors));
        return document;
    }

    public static void AssertSelfContained(IDocument document)
    {
        foreach (var name in ResourceElements)
            Assert.True(document.QuerySelectorAll(name).Length == 0, $"The document has a <{name}> element.");
        foreach (var element in document.All)
        {
            foreach (var attribute in element.Attributes)
            {
                if (ResourceAttributes.Contains(attribute.Name, StringComparer.OrdinalIgnoreCase))
                    Assert.True(attribute.Name == "href" && attribute.Value.StartsWith('#'), $"<{element.LocalName} {attribute.Name}=\"{attribute.Value}\"> points outside the document.");
                if (attribute.Name == "style")
                    AssertNoExternalCss(attribute.Value);
            }
        }
        var styles = document.QuerySelectorAll("style");
        Assert.NotEmpty(styles);
        foreach (var style in styles)
            AssertNoExternalCss(style.TextContent);
        Assert.Single(document.QuerySelectorAll("style[media=print]"));
    }

    public static void AssertStructure(IDocument document, MapCatalog catalog)
    {
        var h1 = Assert.Single(document.QuerySelectorAll("h1"));
        Assert.Contains(catalog.Source, h1.TextContent, StringComparison.Ordinal);
        Assert.False(string.IsNullOrWhiteSpace(document.Title));

        var ids = document.All.Select(e => e.Id).Where(id => !string.IsNullOrEmpty(id)).ToList();
        Assert.Equal(ids.Count, ids.Distinct(StringComparer.Ordinal).Count());

        // Every table-of-contents link lands somewhere, and every top-level section is in the table of contents.
        var toc = Assert.Single(document.QuerySelectorAll("nav.toc"));
        var tocTargets = toc.QuerySelectorAll("a").Select(a => Target(document, a)).ToList();
        foreach (var section in document.QuerySelectorAll("main > section"))
            Assert.Contains(section, tocTargets);

        AssertObjectTable(document, catalog, tocTargets);
        AssertMatrices(document, catalog, tocTargets);
        var lossyCount = catalog.Pairs.Count(p => p.LossyReason is not null) + catalog.Pairs.Sum(p => p.Fields.Count(f => f.LossyReason is not null));
        Assert.Equal(lossyCount, document.QuerySelectorAll("#lossy tbody tr.lossy").Length);
    }

    private static void AssertObjectTable(IDocument document, MapCatalog catalog, List<IElement> tocTargets)
    {
        var rows = document.QuerySelectorAll("#object-mapping tbody tr");
        Assert.Equal(catalog.Pairs.Count, rows.Length);
        for (var i = 0; i < rows.Length; i++)
        {
            var pair = catalog.Pairs[i];
            var row = rows[i];
            var cells = row.QuerySelectorAll("td").Select(c => c.TextContent).ToList();
            Assert.False(string.IsNullOrEmpty(row.Id), $"The object row of {pair.Name} has no anchor.");
            Assert.Equal(OneLine(pair.SourceObject), cells[0]);
            Assert.Equal(OneLine(string.Join(" or ", pair.Targets)), cells[1]);
            Assert.Equal(pair.Phase.ToString(System.Globalization.CultureInfo.InvariantCulture), cells[3]);
            Assert.True(pair.LossyReason is not null == row.ClassList.Contains("lossy"), $"The object row of {pair.Name} is marked lossy: {row.ClassList.Contains("lossy")}; the pair is lossy: {pair.LossyReason is not null}.");
            if (pair.LossyReason is not null)
                Assert.Contains(OneLine(pair.LossyReason), cells[4], StringComparison.Ordinal);

            // The row links to the pair's section, which the table of contents lists and which holds one row per field.
            var section = Target(document, Assert.Single(row.QuerySelectorAll("a")));
            Assert.Contains(section, tocTargets);
            Assert.StartsWith(OneLine(pair.SourceObject), section.QuerySelector("h3")!.TextContent, StringComparison.Ordinal);
            var fieldRows = section.QuerySelectorAll("tbody tr");
            Assert.True(pair.Fields.Count == fieldRows.Length, $"{pair.Name}: {pair.Fields.Count} fields, {fieldRows.Length} rows in its table.");
            for (var f = 0; f < fieldRows.Length; f++)
            {
                var field = pair.Fields[f];
                var fieldCells = fieldRows[f].QuerySelectorAll("td").Select(c => c.TextContent).ToList();
                Assert.Equal([field.Target, field.Column, OneLine(field.Expression)], [fieldCells[0], fieldCells[1], fieldCells[3]]);
                Assert.True(field.LossyReason is not null == fieldRows[f].ClassList.Contains("lossy"), $"{pair.Name}: the row of {field.Target}.{field.Column} is marked lossy: {fieldRows[f].ClassList.Contains("lossy")}; the field is lossy: {field.LossyReason is not null}.");
            }
        }
    }

    private static void AssertMatrices(IDocument document, MapCatalog catalog, List<IElement> tocTargets)
    {
        var sections = document.QuerySelectorAll("#value-matrices section");
        Assert.Equal(catalog.Picklists.Count, sections.Length);
        for (var i = 0; i < sections.Length; i++)
        {
            var matrix = catalog.Picklists[i];
            Assert.Contains(sections[i], tocTargets);
            Assert.StartsWith(OneLine(matrix.Name), sections[i].QuerySelector("h3")!.TextContent, StringComparison.Ordinal);
            var rows = sections[i].QuerySelectorAll("tbody tr")
                .Select(r => r.QuerySelectorAll("td").Select(c => c.TextContent).ToList())
                .Select(cells => (cells[0], cells[1]));
            Assert.Equal(matrix.Rows.Select(r => (OneLine(string.Join(", ", r.SourceValues)), OneLine(r.Target))), rows);
        }
    }

    private static IElement Target(IDocument document, IElement link)
    {
        var href = link.GetAttribute("href") ?? "";
        Assert.StartsWith("#", href, StringComparison.Ordinal);
        return document.GetElementById(href[1..]) ?? throw new Xunit.Sdk.XunitException($"The link {href} (\"{link.TextContent}\") leads nowhere.");
    }

    private static void AssertNoExternalCss(string css)
    {
        Assert.DoesNotContain("url(", css, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("@import", css, StringComparison.OrdinalIgnoreCase);
    }

    // A table cell shows text on one line; the catalog keeps expressions as they were written.
    private static string OneLine(string text) => Whitespace().Replace(text, " ");

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
