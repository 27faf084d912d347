using System.CommandLine;
using MappingDsl.Cli.Hosting;
using MappingDsl.Engine;
using Spectre.Console;

namespace MappingDsl.Cli.Commands;

/// <summary><c>mapdsl rollback</c>: deletes what a run created (last phase first) and restores what it updated.</summary>
internal static class RollbackCommand
{
    public static Command Create(CliOutput cli)
    {
        var journal = CommonOptions.Journal(required: true);
        var run = new Option<string>("--run") { Description = "The run to roll back; the newest not yet rolled back by default. Runs roll back newest first." };
        var target = CommonOptions.Target(required: false);
        var command = new Command("rollback", "Undo a run: delete the records it created and restore the values it overwrote.")
        {
            journal, run, target,
        };
        command.SetAction(cli, async (parse, cancellationToken) =>
        {
            using var log = JournalRuns.Open(parse.GetRequiredValue(journal));
            var chosen = parse.GetValue(run) is { } id ? JournalRuns.Latest(log, id) : log.Runs().LastOrDefault(r => r.Kind != "check" && r.Status != Engine.Journal.RunStatus.RolledBack)
                ?? throw new UsageException("the journal has no run left to roll back");
            await using var to = await TargetEndpoint.OpenAsync(parse.GetValue(target) ?? chosen.Target, cancellationToken).ConfigureAwait(false);
            var report = await MigrationEngine.RollbackAsync(log, to.Target, chosen.Id, cancellationToken).ConfigureAwait(false);
            if (parse.GetValue(CommonOptions.Json))
            {
                cli.Json(report);
            }
            else
            {
                cli.Console.MarkupLine($"Run [bold]{Markup.Escape(report.RunId)}[/]: {report.Deleted} deleted, {report.Restored} restored, {report.AlreadyGone} already gone.");
                foreach (var failure in report.Failures)
                    cli.Console.MarkupLine("[red]failed[/] " + Markup.Escape(failure));
            }
            return report.Failures.Count == 0 ? ExitCodes.Success : ExitCodes.Rejections;
        });
        return command;
    }
}
