using System.Text;

namespace MappingDsl.Generators.Common;

/// <summary>C# and JSON string literals for generated text.</summary>
internal static class Literals
{
    public static string CSharp(string? value)
    {
        if (value is null)
            return "null";
        var text = new StringBuilder(value.Length + 2).Append('"');
        foreach (var c in value)
        {
            switch (c)
            {
                case '"': text.Append("\\\""); break;
                case '\\': text.Append("\\\\"); break;
                case '\n': text.Append("\\n"); break;
                case '\r': text.Append("\\r"); break;
                case '\t': text.Append("\\t"); break;
                default:
                    if (c < ' ')
                        text.Append("\\u").Append(((int)c).ToString("x4"));
                    else
                        text.Append(c);
                    break;
            }
        }
        return text.Append('"').ToString();
    }

    public static string Json(string? value) => CSharp(value);
}
