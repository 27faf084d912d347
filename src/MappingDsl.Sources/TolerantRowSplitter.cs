namespace MappingDsl.Sources;

/// <summary>
/// Finds a page's row array and its elements by bracket depth alone (strings and escapes respected), for pages the
/// strict reader rejects: a row with an unquoted value or a stray comma must not take its neighbours down with it.
/// </summary>
internal static class TolerantRowSplitter
{
    public static bool TrySplit(ReadOnlySpan<byte> page, out List<Range> rows)
    {
        rows = [];
        var arrayStart = FindRowArray(page);
        if (arrayStart < 0)
        {
            return false;
        }

        var depth = 0;
        var inString = false;
        var elementStart = -1;
        for (var i = arrayStart + 1; i < page.Length; i++)
        {
            var b = page[i];
            if (inString)
            {
                if (b == (byte)'\\')
                {
                    i++;
                }
                else if (b == (byte)'"')
                {
                    inString = false;
                }

                continue;
            }

            if (elementStart < 0 && !IsWhitespace(b) && !(depth == 0 && (b == (byte)',' || b == (byte)']')))
            {
                elementStart = i;
            }

            switch (b)
            {
                case (byte)'"':
                    inString = true;
                    break;
                case (byte)'{' or (byte)'[':
                    depth++;
                    break;
                case (byte)'}' or (byte)']' when depth > 0:
                    depth--;
                    break;
                case (byte)',' when depth == 0:
                    AddElement(page, rows, ref elementStart, i);
                    break;
                case (byte)']':
                    AddElement(page, rows, ref elementStart, i);
                    return true;
            }
        }

        // The array never closed: keep what was complete, the torn tail becomes its own (malformed) row.
        AddElement(page, rows, ref elementStart, page.Length);
        return true;
    }

    private static void AddElement(ReadOnlySpan<byte> page, List<Range> rows, ref int start, int end)
    {
        if (start < 0)
        {
            return;
        }

        while (end > start && IsWhitespace(page[end - 1]))
        {
            end--;
        }

        if (end > start)
        {
            rows.Add(start..end);
        }

        start = -1;
    }

    private static int FindRowArray(ReadOnlySpan<byte> page)
    {
        var i = SkipWhitespace(page, 0);
        if (i < page.Length && page[i] == (byte)'[')
        {
            return i;
        }

        var inString = false;
        var keyStart = -1;
        for (; i < page.Length; i++)
        {
            var b = page[i];
            if (inString)
            {
                if (b == (byte)'\\')
                {
                    i++;
                }
                else if (b == (byte)'"')
                {
                    inString = false;
                    var key = page[keyStart..i];
                    var next = SkipWhitespace(page, i + 1);
                    if (next < page.Length && page[next] == (byte)':' && IsRowKey(key))
                    {
                        var value = SkipWhitespace(page, next + 1);
                        if (value < page.Length && page[value] == (byte)'[')
                        {
                            return value;
                        }
                    }
                }

                continue;
            }

            if (b == (byte)'"')
            {
                inString = true;
                keyStart = i + 1;
            }
        }

        return -1;
    }

    private static bool IsRowKey(ReadOnlySpan<byte> key) =>
        key.SequenceEqual("data"u8) || key.SequenceEqual("Data"u8) || key.SequenceEqual("records"u8);

    private static int SkipWhitespace(ReadOnlySpan<byte> page, int i)
    {
        while (i < page.Length && IsWhitespace(page[i]))
        {
            i++;
        }

        return i;
    }

    private static bool IsWhitespace(byte b) => b is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n';
}
