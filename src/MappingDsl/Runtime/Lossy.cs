namespace MappingDsl;

/// <summary>
/// Markers for conversions that lose data on purpose. The generator requires one of these wherever a value can lose
/// information (MDSL006) and prints the reason in the customer docs; at run time they perform the conversion.
/// </summary>
public static class Lossy
{
    /// <summary>Cuts a text to a column's maximum length.</summary>
    /// <param name="value">The text.</param>
    /// <param name="maxLength">The target column's maximum length.</param>
    /// <param name="reason">What is lost and why that is acceptable.</param>
    public static string? Truncate(string? value, int maxLength, string reason)
    {
        _ = reason;
        return value is null || value.Length <= maxLength ? value : value[..maxLength];
    }

    /// <summary>Keeps only the date of a timestamp.</summary>
    /// <param name="value">The timestamp.</param>
    /// <param name="reason">What is lost and why that is acceptable.</param>
    public static DateOnly? ToDate(DateTimeOffset? value, string reason)
    {
        _ = reason;
        return value is { } v ? DateOnly.FromDateTime(v.UtcDateTime) : null;
    }

    /// <summary>Rounds a decimal to a whole number (away from zero at midpoints).</summary>
    /// <param name="value">The number.</param>
    /// <param name="reason">What is lost and why that is acceptable.</param>
    public static int? ToWhole(decimal? value, string reason)
    {
        _ = reason;
        return value is { } v ? (int)Math.Round(v, MidpointRounding.AwayFromZero) : null;
    }

    /// <summary>Joins many values into one text.</summary>
    /// <param name="values">The values.</param>
    /// <param name="separator">What stands between two values.</param>
    /// <param name="reason">What is lost and why that is acceptable.</param>
    public static string? Join(IEnumerable<string>? values, string separator, string reason)
    {
        _ = reason;
        return values is null ? null : string.Join(separator, values);
    }

    /// <summary>Declares any other conversion lossy; the value passes through unchanged.</summary>
    /// <typeparam name="T">The value's type.</typeparam>
    /// <param name="value">The already-converted value.</param>
    /// <param name="reason">What is lost and why that is acceptable.</param>
    public static T Because<T>(T value, string reason)
    {
        _ = reason;
        return value;
    }
}
