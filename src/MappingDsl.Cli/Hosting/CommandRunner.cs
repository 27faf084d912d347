using System.CommandLine;
using MappingDsl.Dataverse.Auth;
using MappingDsl.Dataverse.Provisioning;
using MappingDsl.Engine;

namespace MappingDsl.Cli.Hosting;

/// <summary>Runs a command's body and turns what it throws into the documented exit codes and one clear message.</summary>
internal static class CommandRunner
{
    public static void SetAction(this Command command, CliOutput cli, Func<ParseResult, CancellationToken, Task<int>> body) =>
        command.SetAction((parse, cancellationToken) => RunAsync(cli, parse, cancellationToken, body));

    private static async Task<int> RunAsync(CliOutput cli, ParseResult parse, CancellationToken cancellationToken, Func<ParseResult, CancellationToken, Task<int>> body)
    {
        try
        {
            if (parse.GetValue(CommonOptions.PackPath) is { Length: > 0 } pack)
                await PackLoader.LoadFromAsync(pack, cli.Error, cancellationToken).ConfigureAwait(false);
            return await body(parse, cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            cli.Fail("interrupted; the journal is consistent — run the same command again to resume");
            return ExitCodes.Interrupted;
        }
        catch (Exception exception) when (exception is UsageException or MigrationConfigurationException or FormatException
            or DataverseAuthenticationException)
        {
            cli.Fail(exception.Message);
            return ExitCodes.Usage;
        }
        catch (Exception exception) when (exception is BlockedException or ProvisioningLimitException)
        {
            cli.Fail(exception.Message);
            return ExitCodes.Blocked;
        }
        catch (Exception exception)
        {
            // The last line of defence: one clear message and exit 4, never a stack trace on the customer's console.
            cli.Fail(exception.Message);
            return ExitCodes.Failed;
        }
    }
}
