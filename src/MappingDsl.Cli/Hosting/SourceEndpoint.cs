using MappingDsl.Catalog;
using MappingDsl.Cli.Adapters;
using MappingDsl.Emulators.Salesmate;
using MappingDsl.Engine;
using MappingDsl.Sources;
using MappingDsl.Sources.Files;
using MappingDsl.Sources.Salesmate;
using MappingDsl.Sources.Wetroo;

namespace MappingDsl.Cli.Hosting;

/// <summary>
/// A source opened from <c>--source</c>: <c>file:&lt;dir&gt;</c> (an export), <c>https://…</c> (the live API,
/// credentials from the environment), <c>http://127.0.0.1:port</c> (a running emulator) or <c>emulator</c>.
/// </summary>
internal sealed partial class SourceEndpoint : IAsyncDisposable
{
    private readonly IDisposable? _owned;
    private IAsyncDisposable? _ownedEmulator;

    private SourceEndpoint(string address, ISourceReader reader, IDisposable? owned, SalesmateEmulator? emulator)
    {
        Address = address;
        Reader = reader;
        Source = new SourceReaderAdapter(reader);
        _owned = owned;
        Emulator = emulator;
    }

    /// <summary>The address as recorded in the journal (never with credentials).</summary>
    public string Address { get; }

    public ISourceReader Reader { get; }

    public IMigrationSource Source { get; }

    /// <summary>The Salesmate extractor, when the source is a Salesmate API.</summary>
    public SalesmateExtractor? Extractor => Reader as SalesmateExtractor;

    /// <summary>The in-process emulator, when the source is <c>emulator</c>.</summary>
    public SalesmateEmulator? Emulator { get; }

    public static async Task<SourceEndpoint> OpenAsync(string spec, MapCatalog catalog, int emulatorRecords, CancellationToken cancellationToken, string? via = null)
    {
        var readPath = CustomerIoReadPath(catalog, via);
        var salesmate = catalog.Source.Equals("Salesmate", StringComparison.OrdinalIgnoreCase);
        if (FileSourceReader.IsFileSpec(spec))
        {
            if (!Directory.Exists(spec["file:".Length..]))
                throw new UsageException($"--source: the folder '{spec["file:".Length..]}' does not exist");
            if (IsCustomerIo(catalog))
                return CustomerIoFiles(spec, readPath);
            var reader = salesmate ? FileSourceReader.FromSpec(spec, SalesmateModules.FieldsFor)
                : IsWetroo(catalog) ? FileSourceReader.FromSpec(spec, WetrooModules.FieldsFor)
                : FileSourceReader.FromSpec(spec);
            return new SourceEndpoint("file:" + reader.Directory, reader, null, null);
        }
        if (IsWetroo(catalog))
            return await OpenWetrooAsync(spec, emulatorRecords, cancellationToken).ConfigureAwait(false);
        if (IsIterable(catalog))
            return OpenIterable(spec);
        if (IsCustomerIo(catalog))
            return OpenCustomerIo(spec, readPath);
        if (!salesmate)
            throw new UsageException($"no live reader for {catalog.Source} yet; export to a folder and use --source file:<dir>");
        if (spec.Equals("emulator", StringComparison.OrdinalIgnoreCase))
        {
            var emulator = await SalesmateEmulator.StartAsync(new SalesmateEmulatorOptions { Records = emulatorRecords }, cancellationToken).ConfigureAwait(false);
            return ForEmulator(emulator, owned: true);
        }
        var uri = Endpoints.ParseHttp(spec, "--source");
        var token = Environment.GetEnvironmentVariable(SalesmateOptions.AccessTokenVariable);
        if (string.IsNullOrWhiteSpace(token))
            throw new UsageException($"set {SalesmateOptions.AccessTokenVariable} (and {SalesmateOptions.LinkNameVariable} unless the address names the account) to read from {uri.Host}");
        var link = Environment.GetEnvironmentVariable(SalesmateOptions.LinkNameVariable) is { Length: > 0 } named
            ? named
            : Endpoints.IsLoopback(uri) ? "emulator" : uri.Host.Split('.')[0];
        var live = new SalesmateExtractor(Endpoints.IsLoopback(uri)
            ? LocalOptions(link, token, uri)
            : new SalesmateOptions { LinkName = link, AccessToken = token, BaseUri = uri });
        return new SourceEndpoint(uri.GetLeftPart(UriPartial.Authority), live, live, null);
    }

    /// <summary>Reads a Salesmate emulator already running in this process.</summary>
    /// <param name="emulator">The emulator.</param>
    /// <param name="owned">True to stop it with the endpoint.</param>
    public static SourceEndpoint ForEmulator(SalesmateEmulator emulator, bool owned)
    {
        var extractor = new SalesmateExtractor(LocalOptions(emulator.LinkName, emulator.AccessKey, emulator.BaseUri));
        return new SourceEndpoint("emulator", extractor, extractor, owned ? emulator : null);
    }

    // Salesmate's hourly call budget protects a real account; a local emulator has none to protect.
    private static SalesmateOptions LocalOptions(string link, string token, Uri uri) => new()
    {
        LinkName = link,
        AccessToken = token,
        BaseUri = uri,
        RetryBaseDelay = TimeSpan.FromMilliseconds(50),
        CallsPerWindow = 1_000_000,
        RateWindow = TimeSpan.FromMinutes(1),
        RateBurst = 1_000,
    };

    public async ValueTask DisposeAsync()
    {
        _owned?.Dispose();
        if (_ownedEmulator is not null)
            await _ownedEmulator.DisposeAsync().ConfigureAwait(false);
        if (Emulator is not null)
            await Emulator.DisposeAsync().ConfigureAwait(false);
    }
}
