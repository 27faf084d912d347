using System.Globalization;

namespace MappingDsl.Engine;

/// <summary>
/// How much field-level verification a run does after each phase: <c>all</c> (the default: every loaded record read
/// back and compared column by column), <c>sample:N</c> (a reproducible sample of N records per pair, for very large
/// runs) or <c>off</c>.
/// </summary>
/// <param name="SampleSize">Records per pair, or null for all.</param>
/// <param name="Enabled">False when verification is off.</param>
public sealed record VerifySpec(int? SampleSize, bool Enabled = true)
{
    /// <summary>Every loaded record.</summary>
    public static VerifySpec All { get; } = new((int?)null);

    /// <summary>No verification.</summary>
    public static VerifySpec Off { get; } = new(0, false);

    /// <summary>A reproducible sample of <paramref name="size"/> records per pair.</summary>
    /// <param name="size">Records per pair.</param>
    public static VerifySpec Sample(int size) => size <= 0 ? Off : new(size);

    /// <summary>Parses <c>all</c>, <c>sample:N</c> or <c>off</c>.</summary>
    /// <param name="text">The text.</param>
    /// <exception cref="FormatException">Not one of those.</exception>
    public static VerifySpec Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var t = text.Trim();
        if (t.Equals("all", StringComparison.OrdinalIgnoreCase))
            return All;
        if (t.Equals("off", StringComparison.OrdinalIgnoreCase) || t.Equals("none", StringComparison.OrdinalIgnoreCase))
            return Off;
        if (t.StartsWith("sample:", StringComparison.OrdinalIgnoreCase)
            && int.TryParse(t["sample:".Length..], NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) && n > 0)
            return Sample(n);
        throw new FormatException($"--verify takes all, sample:N (N > 0) or off, not '{text}'");
    }

    /// <inheritdoc />
    public override string ToString() => !Enabled ? "off" : SampleSize is { } n ? "sample:" + n.ToString(CultureInfo.InvariantCulture) : "all";
}
