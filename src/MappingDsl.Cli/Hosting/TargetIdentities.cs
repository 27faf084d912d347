using System.Globalization;
using MappingDsl.Dataverse.Auth;

namespace MappingDsl.Cli.Hosting;

/// <summary>
/// The application users a target signs in as, read from the environment only (never from arguments: a command line is
/// visible to every process on the machine and stays in shell history). Identity 1 is the unsuffixed variables
/// (<c>MAPDSL_DATAVERSE_CLIENT_ID</c>, …); identities 2, 3, … add <c>_2</c>, <c>_3</c>, … to the same names
/// (<c>MAPDSL_DATAVERSE_CLIENT_ID_2</c>, <c>MAPDSL_DATAVERSE_CLIENT_SECRET_2</c>, optionally
/// <c>MAPDSL_DATAVERSE_TENANT_ID_2</c>, or <c>MAPDSL_DATAVERSE_TOKEN_2</c>), numbered without gaps. Dataverse limits
/// each user independently, so each identity must be a different application user. Messages name variables, never
/// their values.
/// </summary>
internal static class TargetIdentities
{
    /// <summary>The highest suffix read.</summary>
    public const int MaxIdentities = 99;

    /// <summary>The variable for identity <paramref name="number"/> (1: the name itself).</summary>
    public static string Numbered(string variable, int number) =>
        number == 1 ? variable : variable + "_" + number.ToString(CultureInfo.InvariantCulture);

    /// <summary>One token provider per identity, identity 1 first.</summary>
    /// <param name="organization">The org (named in messages).</param>
    /// <param name="loopback">A local emulator: any token names its caller, so the sign-in variables are not needed.</param>
    /// <param name="environment">Reads a variable (the process environment, or a test's dictionary).</param>
    public static IReadOnlyList<IAccessTokenProvider> Read(Uri organization, bool loopback, Func<string, string?> environment)
    {
        string? Get(string variable, int number) => environment(Numbered(variable, number)) is { Length: > 0 } value ? value : null;
        bool Named(int number) => Get(TargetEndpoint.TokenVariable, number) is not null || Get(TargetEndpoint.ClientIdVariable, number) is not null
            || Get(TargetEndpoint.ClientSecretVariable, number) is not null || Get(TargetEndpoint.TenantVariable, number) is not null;
        var last = Enumerable.Range(2, MaxIdentities - 1).LastOrDefault(Named, 1);
        var providers = new List<IAccessTokenProvider>();
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var number = 1; number <= last; number++)
        {
            if (number > 1 && Get(TargetEndpoint.TokenVariable, number) is null && Get(TargetEndpoint.ClientIdVariable, number) is null)
            {
                throw new UsageException($"identity {number} is missing: set {Numbered(TargetEndpoint.ClientIdVariable, number)} and "
                    + $"{Numbered(TargetEndpoint.ClientSecretVariable, number)} (or {Numbered(TargetEndpoint.TokenVariable, number)}); identities are numbered 2, 3, … without gaps");
            }
            // The same application (or token) twice is one user with one set of limits: it would add nothing.
            var name = Get(TargetEndpoint.TokenVariable, number) is { } token ? "token:" + token : "client:" + Get(TargetEndpoint.ClientIdVariable, number);
            if (name != "client:" && !seen.TryAdd(name, number))
            {
                throw new UsageException($"identity {number} signs in as the same application user as identity {seen[name]}; Dataverse limits each user, "
                    + "so every identity must be a different application user");
            }
            providers.Add(loopback ? Local(number, Get(TargetEndpoint.TokenVariable, number)) : Signed(organization, number, Get));
        }
        return providers;
    }

    // An org (and the emulator, as strict as one) answers 401 without a bearer token; on loopback any token will do and
    // only names the calling user, so the variable's token is used when set and a fixed name per identity otherwise.
    private static StaticTokenProvider Local(int number, string? token) =>
        new(token ?? (number == 1 ? "mapdsl-local" : "mapdsl-local-" + number.ToString(CultureInfo.InvariantCulture)));

    private static IAccessTokenProvider Signed(Uri organization, int number, Func<string, int, string?> get)
    {
        if (get(TargetEndpoint.TokenVariable, number) is { } token)
            return new StaticTokenProvider(token);
        var tenant = get(TargetEndpoint.TenantVariable, number) ?? get(TargetEndpoint.TenantVariable, 1);
        var client = get(TargetEndpoint.ClientIdVariable, number);
        var secret = get(TargetEndpoint.ClientSecretVariable, number);
        if (string.IsNullOrWhiteSpace(tenant) || string.IsNullOrWhiteSpace(client) || string.IsNullOrWhiteSpace(secret))
        {
            throw new UsageException($"set {Numbered(TargetEndpoint.TenantVariable, number)}, {Numbered(TargetEndpoint.ClientIdVariable, number)} and "
                + $"{Numbered(TargetEndpoint.ClientSecretVariable, number)} (or {Numbered(TargetEndpoint.TokenVariable, number)}) to reach {organization.Host}");
        }
        return MsalClientCredentialsTokenProvider.WithSecret(tenant, client, secret, organization);
    }
}
