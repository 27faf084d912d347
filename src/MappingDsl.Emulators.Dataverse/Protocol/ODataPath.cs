using System.Globalization;

namespace MappingDsl.Emulators.Dataverse.Protocol;

/// <summary>Splits OData paths into segments (<c>name</c> plus the text inside its parentheses) and parses key predicates.</summary>
internal static class ODataPath
{
    public readonly record struct Segment(string Name, string? Key);

    public static List<Segment> Split(string path)
    {
        var segments = new List<Segment>();
        var i = 0;
        while (i < path.Length)
        {
            var start = i;
            var depth = 0;
            var quoted = false;
            while (i < path.Length && (quoted || depth > 0 || path[i] != '/'))
            {
                if (path[i] == '\'') quoted = !quoted;
                else if (!quoted && path[i] == '(') depth++;
                else if (!quoted && path[i] == ')') depth--;
                i++;
            }
            var text = path[start..i];
            var open = text.IndexOf('(');
            segments.Add(open >= 0 && text.EndsWith(')') ? new Segment(text[..open], text[(open + 1)..^1]) : new Segment(text, null));
            i++;
        }
        return segments;
    }

    /// <summary>Parses <c>k1='v',k2=2</c> (or a bare value) into names and raw values; strings unquoted.</summary>
    public static List<(string Name, string Value)> KeyValues(string key)
    {
        var result = new List<(string, string)>();
        var i = 0;
        while (i < key.Length)
        {
            var eq = IndexOutsideQuotes(key, '=', i);
            var comma = IndexOutsideQuotes(key, ',', i);
            if (comma < 0) comma = key.Length;
            string name;
            string raw;
            if (eq >= 0 && eq < comma)
            {
                name = key[i..eq].Trim();
                raw = key[(eq + 1)..comma].Trim();
            }
            else
            {
                name = "";
                raw = key[i..comma].Trim();
            }
            result.Add((name, Unquote(raw)));
            i = comma + 1;
        }
        return result;
    }

    public static string Unquote(string raw) =>
        raw.Length >= 2 && raw[0] == '\'' && raw[^1] == '\'' ? raw[1..^1].Replace("''", "'", StringComparison.Ordinal) : raw;

    public static bool TryGuid(string? key, out Guid id)
    {
        id = Guid.Empty;
        return key is not null && Guid.TryParse(key.Trim(), CultureInfo.InvariantCulture, out id);
    }

    /// <summary>Reads a reference like <c>/accounts(guid)</c>, <c>accounts(k='v')</c> or an absolute URL into set and key.</summary>
    public static (string Set, string Key)? Reference(string reference)
    {
        var text = Uri.UnescapeDataString(reference.Trim());
        var marker = text.IndexOf("/api/data/", StringComparison.OrdinalIgnoreCase);
        if (marker >= 0)
        {
            var afterVersion = text.IndexOf('/', marker + "/api/data/".Length);
            text = afterVersion >= 0 ? text[(afterVersion + 1)..] : text;
        }
        text = text.TrimStart('/');
        var segments = Split(text);
        return segments.Count == 1 && segments[0].Key is { } key ? (segments[0].Name, key) : null;
    }

    private static int IndexOutsideQuotes(string text, char c, int from)
    {
        var quoted = false;
        for (var i = from; i < text.Length; i++)
        {
            if (text[i] == '\'') quoted = !quoted;
            else if (!quoted && text[i] == c) return i;
        }
        return -1;
    }
}
