using Scriban;
using Scriban.Parsing;

namespace MappingDsl.Docs;

/// <summary>
/// Renders the Markdown document: every value a template prints has its pipes escaped, so no value can end or split a
/// table cell, whichever cell it lands in.
/// </summary>
internal sealed class MarkdownContext : TemplateContext
{
    /// <inheritdoc/>
    public override TemplateContext Write(SourceSpan span, object? textAsObject) => base.Write(span, Escape(textAsObject));

    /// <inheritdoc/>
    public override ValueTask<TemplateContext> WriteAsync(SourceSpan span, object? textAsObject) => base.WriteAsync(span, Escape(textAsObject));

    private string? Escape(object? value) =>
        value is null ? null : ObjectToString(value)?.Replace("|", "\\|", StringComparison.Ordinal);
}
