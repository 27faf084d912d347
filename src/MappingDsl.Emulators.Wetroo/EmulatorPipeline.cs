namespace MappingDsl.Emulators.Wetroo;

/// <summary>A customer-defined pipeline with its ordered stages.</summary>
/// <param name="Id">Wetroo id.</param>
/// <param name="Name">Pipeline name.</param>
/// <param name="IsDefault">Whether new deals land in it.</param>
/// <param name="Stages">Stages in their order.</param>
public sealed record EmulatorPipeline(int Id, string Name, bool IsDefault, IReadOnlyList<EmulatorStage> Stages);

/// <summary>One pipeline stage.</summary>
/// <param name="Id">Wetroo id.</param>
/// <param name="Name">Customer-defined name.</param>
/// <param name="Order">1-based position in the pipeline.</param>
/// <param name="Probability">Win probability, 0–100.</param>
/// <param name="Outcome"><c>open</c>, <c>won</c> or <c>lost</c>.</param>
public sealed record EmulatorStage(int Id, string Name, int Order, int Probability, string Outcome);
