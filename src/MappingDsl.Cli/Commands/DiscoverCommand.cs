using System.CommandLine;
using System.Globalization;
using MappingDsl.Cli.Hosting;
using MappingDsl.Sources.Salesmate;
using MappingDsl.Sources.Wetroo;
using Spectre.Console;

namespace MappingDsl.Cli.Commands;

/// <summary><c>mapdsl discover</c>: record counts, custom fields, picklist values, tags and owners of a source account.</summary>
internal static class DiscoverCommand
{
    public static Command Create(CliOutput cli)
    {
        var pack = CommonOptions.Pack();
        var source = CommonOptions.Source(required: true);
        var output = new Option<string>("--out") { Description = "Where to write the discovery snapshot (JSON); <pack>.discovery.json by default." };
        var command = new Command("discover", "Audit the source before scoping: counts per object, custom fields, picklist values, tags and owners.")
        {
            pack, source, output,
        };
        command.SetAction(cli, async (parse, cancellationToken) =>
        {
            var catalog = await PackLoader.GetAsync(parse.GetRequiredValue(pack), cli.Error, cancellationToken).ConfigureAwait(false);
            await using var from = await SourceEndpoint.OpenAsync(parse.GetRequiredValue(source), catalog, 200, cancellationToken).ConfigureAwait(false);
            var path = Path.GetFullPath(parse.GetValue(output) ?? catalog.Name + ".discovery.json");
            // Wetroo discovery reads records only, so an export folder serves as well as the API.
            var snapshot = SourceEndpoint.IsWetroo(catalog)
                ? await new WetrooDiscovery(from.Reader).WriteAsync(path, cancellationToken).ConfigureAwait(false)
                : await new SalesmateDiscovery(from.Extractor ?? throw new UsageException("discover reads the live API (or an emulator), not an export folder"))
                    .WriteAsync(path, cancellationToken).ConfigureAwait(false);
            if (parse.GetValue(CommonOptions.Json))
            {
                cli.Out.WriteLine(await File.ReadAllTextAsync(path, cancellationToken).ConfigureAwait(false));
                return ExitCodes.Success;
            }
            var table = new Table().Title($"{Markup.Escape(snapshot.Source)} at {snapshot.TakenAt:u}").AddColumns("Object", "Records");
            foreach (var (name, stats) in snapshot.Objects)
                table.AddRow(Markup.Escape(name), stats.Count.ToString("N0", CultureInfo.InvariantCulture));
            cli.Console.Write(table);
            cli.Console.MarkupLine($"{snapshot.CustomFields.Count} custom field(s), {snapshot.Owners.Count} owner(s). Snapshot: {Markup.Escape(path)}");
            if (snapshot.Values.TryGetValue(WetrooDiscovery.StaleStageKey, out var stale))
                cli.Console.MarkupLine($"[yellow]Stages in use that no pipeline has (the admin decides their row in the stage matrix):[/] {Markup.Escape(string.Join(", ", stale))}");
            return ExitCodes.Success;
        });
        return command;
    }
}
