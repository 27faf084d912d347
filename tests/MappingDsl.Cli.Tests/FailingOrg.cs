using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace MappingDsl.Cli.Tests;

// An org on 127.0.0.1 that serves one table's definition and refuses everything after it with a 403, an error the
// client does not retry: a target that fails part-way through a command, without waiting out retry back-offs.
internal sealed class FailingOrg : IAsyncDisposable
{
    public const string Message = "Principal user is missing prvReadEntity privilege";

    private readonly WebApplication _app;
    private int _requests;

    private FailingOrg(WebApplication app) => _app = app;

    public Uri BaseUri { get; private set; } = null!;

    public int Requests => Volatile.Read(ref _requests);

    public static async Task<FailingOrg> StartAsync(string servedTable)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        var org = new FailingOrg(app);
        app.Run(async context =>
        {
            Interlocked.Increment(ref org._requests);
            context.Response.ContentType = "application/json";
            if (Uri.UnescapeDataString(context.Request.Path.Value ?? "").EndsWith($"EntityDefinitions(LogicalName='{servedTable}')", StringComparison.Ordinal))
            {
                await context.Response.WriteAsync($$"""{"LogicalName":"{{servedTable}}","Attributes":[]}""");
                return;
            }
            context.Response.StatusCode = StatusCodes.Status403Forbidden;
            await context.Response.WriteAsync($$$"""{"error":{"code":"0x80040220","message":"{{{Message}}}"}}""");
        });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        org.BaseUri = new Uri(address.EndsWith('/') ? address : address + "/");
        return org;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
