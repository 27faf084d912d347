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
        if (value is null || value.Length <= maxLength)
            return value;
        LossCapture.Record("Lossy.Truncate", reason, value.Length.ToString(System.Globalization.CultureInfo.InvariantCulture), maxLength);
        return value[..maxLength];
    }

    /// <summary>Keeps only the date of a timestamp.</summary>
    /// <param name="value">The timestamp.</param>
    /// <param name="reason">What is lost and why that is acceptable.</param>
    public static DateOnly? ToDate(DateTimeOffset? value, string reason)
    {
        if (value is not { } v)
            return null;
        if (v.UtcDateTime.TimeOfDay != TimeSpan.Zero && LossCapture.Active)
            LossCapture.Record("Lossy.ToDate", reason, v.ToString("O", System.Globalization.CultureInfo.InvariantCulture), null);
        return DateOnly.FromDateTime(v.UtcDateTime);
    }

    /// <summary>Rounds a decimal to a whole number (away from zero at midpoints).</summary>
    /// <param name="value">The number.</param>
    /// <param name="reason">What is lost and why that is acceptable.</param>
    public static int? ToWhole(decimal? value, string reason)
    {
        if (value is not { } v)
            return null;
        var whole = (int)Math.Round(v, MidpointRounding.AwayFromZero);
        if (whole != v && LossCapture.Active)
            LossCapture.Record("Lossy.ToWhole", reason, v.ToString(System.Globalization.CultureInfo.InvariantCulture), null);
        return whole;
    }

    /// <summary>Joins many values into one text.</summary>
    /// <param name="values">The values.</param>
    /// <param name="separator">What stands between two values.</param>
    /// <param name="reason">What is lost and why that is acceptable.</param>
    public static string? Join(IEnumerable<string>? values, string separator, string reason)
    {
        if (values is null)
            return null;
        var list = values as IReadOnlyCollection<string> ?? [.. values];
        var joined = string.Join(separator, list);
        // One value joins to itself; from two on, the separator may occur inside a value and the parts blur.
        if (list.Count > 1 && LossCapture.Active)
            LossCapture.Record("Lossy.Join", reason, list.Count.ToString(System.Globalization.CultureInfo.InvariantCulture) + " values", joined.Length);
        return joined;
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
