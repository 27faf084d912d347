namespace MappingDsl.Emulators.Salesmate;

/// <summary>A deal pipeline and its stages.</summary>
/// <param name="Id">The pipeline id.</param>
/// <param name="Name">The pipeline name (what <c>deal.pipeline</c> holds).</param>
/// <param name="IsDefault">Whether it is the default pipeline.</param>
/// <param name="Stages">Its stages in order.</param>
public sealed record EmulatorPipeline(int Id, string Name, bool IsDefault, IReadOnlyList<EmulatorStage> Stages);

/// <summary>A pipeline stage.</summary>
/// <param name="Id">The stage id.</param>
/// <param name="Name">The stage name (what <c>deal.stage</c> holds).</param>
/// <param name="Probability">Win probability, 0–100.</param>
/// <param name="ForecastType"><c>Open</c>, <c>Won</c> or <c>Lost</c>.</param>
public sealed record EmulatorStage(int Id, string Name, int Probability, string ForecastType);
