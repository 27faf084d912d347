using Scriban;
using Scriban.Parsing;

namespace MappingDsl.Docs;

/// <summary>
/// Renders the HTML document: every value a template prints is HTML-encoded, so a pack's text (an expression with
/// <c>&lt;</c>, a description with <c>&amp;</c>) can never become markup. Only an <see cref="HtmlFragment"/>, which
/// <see cref="HtmlText"/> builds from encoded text, is written as it is.
/// </summary>
internal sealed class HtmlContext : TemplateContext
{
    /// <inheritdoc/>
    public override TemplateContext Write(SourceSpan span, object? textAsObject) => base.Write(span, Encode(textAsObject));

    /// <inheritdoc/>
    public override ValueTask<TemplateContext> WriteAsync(SourceSpan span, object? textAsObject) => base.WriteAsync(span, Encode(textAsObject));

    private string? Encode(object? value) => value switch
    {
        null => null,
        HtmlFragment fragment => fragment.Html,
        _ => HtmlText.Encode(ObjectToString(value) ?? ""),
    };
}
