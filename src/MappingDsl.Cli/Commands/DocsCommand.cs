using System.CommandLine;
using MappingDsl.Cli.Hosting;
using MappingDsl.Docs;

namespace MappingDsl.Cli.Commands;

/// <summary>
/// <c>mapdsl docs</c>: the customer documents (mapping tables, picklist matrices, inventories) from the catalog, as
/// Markdown and as a self-contained HTML page beside it.
/// </summary>
internal static class DocsCommand
{
    public static Command Create(CliOutput cli)
    {
        var pack = CommonOptions.Pack();
        var output = new Option<string>("--out") { Description = "The folder to write the documents to.", Required = true };
        var command = new Command("docs", "Render a pack's customer documents (Markdown and self-contained HTML) from its compiled catalog.") { pack, output };
        command.SetAction(cli, (parse, _) =>
        {
            var catalog = PackLoader.Get(parse.GetRequiredValue(pack));
            var folder = Path.GetFullPath(parse.GetRequiredValue(output));
            Directory.CreateDirectory(folder);
            var files = CustomerDocs.Write(catalog, folder);
            if (parse.GetValue(CommonOptions.Json))
                cli.Json(new { Pack = catalog.Name, Folder = folder, Files = files });
            else
                foreach (var file in files)
                    cli.Out.WriteLine(file);
            return Task.FromResult(ExitCodes.Success);
        });
        return command;
    }
}
