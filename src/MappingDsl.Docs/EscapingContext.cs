using Scriban;
using Scriban.Parsing;

namespace MappingDsl.Docs;

/// <summary>
/// Renders a document whose every printed value goes through one escaping function, so a template cannot print a
/// pack's text raw by forgetting a filter: <see cref="Markdown"/> escapes the pipes that would end a table cell,
/// <see cref="Html"/> encodes markup (an expression with <c>&lt;</c>, a description with <c>&amp;</c>). Only an
/// <see cref="HtmlFragment"/>, which <see cref="HtmlText"/> builds from encoded text, is written as it is.
/// </summary>
internal sealed class EscapingContext(Func<string, string> escape) : TemplateContext
{
    /// <summary>A context for the Markdown document.</summary>
    public static EscapingContext Markdown() => new(text => text.Replace("|", "\\|", StringComparison.Ordinal));

    /// <summary>A context for the HTML document.</summary>
    public static EscapingContext Html() => new(HtmlText.Encode);

    /// <inheritdoc/>
    public override TemplateContext Write(SourceSpan span, object? textAsObject) => base.Write(span, Escape(textAsObject));

    /// <inheritdoc/>
    public override ValueTask<TemplateContext> WriteAsync(SourceSpan span, object? textAsObject) => base.WriteAsync(span, Escape(textAsObject));

    private string? Escape(object? value) => value switch
    {
        null => null,
        HtmlFragment fragment => fragment.Html,
        _ => escape(ObjectToString(value) ?? ""),
    };
}
