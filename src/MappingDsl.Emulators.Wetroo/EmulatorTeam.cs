namespace MappingDsl.Emulators.Wetroo;

/// <summary>A Wetroo team: a name, its lead and its members (owner ids).</summary>
/// <param name="Id">Wetroo id.</param>
/// <param name="Name">Team name.</param>
/// <param name="LeadOwnerId">The owner who leads it.</param>
/// <param name="MemberIds">The owners in it.</param>
public sealed record EmulatorTeam(int Id, string Name, int LeadOwnerId, IReadOnlyList<int> MemberIds);
