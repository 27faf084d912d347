using System.Text;
using MappingDsl.Dataverse.Auth;
using MappingDsl.Emulators.Dataverse;

namespace MappingDsl.Dataverse.Tests;

/// <summary>An emulator on loopback and a client pointed at it.</summary>
internal sealed class Harness : IAsyncDisposable
{
    public static readonly TableInfo Account = new("account", "accounts", "accountid");
    public static readonly TableInfo Contact = new("contact", "contacts", "contactid");
    public const string SourceId = "new_sourceid";

    private readonly HttpClient _http;

    private Harness(DataverseEmulator emulator, HttpClient http, DataverseClient client)
    {
        Emulator = emulator;
        _http = http;
        Client = client;
    }

    public DataverseEmulator Emulator { get; }

    public DataverseClient Client { get; }

    public static async Task<Harness> StartAsync(DataverseEmulatorOptions? options = null, TimeSpan keyActivationDelay = default)
    {
        var emulator = await DataverseEmulator.StartAsync((options ?? new DataverseEmulatorOptions()) with { KeyActivationDelay = keyActivationDelay });
        var http = new HttpClient();
        var client = new DataverseClient(http, new DataverseClientOptions
        {
            Organization = emulator.BaseUri,
            RetryBaseDelay = TimeSpan.FromMilliseconds(5),
            RetryMaxDelay = TimeSpan.FromMilliseconds(200),
            MaxRetries = 30,
        }, new StaticTokenProvider("test-user"));
        return new Harness(emulator, http, client);
    }

    /// <summary>Adds the source-id column and its alternate key to a table, as provisioning would.</summary>
    public async Task AddSourceIdAsync(TableInfo table)
    {
        await Client.PostJsonAsync($"EntityDefinitions(LogicalName='{table.LogicalName}')/Attributes", Json(
            """{"@odata.type":"Microsoft.Dynamics.CRM.StringAttributeMetadata","SchemaName":"new_SourceId","MaxLength":100}"""));
        await Client.PostJsonAsync($"EntityDefinitions(LogicalName='{table.LogicalName}')/Keys", Json(
            """{"SchemaName":"new_sourceidkey","KeyAttributes":["new_sourceid"]}"""));
    }

    public static byte[] Json(string text) => Encoding.UTF8.GetBytes(text);

    public async ValueTask DisposeAsync()
    {
        _http.Dispose();
        await Emulator.DisposeAsync();
    }
}
