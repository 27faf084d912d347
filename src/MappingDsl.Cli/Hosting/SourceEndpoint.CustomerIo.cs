using MappingDsl.Catalog;
using MappingDsl.Sources.CustomerIo;

namespace MappingDsl.Cli.Hosting;

/// <summary>Customer.io sources: the live App API (key and region from the environment) or a running emulator on 127.0.0.1.</summary>
internal sealed partial class SourceEndpoint
{
    public static bool IsCustomerIo(MapCatalog catalog) => catalog.Source.Equals("Customer.io", StringComparison.OrdinalIgnoreCase);

    // The emulator (`mapdsl emulate customerio`) serves the documented 10 requests a second, which the extractor keeps to.
    private static SourceEndpoint OpenCustomerIo(string spec, CustomerIoReadPath via)
    {
        var uri = Endpoints.ParseHttp(spec, "--source");
        var key = Environment.GetEnvironmentVariable(CustomerIoOptions.ApiKeyVariable);
        if (string.IsNullOrWhiteSpace(key))
            throw new UsageException($"set {CustomerIoOptions.ApiKeyVariable} to read from {uri.Host}");
        var options = (Endpoints.IsLoopback(uri) ? new CustomerIoOptions { ApiKey = key, BaseUri = uri } : CustomerIoOptions.FromEnvironment(uri)) with { Via = via };
        var live = new CustomerIoExtractor(options);
        return new SourceEndpoint(uri.GetLeftPart(UriPartial.Authority), live, live, null);
    }

    // An export folder (downloaded by `--via export`, or handed over by the customer) is read through the shared file
    // readers; person.csv and delivery.csv become the records the App API path yields.
    private static SourceEndpoint CustomerIoFiles(string spec, CustomerIoReadPath via)
    {
        if (via == Sources.CustomerIo.CustomerIoReadPath.Export)
            throw new UsageException("--via export starts exports through the App API; a file: source is already export files (leave --via out)");
        var reader = new CustomerIoExportFiles(spec["file:".Length..]);
        return new SourceEndpoint("file:" + reader.Directory, reader, null, null);
    }

    private static CustomerIoReadPath CustomerIoReadPath(MapCatalog catalog, string? via) => via?.ToLowerInvariant() switch
    {
        null or "api" => Sources.CustomerIo.CustomerIoReadPath.Api,
        "export" when IsCustomerIo(catalog) => Sources.CustomerIo.CustomerIoReadPath.Export,
        "export" => throw new UsageException($"--via export applies to Customer.io packs only, not {catalog.Source}"),
        _ => throw new UsageException($"--via takes api or export, not '{via}'"),
    };
}
