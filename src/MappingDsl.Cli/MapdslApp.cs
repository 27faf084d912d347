using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;
using MappingDsl.Cli.Commands;
using MappingDsl.Cli.Hosting;

namespace MappingDsl.Cli;

/// <summary>The <c>mapdsl</c> command line: parses, runs one command, returns its documented exit code.</summary>
internal static class MapdslApp
{
    public static RootCommand Build(CliOutput cli)
    {
        var root = new RootCommand("mapdsl — migrate CRM data into Dynamics 365 Sales with compiled map packs. " + ExitCodes.Summary)
        {
            CommonOptions.Json,
            CommonOptions.PackPath,
            DemoCommand.Create(cli),
            MapsCommand.Create(cli),
            MetadataCommand.Create(cli),
            DiscoverCommand.Create(cli),
            ProvisionCommands.Plan(cli),
            ProvisionCommands.Provision(cli),
            MigrateCommand.Create(cli),
            DeltaCommand.Create(cli),
            ReconcileCommand.Create(cli),
            RollbackCommand.Create(cli),
            DocsCommand.Create(cli),
            EmulateCommand.Create(cli),
            ScaffoldCommand.Create(cli),
        };
        return root;
    }

    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, bool interactive, CancellationToken cancellationToken)
    {
        var cli = new CliOutput(output, error, interactive);
        var parse = Build(cli).Parse(args);
        // Parse errors are usage errors (2), not the library's default 1, which means "rejected records" here.
        if (parse.Errors.Count > 0 && parse.Action is not HelpAction)
        {
            foreach (var problem in parse.Errors)
                cli.Fail(problem.Message);
            cli.Error.WriteLine("Run 'mapdsl --help' or 'mapdsl <command> --help' for usage.");
            return ExitCodes.Usage;
        }
        if (parse.Action is null)
        {
            cli.Fail("name a command");
            return ExitCodes.Usage;
        }
        var configuration = new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false };
        return await parse.InvokeAsync(configuration, cancellationToken).ConfigureAwait(false);
    }
}
