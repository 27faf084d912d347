namespace MappingDsl.Maps.Salesmate.Source;

/// <summary>A Salesmate deal pipeline (<c>pipeline</c> module) with its stages and probabilities.</summary>
public sealed class SmPipeline
{
    /// <summary>Salesmate id.</summary>
    [SourceKey] public long Id { get; init; }
    /// <summary>Pipeline name (what deals hold).</summary>
    public string? Pipeline { get; init; }
    /// <summary>Whether it is the default pipeline.</summary>
    public bool? IsDefault { get; init; }
    /// <summary>Its stages in display order.</summary>
    public IReadOnlyList<SmStage>? Stages { get; init; }
}

/// <summary>A pipeline stage.</summary>
/// <param name="Id">Stage id.</param>
/// <param name="Stage">Stage name.</param>
/// <param name="Probability">Win probability, 0–100.</param>
/// <param name="DisplayOrder">Position in the pipeline.</param>
/// <param name="ForecastType">Open, Won or Lost.</param>
public sealed record SmStage(long Id, string Stage, int Probability, int DisplayOrder, string? ForecastType);
