namespace MappingDsl.Sources.Throttling;

/// <summary>How an <see cref="AdaptiveRateLimiter"/> starts and learns. Rates are calls per second.</summary>
public sealed class AdaptiveRateOptions
{
    /// <summary>The pace of the first call, before anything is known.</summary>
    public double InitialRate { get; init; } = 5;

    /// <summary>The slowest pace; throttling never pushes below it.</summary>
    public double MinRate { get; init; } = 0.2;

    /// <summary>The fastest pace ever used, whatever the server tolerates.</summary>
    public double MaxRate { get; init; } = 50;

    /// <summary>Each success raises the pace by this fraction, up to the ceiling.</summary>
    public double IncreaseFactor { get; init; } = 0.05;

    /// <summary>A 429 or a 5xx multiplies the pace by this.</summary>
    public double DecreaseFactor { get; init; } = 0.5;

    /// <summary>The ceiling is set to this fraction of the send rate the server refused.</summary>
    public double CeilingMargin { get; init; } = 0.9;

    /// <summary>Clean calls at the ceiling before it is raised by <see cref="ProbeStep"/>.</summary>
    public int ProbeAfter { get; init; } = 200;

    /// <summary>The fraction the ceiling rises by after <see cref="ProbeAfter"/> clean calls.</summary>
    public double ProbeStep { get; init; } = 0.05;

    /// <summary>The window the send rate is measured over when a 429 arrives.</summary>
    public TimeSpan MeasureWindow { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>Checks the values, naming the first bad one.</summary>
    /// <exception cref="ArgumentException">A value is out of range.</exception>
    public void Validate()
    {
        if (MinRate <= 0 || InitialRate < MinRate || MaxRate < InitialRate)
        {
            throw new ArgumentException($"rates must satisfy 0 < MinRate ({MinRate}) <= InitialRate ({InitialRate}) <= MaxRate ({MaxRate})");
        }

        if (IncreaseFactor <= 0 || DecreaseFactor is <= 0 or >= 1 || CeilingMargin is <= 0 or > 1 || ProbeStep < 0 || ProbeAfter < 1)
        {
            throw new ArgumentException("IncreaseFactor and ProbeStep must be positive, DecreaseFactor within (0, 1), CeilingMargin within (0, 1], ProbeAfter at least 1");
        }

        if (MeasureWindow <= TimeSpan.Zero)
        {
            throw new ArgumentException("MeasureWindow must be positive");
        }
    }
}
