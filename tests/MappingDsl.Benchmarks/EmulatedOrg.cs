using System.Security.Cryptography;
using System.Text;
using MappingDsl.Emulators.Dataverse;
using MappingDsl.Emulators.Salesmate;

namespace MappingDsl.Dataverse.Benchmarks;

/// <summary>
/// The Dataverse emulator as <c>mapdsl demo</c> and the end-to-end tests start it: seeded with the Dynamics users the
/// emulated Salesmate owners line up with. The CLI's own helper (<c>TargetEndpoint.EmulatorOptions</c>) is internal
/// to the CLI, so the same construction is spelled out here.
/// </summary>
internal static class EmulatedOrg
{
    public static DataverseEmulatorOptions Options() => new()
    {
        Users = [.. SalesmateEmulatorCatalog.Users
            .Where(u => u.HasDynamicsUser)
            .Select(u => new SeedUser(DeterministicId(u.Email), u.Email, u.Name, IsDisabled: !u.Active))],
        KeyActivationDelay = TimeSpan.FromMilliseconds(50),
    };

    private static Guid DeterministicId(string email) =>
        new(SHA256.HashData(Encoding.UTF8.GetBytes(email.ToLowerInvariant())).AsSpan(0, 16));
}
