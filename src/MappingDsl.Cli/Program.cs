using System.Runtime.InteropServices;
using MappingDsl.Cli;
using MappingDsl.Cli.Hosting;

using var heap = NativeHeap.Start();

// SIGTERM (containers, scripts, `kill`) stops every command the way Ctrl+C does: the command's token is cancelled, a
// run stops at a batch boundary with its journal resumable, an emulator shuts down. Without this the ASP.NET host of
// an emulator swallows SIGTERM and the process keeps running.
using var stop = new CancellationTokenSource();
using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, context =>
{
    context.Cancel = true;
    stop.Cancel();
});
return await MapdslApp.RunAsync(args, Console.Out, Console.Error, interactive: !Console.IsOutputRedirected, stop.Token);
