using System.CommandLine;
using MappingDsl.Cli.Hosting;
using MappingDsl.Dataverse.Provisioning;
using Spectre.Console;

namespace MappingDsl.Cli.Commands;

/// <summary><c>mapdsl plan</c> and <c>mapdsl provision</c>: the schema a pack needs, diffed against the org, and applied.</summary>
internal static class ProvisionCommands
{
    public static Command Plan(CliOutput cli)
    {
        var pack = CommonOptions.Pack();
        var target = CommonOptions.Target(required: true);
        var command = new Command("plan", "List the custom tables, columns, choices and keys the org lacks for a pack.") { pack, target };
        command.SetAction(cli, async (parse, cancellationToken) =>
        {
            var catalog = await PackLoader.GetAsync(parse.GetRequiredValue(pack), cli.Error, cancellationToken).ConfigureAwait(false);
            await using var to = await TargetEndpoint.OpenAsync(parse.GetRequiredValue(target), cancellationToken).ConfigureAwait(false);
            var plan = await new SchemaProvisioner(to.Client).PlanAsync(catalog.Manifest, cancellationToken).ConfigureAwait(false);
            Show(cli, parse, plan);
            return ExitCodes.Success;
        });
        return command;
    }

    public static Command Provision(CliOutput cli)
    {
        var pack = CommonOptions.Pack();
        var target = CommonOptions.Target(required: true);
        var dryRun = new Option<bool>("--dry-run") { Description = "Show the plan without changing the org." };
        var command = new Command("provision", "Create the schema a pack needs (custom tables, columns, choices, source-id keys) before any record loads.")
        {
            pack, target, dryRun,
        };
        command.SetAction(cli, async (parse, cancellationToken) =>
        {
            var catalog = await PackLoader.GetAsync(parse.GetRequiredValue(pack), cli.Error, cancellationToken).ConfigureAwait(false);
            await using var to = await TargetEndpoint.OpenAsync(parse.GetRequiredValue(target), cancellationToken).ConfigureAwait(false);
            var provisioner = new SchemaProvisioner(to.Client);
            var plan = parse.GetValue(dryRun)
                ? await provisioner.PlanAsync(catalog.Manifest, cancellationToken).ConfigureAwait(false)
                : await provisioner.ApplyAsync(catalog.Manifest, cancellationToken).ConfigureAwait(false);
            Show(cli, parse, plan);
            return ExitCodes.Success;
        });
        return command;
    }

    private static void Show(CliOutput cli, ParseResult parse, ProvisioningPlan plan)
    {
        if (parse.GetValue(CommonOptions.Json))
        {
            cli.Json(plan);
            return;
        }
        if (plan.IsEmpty)
        {
            cli.Console.MarkupLine($"The org already has everything pack [bold]{Markup.Escape(plan.Pack)}[/] needs.");
            return;
        }
        var table = new Table().Title($"Schema for {Markup.Escape(plan.Pack)}").AddColumns("Step", "Table", "Name", "Description");
        foreach (var step in plan.Steps)
            table.AddRow(step.Kind.ToString(), Markup.Escape(step.Table), Markup.Escape(step.Name), Markup.Escape(step.Description));
        cli.Console.Write(table);
    }
}
