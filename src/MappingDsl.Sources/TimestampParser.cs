using System.Globalization;

namespace MappingDsl.Sources;

/// <summary>Parses the timestamp texts sources send: ISO 8601 (UTC when no offset is given) or epoch milliseconds.</summary>
public static class TimestampParser
{
    /// <summary>Parses <paramref name="text"/>; a text without an offset is taken as UTC.</summary>
    /// <param name="text">The timestamp text.</param>
    /// <param name="value">The parsed instant.</param>
    /// <returns>Whether the text was a timestamp.</returns>
    public static bool TryParse(string text, out DateTimeOffset value)
    {
        if (DateTimeOffset.TryParse(
                text,
                CultureInfo.InvariantCulture,
                DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal,
                out value))
        {
            return true;
        }

        if (long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var epochMs))
        {
            value = DateTimeOffset.FromUnixTimeMilliseconds(epochMs);
            return true;
        }

        return false;
    }
}
