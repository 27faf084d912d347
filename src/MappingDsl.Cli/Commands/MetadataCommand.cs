using System.CommandLine;
using System.Text.Json;
using MappingDsl.Catalog;
using MappingDsl.Cli.Hosting;
using MappingDsl.Dataverse.Metadata;

namespace MappingDsl.Cli.Commands;

/// <summary>
/// <c>mapdsl metadata pull</c>: snapshots an org's table definitions (EntityDefinitions with Attributes and
/// ManyToOneRelationships, choice options merged in from the typed casts; one JSON file per table) so the entities — and
/// the compile-time checks — can be regenerated from the customer's own schema.
/// </summary>
internal static class MetadataCommand
{
    private static readonly string[] StandardTables =
    [
        "account", "contact", "lead", "opportunity", "opportunityclose", "task", "phonecall", "appointment", "email",
        "activityparty", "annotation", "campaign", "list", "listmember", "product", "systemuser", "team", "businessunit",
        "transactioncurrency",
    ];

    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    public static Command Create(CliOutput cli)
    {
        var target = CommonOptions.Target(required: true);
        var output = new Option<string>("--out") { Description = "The folder for the <table>.json files.", Required = true };
        var tables = new Option<string[]>("--table") { Description = "A table to pull (repeatable); the standard Sales tables and every pack's targets by default.", AllowMultipleArgumentsPerToken = true };
        var pull = new Command("pull", "Snapshot an org's metadata: EntityDefinitions JSON per table, with choice options and many-to-one relationships.") { target, output, tables };
        pull.SetAction(cli, async (parse, cancellationToken) =>
        {
            PackLoader.LoadAll();
            var wanted = parse.GetValue(tables) is { Length: > 0 } named
                ? named
                : [.. StandardTables.Concat(MapPackRegistry.Names.SelectMany(n => MapPackRegistry.Get(n).Pairs.Where(p => p.Kind != PairKind.DocumentationOnly).SelectMany(p => p.Targets))).Distinct()];
            var folder = Path.GetFullPath(parse.GetRequiredValue(output));
            await using var to = await TargetEndpoint.OpenAsync(parse.GetRequiredValue(target), cancellationToken).ConfigureAwait(false);
            // Every table is read before any file is touched: a target that fails half-way must not leave the folder
            // a mix of this org's tables and whatever snapshot was there before.
            var pulled = new List<(string Table, string Json)>();
            var missing = new List<string>();
            var reader = new TableMetadataReader(to.Client);
            foreach (var table in wanted)
            {
                var definition = await reader.ReadAsync(table, TableMetadataParts.ManyToOneRelationships, cancellationToken: cancellationToken).ConfigureAwait(false);
                if (definition is null)
                    missing.Add(table);
                else
                    pulled.Add((table, definition.ToJsonString(Indented)));
            }
            Directory.CreateDirectory(folder);
            var written = new List<string>();
            foreach (var (table, json) in pulled)
            {
                var file = Path.Combine(folder, table + ".json");
                var temporary = file + ".tmp";
                await File.WriteAllTextAsync(temporary, json, cancellationToken).ConfigureAwait(false);
                File.Move(temporary, file, overwrite: true);
                written.Add(file);
            }
            if (parse.GetValue(CommonOptions.Json))
            {
                cli.Json(new { Folder = folder, Written = written, Missing = missing });
            }
            else
            {
                cli.Out.WriteLine($"{written.Count} table(s) written to {folder}");
                if (missing.Count > 0)
                    cli.Out.WriteLine("not in the org: " + string.Join(", ", missing));
            }
            return ExitCodes.Success;
        });
        return new Command("metadata", "Work with an org's metadata.") { pull };
    }
}
