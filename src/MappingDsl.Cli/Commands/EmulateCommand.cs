using System.CommandLine;
using MappingDsl.Cli.Hosting;
using MappingDsl.Emulators.Dataverse;
using MappingDsl.Emulators.CustomerIo;
using MappingDsl.Emulators.Iterable;
using MappingDsl.Emulators.Salesmate;
using MappingDsl.Emulators.Wetroo;
using MappingDsl.Sources.CustomerIo;
using MappingDsl.Sources.Iterable;
using MappingDsl.Sources.Salesmate;
using MappingDsl.Sources.Wetroo;

namespace MappingDsl.Cli.Commands;

/// <summary><c>mapdsl emulate</c>: runs an emulator on 127.0.0.1 until Ctrl+C, for rehearsals against local services.</summary>
internal static class EmulateCommand
{
    public static Command Create(CliOutput cli)
    {
        var which = new Argument<string>("service") { Description = "dataverse, salesmate, wetroo, iterable or customerio." };
        which.AcceptOnlyFromAmong("dataverse", "salesmate", "wetroo", "iterable", "customerio");
        var port = new Option<int>("--port") { Description = "The port on 127.0.0.1; a free one by default." };
        var records = new Option<int>("--records") { Description = "Salesmate, Wetroo, Iterable, Customer.io: records per module (Wetroo: contacts; Iterable, Customer.io: profiles).", DefaultValueFactory = _ => 1000 };
        var seed = new Option<int>("--seed") { Description = "Salesmate, Wetroo: the data seed (same seed, same data).", DefaultValueFactory = _ => 1 };
        var throttle = new Option<int>("--throttle") { Description = "Wetroo: calls per second before 429 (never announced; halves after 500 calls); 0 for none.", DefaultValueFactory = _ => 20 };
        var events = new Option<long>("--events") { Description = "Iterable, Customer.io: custom events, generated as they are streamed.", DefaultValueFactory = _ => 10_000 };
        var command = new Command("emulate", "Run the Dataverse, Salesmate, Wetroo, Iterable or Customer.io emulator on 127.0.0.1 until Ctrl+C.") { which, port, records, seed, throttle, events };
        command.SetAction(cli, async (parse, cancellationToken) =>
        {
            if (parse.GetRequiredValue(which) == "wetroo")
            {
                var limit = Math.Max(0, parse.GetValue(throttle));
                var options = new WetrooEmulatorOptions
                {
                    Port = parse.GetValue(port),
                    Records = Math.Max(1, parse.GetValue(records)),
                    Seed = parse.GetValue(seed),
                    ThrottleLimit = limit,
                    ThrottleChanges = limit > 1 ? [new ThrottleChange(500, limit / 2)] : [],
                };
                await using var wetroo = await WetrooEmulator.StartAsync(options, cancellationToken).ConfigureAwait(false);
                // The emulator's key is a local test value, not a credential; it is printed so a second shell can use it.
                Announce(cli, parse, "wetroo", wetroo.BaseUri, $"{WetrooOptions.ApiKeyVariable}={wetroo.ApiKey} mapdsl … --source {wetroo.BaseUri}");
                await WaitAsync(cancellationToken).ConfigureAwait(false);
            }
            else if (parse.GetRequiredValue(which) == "dataverse")
            {
                await using var dataverse = await DataverseEmulator.StartAsync(TargetEndpoint.EmulatorOptions(parse.GetValue(port)), cancellationToken).ConfigureAwait(false);
                Announce(cli, parse, "dataverse", dataverse.BaseUri, $"--target {dataverse.BaseUri}");
                await WaitAsync(cancellationToken).ConfigureAwait(false);
            }
            else if (parse.GetRequiredValue(which) == "iterable")
            {
                // --records is the profile count; the documented per-endpoint limits apply (export 4 a minute).
                var options = new IterableEmulatorOptions
                {
                    Port = parse.GetValue(port),
                    Seed = parse.GetValue(seed),
                    Profiles = Math.Max(1, parse.GetValue(records)),
                    CustomEvents = Math.Max(0, parse.GetValue(events)),
                };
                await using var iterable = await IterableEmulator.StartAsync(options, cancellationToken).ConfigureAwait(false);
                // The emulator's key is a local test value, not a credential; it is printed so a second shell can use it.
                Announce(cli, parse, "iterable", iterable.BaseUri, $"{IterableOptions.ApiKeyVariable}={iterable.ApiKey} mapdsl … --source {iterable.BaseUri}");
                await WaitAsync(cancellationToken).ConfigureAwait(false);
            }
            else if (parse.GetRequiredValue(which) == "customerio")
            {
                // --records is the person count; the documented 10 requests a second apply.
                var options = new CustomerIoEmulatorOptions
                {
                    Port = parse.GetValue(port),
                    Seed = parse.GetValue(seed),
                    People = Math.Max(1, parse.GetValue(records)),
                    Events = Math.Max(0, parse.GetValue(events)),
                };
                await using var customerIo = await CustomerIoEmulator.StartAsync(options, cancellationToken).ConfigureAwait(false);
                // The emulator's key is a local test value, not a credential; it is printed so a second shell can use it.
                Announce(cli, parse, "customerio", customerIo.BaseUri, $"{CustomerIoOptions.ApiKeyVariable}={customerIo.ApiKey} mapdsl … --source {customerIo.BaseUri}");
                await WaitAsync(cancellationToken).ConfigureAwait(false);
            }
            else
            {
                var options = new SalesmateEmulatorOptions { Port = parse.GetValue(port), Records = Math.Max(1, parse.GetValue(records)), Seed = parse.GetValue(seed) };
                await using var salesmate = await SalesmateEmulator.StartAsync(options, cancellationToken).ConfigureAwait(false);
                // The emulator's key is a local test value, not a credential; it is printed so a second shell can use it.
                Announce(cli, parse, "salesmate", salesmate.BaseUri,
                    $"{SalesmateOptions.LinkNameVariable}={salesmate.LinkName} {SalesmateOptions.AccessTokenVariable}={salesmate.AccessKey} mapdsl … --source {salesmate.BaseUri}");
                await WaitAsync(cancellationToken).ConfigureAwait(false);
            }
            return ExitCodes.Success;
        });
        return command;
    }

    private static void Announce(CliOutput cli, ParseResult parse, string service, Uri url, string usage)
    {
        if (parse.GetValue(CommonOptions.Json))
            cli.Json(new { Service = service, Url = url.ToString(), Usage = usage });
        else
            cli.Out.WriteLine($"{service} emulator listening on {url} (Ctrl+C stops it)\n  use: {usage}");
        cli.Out.Flush();
    }

    // Ctrl+C is how an emulator is meant to stop, so it ends with success rather than "interrupted".
    private static async Task WaitAsync(CancellationToken cancellationToken)
    {
        try
        {
            await Task.Delay(Timeout.Infinite, cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            // Stopped on purpose.
        }
    }
}
