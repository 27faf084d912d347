using System.CommandLine;

namespace MappingDsl.Cli.Hosting;

/// <summary>Options several commands share, so they are spelled and described once.</summary>
internal static class CommonOptions
{
    public static Option<bool> Json { get; } = new("--json") { Description = "Write one JSON document to stdout instead of tables.", Recursive = true };

    /// <summary>The engineer's own pack: a project folder, a <c>.csproj</c> (built first) or a built <c>.dll</c>.</summary>
    public static Option<string> PackPath { get; } = new("--pack")
    {
        Description = "Load your own map pack: a pack project folder, a .csproj (built first) or a built .dll. Without it, the pack project in the current folder is used when the named pack is not one mapdsl ships.",
        Recursive = true,
    };

    public static Argument<string> Pack() => new("pack") { Description = "The map pack's name (see `mapdsl maps`)." };

    public static Option<string> Source(bool required) => new("--source")
    {
        Description = "Where records come from: file:<dir>, https://<account>.salesmate.io (credentials from the environment), http://127.0.0.1:<port> or emulator.",
        Required = required,
    };

    public static Option<string> Target(bool required) => new("--target")
    {
        Description = "The Dataverse org: https://<org>.crm.dynamics.com (credentials from the environment), http://127.0.0.1:<port> or emulator.",
        Required = required,
    };

    public static Option<string> Journal(bool required) => new("--journal")
    {
        Description = "The migration journal (SQLite); reports are written beside it.",
        Required = required,
    };

    /// <summary>How a Customer.io source reads people and deliveries: <c>api</c> (default) or <c>export</c>.</summary>
    public static Option<string> Via() => new("--via")
    {
        Description = "Customer.io only: read people and deliveries through the App API lists (api, the default) or the asynchronous exports (export).",
    };

    /// <summary>Journaled batches on their way at once; by default two per application user.</summary>
    public static Option<int?> BatchesInFlight() => new("--batches-in-flight")
    {
        Description = "Journaled batches a pair may have on their way to Dataverse at once (1-64); default: two per application user, so the org works on one while mapdsl journals another.",
    };

    /// <summary>The <c>--batches-in-flight</c> value, or two per application user of the target.</summary>
    public static int BatchesInFlightValue(ParseResult parse, Option<int?> option, TargetEndpoint target) =>
        Math.Clamp(parse.GetValue(option) ?? 2 * target.Users, 1, 64);

    public static Option<string> FallbackOwner() => new("--fallback-owner")
    {
        Description = "Owner for records whose owner has no active Dataverse user: a user's email, or team:<name>.",
    };

    public static Option<string[]> OwnerAlias() => new("--owner-alias")
    {
        Description = "Rewrite owner emails before matching users, repeatable: @old.test=@new.test (domain) or a@old.test=b@new.test (address).",
        AllowMultipleArgumentsPerToken = false,
    };

    public static Option<string> OwnerAliases() => new("--owner-aliases")
    {
        Description = "A file of owner alias rules, one from=to per line; lines starting with # are comments.",
    };

    public static Option<string> Verify() => new("--verify")
    {
        Description = "Field-level verification after each phase: all (every loaded record, every written column), sample:N (N records per pair) or off.",
        DefaultValueFactory = _ => "all",
    };

    public static Engine.VerifySpec VerifyValue(System.CommandLine.ParseResult parse, Option<string> option)
    {
        try
        {
            return Engine.VerifySpec.Parse(parse.GetValue(option) ?? "all");
        }
        catch (FormatException exception)
        {
            throw new UsageException(exception.Message);
        }
    }
}
