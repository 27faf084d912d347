using System.Collections.Generic;
using System.Globalization;
using System.Text;
using Microsoft.CodeAnalysis.CSharp;

namespace MappingDsl.Generators.Entities;

/// <summary>Turns metadata names and labels into C# identifiers.</summary>
internal static class Identifiers
{
    /// <summary>
    /// A schema name as a type or member name: characters C# does not allow become '_', a leading digit gets a '_'
    /// prefix. Schema names are already identifiers in practice; this only keeps a bad snapshot from breaking the build.
    /// </summary>
    public static string FromSchemaName(string schemaName)
    {
        var text = new StringBuilder(schemaName.Length + 1);
        foreach (var c in schemaName)
            text.Append(IsIdentifierPart(c) ? c : '_');
        if (text.Length == 0 || !IsIdentifierStart(text[0]))
            text.Insert(0, '_');
        return text.ToString();
    }

    /// <summary>A choice label as a PascalCase enum member name; empty when the label has no letters or digits.</summary>
    public static string FromLabel(string label)
    {
        var text = new StringBuilder(label.Length);
        var startOfWord = true;
        foreach (var c in label)
        {
            // Apostrophes join ("Doctor's" → "Doctors"); every other separator starts a new word.
            if (c is '\'' or '\u2019')
                continue;
            if (!char.IsLetterOrDigit(c))
            {
                startOfWord = true;
                continue;
            }
            text.Append(startOfWord ? char.ToUpperInvariant(c) : c);
            startOfWord = false;
        }
        if (text.Length > 0 && !IsIdentifierStart(text[0]))
            text.Insert(0, '_');
        return text.ToString();
    }

    /// <summary>Prefixes '@' when <paramref name="name"/> is a reserved C# keyword.</summary>
    public static string Escape(string name) =>
        SyntaxFacts.GetKeywordKind(name) != SyntaxKind.None ? "@" + name : name;

    /// <summary>
    /// <paramref name="candidate"/>, or the first of candidate + "Value", candidate + "Value2" … not in
    /// <paramref name="taken"/>; the result is added to it.
    /// </summary>
    public static string Unique(string candidate, HashSet<string> taken)
    {
        var name = candidate;
        if (taken.Contains(name))
        {
            name = candidate + "Value";
            for (var n = 2; taken.Contains(name); n++)
                name = candidate + "Value" + n.ToString(CultureInfo.InvariantCulture);
        }
        taken.Add(name);
        return name;
    }

    private static bool IsIdentifierStart(char c) => c == '_' || char.IsLetter(c);

    private static bool IsIdentifierPart(char c) =>
        c == '_' || char.IsLetterOrDigit(c) || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark
            or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.ConnectorPunctuation;
}
