namespace MappingDsl;

/// <summary>
/// The policies for a picklist value outside the matrix, used as the discard arm (<c>_ =&gt; …</c>) of a
/// <see cref="PicklistAttribute"/> switch. The generator reads which one is used and prints it in the docs.
/// </summary>
public static class Unmapped
{
    /// <summary>The record is rejected and quarantined with the value as its reason.</summary>
    /// <typeparam name="T">The choice type.</typeparam>
    /// <param name="value">The source value.</param>
    public static T Fail<T>(string? value) => throw new UnmappedValueException(value);

    /// <summary>The value becomes <paramref name="fallback"/>, silently.</summary>
    /// <typeparam name="T">The choice type.</typeparam>
    /// <param name="value">The source value.</param>
    /// <param name="fallback">The choice to use.</param>
    public static T Default<T>(string? value, T fallback)
    {
        _ = value;
        return fallback;
    }

    /// <summary>The value becomes <paramref name="fallback"/> and the record is flagged for review in the report.</summary>
    /// <typeparam name="T">The choice type.</typeparam>
    /// <param name="context">The running pair's context, which collects review flags.</param>
    /// <param name="value">The source value.</param>
    /// <param name="fallback">The choice to use.</param>
    public static T Review<T>(MapContext context, string? value, T fallback)
    {
        context.Flag($"picklist value '{value}' not in the matrix; set to {fallback}");
        return fallback;
    }
}
