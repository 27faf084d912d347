namespace MappingDsl;

/// <summary>
/// An owner named by the source system's user email. Resolved against Dataverse <c>systemusers</c> by the owner
/// reconciliation step; an email with no active user goes to the reconciliation queue.
/// </summary>
/// <param name="Email">The source owner's email; null lets the pack's fallback owner apply.</param>
public readonly record struct OwnerRef(string? Email);
