namespace MappingDsl.Sources.Profiling;

/// <summary>The value kinds the profiler tells apart, and how they widen when a field holds several.</summary>
public static class ValueKinds
{
    /// <summary>Only nulls or empty strings seen.</summary>
    public const string Null = "null";
    /// <summary>true/false.</summary>
    public const string Boolean = "boolean";
    /// <summary>A whole number.</summary>
    public const string Integer = "integer";
    /// <summary>A number with a fraction.</summary>
    public const string Decimal = "decimal";
    /// <summary>A string that parses as a date (<c>yyyy-MM-dd</c>) without a time.</summary>
    public const string Date = "date";
    /// <summary>A string (or epoch-milliseconds number in a field named like a timestamp) that parses as an instant.</summary>
    public const string DateTime = "datetime";
    /// <summary>Any other string.</summary>
    public const string String = "string";
    /// <summary>A JSON array.</summary>
    public const string Array = "array";
    /// <summary>A JSON object that was not flattened (deeper than the profiler goes).</summary>
    public const string Object = "object";

    /// <summary>The narrowest kind both <paramref name="a"/> and <paramref name="b"/> fit.</summary>
    /// <param name="a">One kind.</param>
    /// <param name="b">The other.</param>
    public static string Widen(string a, string b)
    {
        if (a == b || b == Null)
        {
            return a;
        }

        if (a == Null)
        {
            return b;
        }

        return (a, b) switch
        {
            (Integer, Decimal) or (Decimal, Integer) => Decimal,
            (Date, DateTime) or (DateTime, Date) => DateTime,
            _ when IsText(a) && IsText(b) => String,
            _ => String,
        };
    }

    private static bool IsText(string kind) => kind is String or Date or DateTime;
}
