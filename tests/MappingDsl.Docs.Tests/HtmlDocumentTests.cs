using MappingDsl.Catalog;

namespace MappingDsl.Docs.Tests;

public sealed class HtmlDocumentTests
{
    private const string Hostile = "<script>alert('x')</script> & \"quoted\" <b>bold</b>";

    [Fact]
    public void Html_document_holds_every_pair_field_and_matrix_row_of_the_catalog_and_loads_nothing_from_outside()
    {
        var catalog = CustomerDocsTests.Catalog();
        var document = HtmlDocumentChecks.Parse(CustomerDocs.RenderMappingHtml(catalog));

        HtmlDocumentChecks.AssertStructure(document, catalog);
        HtmlDocumentChecks.AssertSelfContained(document);
    }

    [Fact]
    public void Lossy_rows_carry_a_visible_mark_not_only_a_colour()
    {
        var document = HtmlDocumentChecks.Parse(CustomerDocs.RenderMappingHtml(CustomerDocsTests.Catalog()));

        // The object row of the documentation-only pair (lossy as a whole) and the truncated description field.
        var lossyRows = document.QuerySelectorAll("#object-mapping tr.lossy, #objects tr.lossy");
        Assert.Equal(2, lossyRows.Length);
        Assert.All(lossyRows, row => Assert.Equal("Lossy:", row.QuerySelector(".lossy-mark")?.TextContent));
        Assert.Contains("cut | long", lossyRows[1].TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_value_is_html_encoded_so_pack_text_never_becomes_markup()
    {
        var catalog = CustomerDocsTests.Catalog();
        var company = catalog.Pairs[0];
        catalog = catalog with
        {
            Pairs =
            [
                company with
                {
                    Description = Hostile,
                    Fields = [.. company.Fields, new FieldInfo("account", "numberofemployees", ColumnType.Integer, "s.Size < 10 && s.Size > 0 ? 1 : 2", ["Size"], null, null)],
                },
                .. catalog.Pairs.Skip(1),
            ],
            Picklists = [catalog.Picklists[0] with { Rows = [.. catalog.Picklists[0].Rows, new PicklistRow([Hostile], "Opportunity.SalesStageOption.Close")] }],
        };
        var html = CustomerDocs.RenderMappingHtml(catalog);
        var document = HtmlDocumentChecks.Parse(html);

        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.Empty(document.QuerySelectorAll("main b"));
        Assert.Equal(Hostile, document.QuerySelector("#obj-Company td:last-child")!.TextContent);
        Assert.Contains(document.QuerySelectorAll("#value-matrices td"), cell => cell.TextContent == Hostile);
        HtmlDocumentChecks.AssertStructure(document, catalog);
    }

    [Fact]
    public void Backtick_names_in_prose_become_code_and_an_unpaired_backtick_stays_text()
    {
        Assert.Equal("a <code>sm_tags</code> &amp; `b", HtmlText.InlineCode("a `sm_tags` & `b").Html);
    }
}
