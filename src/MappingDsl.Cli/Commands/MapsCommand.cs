using System.CommandLine;
using MappingDsl.Catalog;
using MappingDsl.Cli.Hosting;
using Spectre.Console;

namespace MappingDsl.Cli.Commands;

/// <summary><c>mapdsl maps</c>: the compiled map packs and their object pairs.</summary>
internal static class MapsCommand
{
    public static Command Create(CliOutput cli)
    {
        var command = new Command("maps", "List the compiled map packs and their object pairs, in load order.");
        command.SetAction(cli, async (parse, cancellationToken) =>
        {
            PackLoader.LoadAll();
            if (parse.GetValue(CommonOptions.PackPath) is null)
                await PackLoader.LoadCurrentFolderAsync(cli.Error, cancellationToken).ConfigureAwait(false);
            var packs = MapPackRegistry.Names.Select(MapPackRegistry.Get).ToList();
            if (parse.GetValue(CommonOptions.Json))
            {
                cli.Json(packs.Select(p => new
                {
                    p.Name,
                    p.Source,
                    p.Version,
                    p.Edition,
                    From = PackLoader.Origin(p.Name),
                    Pairs = p.Pairs.OrderBy(x => x.Phase).Select(x => new { x.Phase, x.Name, x.SourceObject, x.Module, x.Kind, x.Targets, Lossy = x.LossyReason }),
                }));
                return ExitCodes.Success;
            }
            if (packs.Count == 0)
                cli.Console.MarkupLine("No map packs are loaded (none beside mapdsl, no --pack, no pack project in this folder).");
            foreach (var pack in packs)
            {
                var table = new Table().Title($"{Markup.Escape(pack.Name)} {Markup.Escape(pack.Version)} — {Markup.Escape(pack.Source)} → Dynamics 365 Sales ({pack.Edition})")
                    .AddColumns("Phase", "Pair", "Source object", "Kind", "Targets", "Lossy");
                foreach (var pair in pack.Pairs.OrderBy(p => p.Phase))
                {
                    table.AddRow(pair.Phase.ToString(System.Globalization.CultureInfo.InvariantCulture), pair.Name, Markup.Escape(pair.SourceObject), pair.Kind.ToString(),
                        Markup.Escape(string.Join(", ", pair.Targets)), pair.LossyReason is null ? "" : "yes");
                }
                table.Caption($"from {Markup.Escape(PackLoader.Origin(pack.Name))}");
                cli.Console.Write(table);
            }
            return ExitCodes.Success;
        });
        return command;
    }
}
