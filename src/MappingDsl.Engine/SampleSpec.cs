using System.Globalization;

namespace MappingDsl.Engine;

/// <summary>
/// Which source records a rehearsal moves: the first <see cref="Count"/> of each module, or a stable
/// <see cref="Percent"/> of keys (the same keys every time, so a re-run checks the same records).
/// </summary>
/// <param name="Count">The first n records of each pair, or null.</param>
/// <param name="Percent">A share of keys between 0 and 100, or null.</param>
public sealed record SampleSpec(int? Count, double? Percent)
{
    /// <summary>Parses <c>n</c> or <c>p%</c>.</summary>
    /// <param name="text">The text.</param>
    /// <exception cref="FormatException">It is neither.</exception>
    public static SampleSpec Parse(string text)
    {
        var trimmed = text.Trim();
        if (trimmed.EndsWith('%')
            && double.TryParse(trimmed[..^1], NumberStyles.Float, CultureInfo.InvariantCulture, out var percent)
            && percent is > 0 and <= 100)
        {
            return new SampleSpec(null, percent);
        }
        if (int.TryParse(trimmed, NumberStyles.None, CultureInfo.InvariantCulture, out var count) && count > 0)
            return new SampleSpec(count, null);
        throw new FormatException($"Sample '{text}' is neither a positive record count (500) nor a percentage (5%).");
    }

    /// <summary>True when the record at a 1-based stream position, with that key, is in the sample.</summary>
    /// <param name="ordinal">Its position in the module's stream, from 1.</param>
    /// <param name="key">Its source key.</param>
    public bool Includes(long ordinal, string key)
    {
        if (Count is { } count)
            return ordinal <= count;
        return StableHash(key) % 10_000 < (uint)Math.Round(Percent.GetValueOrDefault() * 100);
    }

    /// <inheritdoc />
    public override string ToString() =>
        Count is { } count ? count.ToString(CultureInfo.InvariantCulture) : Percent.GetValueOrDefault().ToString(CultureInfo.InvariantCulture) + "%";

    // FNV-1a: string.GetHashCode is randomised per process, and a sample must be the same on every run.
    private static uint StableHash(string key)
    {
        var hash = 2166136261u;
        foreach (var c in key)
        {
            hash ^= c;
            hash *= 16777619u;
        }
        return hash;
    }
}
