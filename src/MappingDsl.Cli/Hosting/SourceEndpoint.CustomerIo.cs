using MappingDsl.Catalog;
using MappingDsl.Sources.CustomerIo;

namespace MappingDsl.Cli.Hosting;

/// <summary>Customer.io sources: the live App API (key and region from the environment) or a running emulator on 127.0.0.1.</summary>
internal sealed partial class SourceEndpoint
{
    public static bool IsCustomerIo(MapCatalog catalog) => catalog.Source.Equals("Customer.io", StringComparison.OrdinalIgnoreCase);

    // The emulator (`mapdsl emulate customerio`) serves the documented 10 requests a second, which the extractor keeps to.
    private static SourceEndpoint OpenCustomerIo(string spec)
    {
        var uri = Endpoints.ParseHttp(spec, "--source");
        var key = Environment.GetEnvironmentVariable(CustomerIoOptions.ApiKeyVariable);
        if (string.IsNullOrWhiteSpace(key))
            throw new UsageException($"set {CustomerIoOptions.ApiKeyVariable} to read from {uri.Host}");
        var options = Endpoints.IsLoopback(uri) ? new CustomerIoOptions { ApiKey = key, BaseUri = uri } : CustomerIoOptions.FromEnvironment(uri);
        var live = new CustomerIoExtractor(options);
        return new SourceEndpoint(uri.GetLeftPart(UriPartial.Authority), live, live, null);
    }
}
