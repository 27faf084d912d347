using System.Collections.Generic;
using System.Text;
using MappingDsl.Generators.Common;
using Microsoft.CodeAnalysis.CSharp;

namespace MappingDsl.Generators.Packs.Emit;

/// <summary>Small text helpers for the emitters.</summary>
internal static class CodeText
{
    public static string Identifier(string name) =>
        SyntaxFacts.GetKeywordKind(name) != SyntaxKind.None ? "@" + name : name;

    public static string StringArray(IEnumerable<string> items)
    {
        var text = new StringBuilder();
        foreach (var item in items)
            text.Append(text.Length == 0 ? "" : ", ").Append(Literals.CSharp(item));
        return text.Length == 0 ? "global::System.Array.Empty<string>()" : "new string[] { " + text + " }";
    }

    /// <summary>A C# identifier fragment for a column's logical name (field names of the transform).</summary>
    public static string Safe(string name)
    {
        var text = new StringBuilder(name.Length);
        foreach (var c in name)
            text.Append(char.IsLetterOrDigit(c) ? c : '_');
        return text.ToString();
    }
}
