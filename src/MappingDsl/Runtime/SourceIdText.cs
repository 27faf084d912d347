namespace MappingDsl;

/// <summary>
/// The text a source key takes in the source-id column. Dataverse refuses an alternate-key value that contains
/// <c>/ &lt; &gt; * % &amp; : \ ? +</c> when the record is addressed by key (Web API, "Use an alternate key"), and
/// real source keys do contain them (an e-mail with <c>+</c>, <c>list:17</c>, <c>products/sku-9</c>). Each such
/// character, and the escape character <c>~</c>, becomes <c>~</c> and two hex digits; every other key is stored as it
/// is, so keys without them read the same in the org as in the source.
/// </summary>
public static class SourceIdText
{
    private const string Unsafe = "/<>*%&:\\?+~";
    // Every record's key passes through Encode twice (body and key address); most keys have none of these characters.
    private static readonly System.Buffers.SearchValues<char> UnsafeChars = System.Buffers.SearchValues.Create(Unsafe);

    /// <summary>The column value for a source key.</summary>
    /// <param name="sourceKey">The key as the source has it.</param>
    public static string Encode(string sourceKey)
    {
        if (sourceKey.AsSpan().IndexOfAny(UnsafeChars) < 0)
            return sourceKey;
        var text = new System.Text.StringBuilder(sourceKey.Length + 8);
        foreach (var c in sourceKey)
        {
            if (UnsafeChars.Contains(c))
                text.Append('~').Append(((int)c).ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
            else
                text.Append(c);
        }
        return text.ToString();
    }

    /// <summary>The source key a column value holds; the inverse of <see cref="Encode"/>.</summary>
    /// <param name="value">The source-id column's value.</param>
    public static string Decode(string value)
    {
        if (!value.Contains('~', StringComparison.Ordinal))
            return value;
        var text = new System.Text.StringBuilder(value.Length);
        for (var i = 0; i < value.Length; i++)
        {
            if (value[i] == '~' && i + 2 < value.Length && int.TryParse(value.AsSpan(i + 1, 2), System.Globalization.NumberStyles.HexNumber, System.Globalization.CultureInfo.InvariantCulture, out var code))
            {
                text.Append((char)code);
                i += 2;
            }
            else
            {
                text.Append(value[i]);
            }
        }
        return text.ToString();
    }
}
