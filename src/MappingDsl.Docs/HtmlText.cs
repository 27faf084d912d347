using System.Text;

namespace MappingDsl.Docs;

/// <summary>Markup that is already safe: built only by <see cref="HtmlText"/> from encoded text.</summary>
/// <param name="Html">The markup.</param>
internal sealed record HtmlFragment(string Html);

/// <summary>HTML encoding for the customer document.</summary>
internal static class HtmlText
{
    /// <summary>
    /// Encodes the five characters that can end text or an attribute value; every other character stays as it is
    /// (the document is UTF-8), so the file reads the same in an editor as in a browser.
    /// </summary>
    public static string Encode(string text)
    {
        if (text.AsSpan().IndexOfAny("&<>\"'") < 0)
            return text;
        var builder = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            _ = c switch
            {
                '&' => builder.Append("&amp;"),
                '<' => builder.Append("&lt;"),
                '>' => builder.Append("&gt;"),
                '"' => builder.Append("&quot;"),
                '\'' => builder.Append("&#39;"),
                _ => builder.Append(c),
            };
        }
        return builder.ToString();
    }

    /// <summary>
    /// Encodes prose and shows its backtick-quoted names (<c>`sm_tags`</c>, as packs and the glossary write them) as
    /// code; an unpaired backtick stays a backtick.
    /// </summary>
    public static HtmlFragment InlineCode(string text)
    {
        var parts = text.Split('`');
        var builder = new StringBuilder(text.Length + 32);
        for (var i = 0; i < parts.Length; i++)
        {
            var isCode = i % 2 == 1 && i < parts.Length - 1;
            if (i % 2 == 1 && !isCode)
                builder.Append('`');
            builder.Append(isCode ? $"<code>{Encode(parts[i])}</code>" : Encode(parts[i]));
        }
        return new HtmlFragment(builder.ToString());
    }
}
