using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace MappingDsl.Emulators;

/// <summary>
/// The Kestrel host every emulator runs on, compiled into each emulator (a linked source file, so no emulator depends
/// on another): bound to 127.0.0.1 only, so an emulator is never reachable from another machine, with logging off so
/// a test's output holds only what the test prints.
/// </summary>
internal static class LoopbackHost
{
    /// <summary>A slim app listening on 127.0.0.1 at <paramref name="port"/> (0: a free port).</summary>
    public static WebApplication Create(int port)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, port));
        return builder.Build();
    }

    /// <summary>Starts the app and returns the address it listens on, ending in a slash.</summary>
    public static async Task<Uri> StartAsync(WebApplication app, CancellationToken ct)
    {
        await app.StartAsync(ct).ConfigureAwait(false);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new Uri(address.EndsWith('/') ? address : address + "/");
    }
}
