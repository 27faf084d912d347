using System.Globalization;
using System.Text;

namespace MappingDsl.Segments;

/// <summary>Converts a source operand to the text a FetchXML <c>condition</c> compares its column with.</summary>
internal static class SegmentValueConverter
{
    /// <summary>The operand for <paramref name="column"/>, or the reason it has none.</summary>
    public static (string? Value, string? Reason) Convert(string attribute, string raw, SegmentColumn column)
    {
        switch (column.Kind)
        {
            case SegmentValueKind.Number:
                return double.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var number)
                    ? (number.ToString("R", CultureInfo.InvariantCulture), null)
                    : (null, $"attribute '{attribute}': '{raw}' is not a number, and column '{column.Column}' holds numbers");
            case SegmentValueKind.Boolean:
                // Two-option columns compare with 1 and 0 in FetchXML conditions.
                return raw.Trim().ToLowerInvariant() switch
                {
                    "true" or "1" => ("1", null),
                    "false" or "0" => ("0", null),
                    _ => (null, $"attribute '{attribute}': '{raw}' is not true or false, and column '{column.Column}' is yes/no"),
                };
            case SegmentValueKind.DateTime:
                return TryInstant(raw, out var instant)
                    ? (instant.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture), null)
                    : (null, $"attribute '{attribute}': '{raw}' is neither Unix seconds nor an ISO 8601 date, and column '{column.Column}' holds dates");
            case SegmentValueKind.Choice:
                return column.Choices is { } choices && choices.TryGetValue(raw, out var option)
                    ? (option.ToString(CultureInfo.InvariantCulture), null)
                    : (null, $"attribute '{attribute}': value '{raw}' has no option in choice column '{column.Column}'");
            default:
                return (raw, null);
        }
    }

    /// <summary>Unix seconds (Customer.io's own date form) or ISO 8601 text; a date without offset is UTC.</summary>
    public static bool TryInstant(string raw, out DateTimeOffset instant)
    {
        if (long.TryParse(raw, NumberStyles.Integer, CultureInfo.InvariantCulture, out var seconds) && seconds is > -62135596800 and < 253402300800)
        {
            instant = DateTimeOffset.FromUnixTimeSeconds(seconds);
            return true;
        }
        return DateTimeOffset.TryParse(raw, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out instant);
    }

    /// <summary>
    /// Text as a literal inside a <c>like</c> pattern: the wildcard characters <c>% _ [</c> are enclosed in brackets,
    /// as "Use wildcard characters in conditions for string values" prescribes for literal wildcards.
    /// </summary>
    public static string LikeLiteral(string text)
    {
        var builder = new StringBuilder(text.Length + 4);
        foreach (var c in text)
        {
            if (c is '%' or '_' or '[') builder.Append('[').Append(c).Append(']');
            else builder.Append(c);
        }
        return builder.ToString();
    }
}
