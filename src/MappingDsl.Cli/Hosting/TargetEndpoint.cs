using MappingDsl.Cli.Adapters;
using MappingDsl.Dataverse;
using MappingDsl.Dataverse.Auth;
using MappingDsl.Emulators.Dataverse;
using MappingDsl.Emulators.Salesmate;
using MappingDsl.Emulators.Wetroo;
using MappingDsl.Engine;

namespace MappingDsl.Cli.Hosting;

/// <summary>
/// A Dataverse org opened from <c>--target</c>: <c>https://org.crm.dynamics.com</c> (credentials from the environment),
/// <c>http://127.0.0.1:port</c> (a running <c>mapdsl emulate dataverse</c>), or <c>emulator</c> (one started in-process
/// for this command, with the emulated Salesmate users). Loads are spread over every application user the environment
/// names (<see cref="TargetIdentities"/>).
/// </summary>
internal sealed class TargetEndpoint : IAsyncDisposable
{
    /// <summary>Tenant for client-credentials sign-in.</summary>
    public const string TenantVariable = "MAPDSL_DATAVERSE_TENANT_ID";

    /// <summary>App registration (client) id.</summary>
    public const string ClientIdVariable = "MAPDSL_DATAVERSE_CLIENT_ID";

    /// <summary>App registration secret.</summary>
    public const string ClientSecretVariable = "MAPDSL_DATAVERSE_CLIENT_SECRET";

    /// <summary>A ready bearer token, instead of the three above.</summary>
    public const string TokenVariable = "MAPDSL_DATAVERSE_TOKEN";

    private readonly HttpClient _http;

    private TargetEndpoint(string address, HttpClient http, IReadOnlyList<DataverseClient> clients, DataverseEmulator? emulator)
    {
        Address = address;
        _http = http;
        Client = clients[0];
        Users = clients.Count;
        Emulator = emulator;
        Target = new DataverseMigrationTarget(clients);
    }

    /// <summary>The address as recorded in the journal (never with credentials).</summary>
    public string Address { get; }

    /// <summary>The client of identity 1 (schema, metadata and other single calls).</summary>
    public DataverseClient Client { get; }

    /// <summary>How many application users the loads are spread over.</summary>
    public int Users { get; }

    public IMigrationTarget Target { get; }

    /// <summary>The in-process emulator, when the target is <c>emulator</c>.</summary>
    public DataverseEmulator? Emulator { get; }

    public static async Task<TargetEndpoint> OpenAsync(string spec, CancellationToken cancellationToken)
    {
        if (spec.Equals("emulator", StringComparison.OrdinalIgnoreCase))
        {
            var emulator = await DataverseEmulator.StartAsync(EmulatorOptions(), cancellationToken).ConfigureAwait(false);
            return Create("emulator", emulator.BaseUri, TargetIdentities.Read(emulator.BaseUri, loopback: true, Environment.GetEnvironmentVariable), emulator);
        }
        var uri = Endpoints.ParseHttp(spec, "--target");
        var tokens = TargetIdentities.Read(uri, Endpoints.IsLoopback(uri), Environment.GetEnvironmentVariable);
        return Create(uri.GetLeftPart(UriPartial.Authority), uri, tokens, null);
    }

    /// <summary>The emulator seeded with the Dynamics users the emulated Salesmate and Wetroo owners line up with.</summary>
    /// <param name="port">The port, or 0 for any free one.</param>
    public static DataverseEmulatorOptions EmulatorOptions(int port = 0) => new()
    {
        Port = port,
        Users = [.. SalesmateEmulatorCatalog.Users
            .Where(u => u.HasDynamicsUser)
            .Select(u => new SeedUser(DeterministicId(u.Email), u.Email, u.Name, IsDisabled: !u.Active))
            .Concat(WetrooEmulatorCatalog.Owners
                .Where(o => o.HasDynamicsUser)
                .Select(o => new SeedUser(DeterministicId(o.Email), o.Email, o.Name, IsDisabled: !o.Active)))],
        KeyActivationDelay = TimeSpan.FromMilliseconds(50),
    };

    public async ValueTask DisposeAsync()
    {
        _http.Dispose();
        if (Emulator is not null)
            await Emulator.DisposeAsync().ConfigureAwait(false);
    }

    private static TargetEndpoint Create(string address, Uri organization, IReadOnlyList<IAccessTokenProvider> tokens, DataverseEmulator? emulator)
    {
        var http = new HttpClient { Timeout = TimeSpan.FromMinutes(5) };
        // One client per identity: each has its own token and its own 429 gate, as Dataverse limits each user alone.
        var clients = tokens.Select(t => new DataverseClient(http, new DataverseClientOptions { Organization = organization }, t)).ToList();
        return new TargetEndpoint(address, http, clients, emulator);
    }

    // The same email gives the same user id in every emulator run, so journals and reports line up.
    private static Guid DeterministicId(string email)
    {
        var hash = System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(email.ToLowerInvariant()));
        return new Guid(hash.AsSpan(0, 16));
    }
}
