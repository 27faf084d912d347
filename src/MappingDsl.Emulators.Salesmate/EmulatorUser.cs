namespace MappingDsl.Emulators.Salesmate;

/// <summary>A Salesmate user the emulator serves.</summary>
/// <param name="Id">The user id.</param>
/// <param name="FirstName">First name.</param>
/// <param name="LastName">Last name.</param>
/// <param name="Email">Email — the Dynamics match key.</param>
/// <param name="Active">Whether the user is active.</param>
/// <param name="HasDynamicsUser">Whether a test's Dynamics org should hold a user with this email.</param>
public sealed record EmulatorUser(int Id, string FirstName, string LastName, string Email, bool Active, bool HasDynamicsUser)
{
    /// <summary>The display name.</summary>
    public string Name => $"{FirstName} {LastName}";
}
