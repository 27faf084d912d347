using System.Text;

namespace MappingDsl.Generators.Entities;

/// <summary>Metadata text as one line of XML documentation.</summary>
internal static class XmlDoc
{
    /// <summary>"{display}: {description}", or whichever is present; XML-escaped, whitespace runs collapsed.</summary>
    public static string Summary(string display, string description, string fallback)
    {
        display = display.Trim();
        description = description.Trim();
        if (display.Length == 0)
            display = fallback;
        return Escape(description.Length == 0 ? display : display + ": " + description);
    }

    public static string Escape(string text)
    {
        var result = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c) || char.IsControl(c))
            {
                space = result.Length > 0;
                continue;
            }
            if (space)
                result.Append(' ');
            space = false;
            switch (c)
            {
                case '&': result.Append("&amp;"); break;
                case '<': result.Append("&lt;"); break;
                case '>': result.Append("&gt;"); break;
                default: result.Append(c); break;
            }
        }
        return result.ToString();
    }
}
