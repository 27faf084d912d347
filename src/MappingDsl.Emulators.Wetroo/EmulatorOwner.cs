namespace MappingDsl.Emulators.Wetroo;

/// <summary>A Wetroo user who owns contacts, leads and deals.</summary>
/// <param name="Id">Wetroo id.</param>
/// <param name="Name">Display name.</param>
/// <param name="Email">Email: the key owners are matched to Dynamics users by.</param>
/// <param name="Active">Whether the user is still active in Wetroo.</param>
/// <param name="HasDynamicsUser">Whether a test's Dynamics org should hold a user with this email.</param>
public sealed record EmulatorOwner(int Id, string Name, string Email, bool Active, bool HasDynamicsUser);
