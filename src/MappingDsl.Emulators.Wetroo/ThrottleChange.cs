namespace MappingDsl.Emulators.Wetroo;

/// <summary>From the <paramref name="AfterCalls"/>-th call on, the throttle admits <paramref name="Limit"/> calls per window.</summary>
/// <param name="AfterCalls">Calls (admitted or refused) before the change.</param>
/// <param name="Limit">The new limit per window; 0 turns throttling off.</param>
public sealed record ThrottleChange(long AfterCalls, int Limit);
