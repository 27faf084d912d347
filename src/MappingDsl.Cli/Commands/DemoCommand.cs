using System.CommandLine;
using System.Globalization;
using MappingDsl.Catalog;
using MappingDsl.Cli.Hosting;
using MappingDsl.Dataverse.Provisioning;
using MappingDsl.Docs;
using MappingDsl.Emulators.Dataverse;
using MappingDsl.Emulators.Salesmate;
using MappingDsl.Engine;
using MappingDsl.Engine.Journal;
using MappingDsl.Engine.Reports;
using Spectre.Console;

namespace MappingDsl.Cli.Commands;

/// <summary>
/// <c>mapdsl demo</c>: everything local, no setup. Starts both emulators in-process and, for every registered pack
/// with an emulated source: data-quality pass, provisioning, migration, a cutover delta, reconciliation with spot
/// checks, reports and customer docs — then a summary table.
/// </summary>
internal static class DemoCommand
{
    public static Command Create(CliOutput cli)
    {
        var output = new Option<string>("--out") { Description = "The folder for journals, reports and docs.", DefaultValueFactory = _ => "mapdsl-demo" };
        var records = new Option<int>("--records") { Description = "Emulated records per source module.", DefaultValueFactory = _ => 200 };
        var command = new Command("demo", "Run the whole migration locally against emulators and print the reports.") { output, records };
        command.SetAction(cli, async (parse, cancellationToken) =>
        {
            PackLoader.LoadAll();
            var folder = Path.GetFullPath(parse.GetValue(output)!);
            var json = parse.GetValue(CommonOptions.Json);
            await using var salesmate = await SalesmateEmulator.StartAsync(new SalesmateEmulatorOptions { Records = Math.Max(1, parse.GetValue(records)), Seed = 1 }, cancellationToken).ConfigureAwait(false);
            await using var dataverse = await DataverseEmulator.StartAsync(TargetEndpoint.EmulatorOptions(), cancellationToken).ConfigureAwait(false);
            var results = new List<DemoResult>();
            foreach (var name in MapPackRegistry.Names)
            {
                var catalog = MapPackRegistry.Get(name);
                if (catalog.Source.Equals("Iterable", StringComparison.OrdinalIgnoreCase))
                {
                    var run = await IterableDemo.RunAsync(cli, catalog, dataverse, Path.Combine(folder, catalog.Name), parse.GetValue(records), r => Show(cli, json, r), cancellationToken).ConfigureAwait(false);
                    results.Add(new DemoResult(catalog.Name, $"{run.Migrated.Status}; delta {run.Delta.Status} ({run.Touched} touched)", run.Migrated.Loaded, run.Migrated.Rejected,
                        run.Delta.Loaded, $"{run.Reconciled.Phases.Sum(p => p.Verification.Sum(v => v.Matched))}/{run.Reconciled.Phases.Sum(p => p.Verification.Sum(v => v.Checked))}", run.Reconciled.ReportFolder));
                    continue;
                }
                if (!catalog.Source.Equals("Salesmate", StringComparison.OrdinalIgnoreCase))
                {
                    results.Add(new DemoResult(name, "skipped: no emulator for " + catalog.Source, 0, 0, 0, "", ""));
                    continue;
                }
                results.Add(await RunPackAsync(cli, catalog, salesmate, dataverse, Path.Combine(folder, catalog.Name), json, cancellationToken).ConfigureAwait(false));
            }
            if (json)
            {
                cli.Json(new { Folder = folder, Packs = results });
            }
            else
            {
                var summary = new Table().Title("mapdsl demo").AddColumns("Pack", "Outcome", "Loaded", "Rejected", "Delta moved", "Verified", "Reports");
                foreach (var r in results)
                    summary.AddRow(Markup.Escape(r.Pack), Markup.Escape(r.Outcome), N(r.Loaded), N(r.Rejected), N(r.DeltaMoved), r.Verified, Markup.Escape(r.Reports));
                cli.Console.Write(summary);
                cli.Console.MarkupLine($"Everything is under [link]{Markup.Escape(folder)}[/]");
            }
            return results.Count == 0 ? ExitCodes.Usage : ExitCodes.Success;
        });
        return command;
    }

    private static async Task<DemoResult> RunPackAsync(
        CliOutput cli, MapCatalog catalog, SalesmateEmulator salesmate, DataverseEmulator dataverse, string folder, bool json, CancellationToken cancellationToken)
    {
        if (Directory.Exists(folder))
            Directory.Delete(folder, recursive: true);
        Directory.CreateDirectory(folder);
        await using var source = SourceEndpoint.ForEmulator(salesmate, owned: false);
        await using var target = await TargetEndpoint.OpenAsync(dataverse.BaseUri.ToString(), cancellationToken).ConfigureAwait(false);
        await new SchemaProvisioner(target.Client).ApplyAsync(catalog.Manifest, cancellationToken).ConfigureAwait(false);
        using var journal = MigrationJournal.Open(Path.Combine(folder, "journal.db"));
        var engine = new MigrationEngine(catalog, source.Source, target.Target, journal);
        // Owners without a Dynamics user go to the queue; the demo names a fallback so every phase can load.
        var fallback = SalesmateEmulatorCatalog.Users.First(u => u.HasDynamicsUser && u.Active).Email;
        var options = new MigrationOptions { FallbackOwner = fallback, SpotCheck = 25, SourceAddress = "emulator", TargetAddress = "emulator" };

        var check = await engine.MigrateAsync(options with { DryRun = true }, cancellationToken).ConfigureAwait(false);
        Show(cli, json, check);
        var migrated = await ProgressDisplay.RunAsync(cli, progress => engine.MigrateAsync(options with { Progress = progress }, cancellationToken)).ConfigureAwait(false);
        Show(cli, json, migrated);
        var touched = salesmate.Touch(0.05);
        var delta = await ProgressDisplay.RunAsync(cli, progress => engine.DeltaAsync(options with { Progress = progress }, cancellationToken)).ConfigureAwait(false);
        Show(cli, json, delta);
        var reconciled = await engine.ReconcileAsync(migrated.RunId, 25, cancellationToken).ConfigureAwait(false);
        CustomerDocs.Write(catalog, Path.Combine(folder, "docs"));
        var checkedRecords = reconciled.Phases.Sum(p => p.Verification.Sum(v => v.Checked));
        var matched = reconciled.Phases.Sum(p => p.Verification.Sum(v => v.Matched));
        return new DemoResult(catalog.Name, $"{migrated.Status}; delta {delta.Status} ({touched} touched)", migrated.Loaded, migrated.Rejected,
            delta.Loaded, $"{matched}/{checkedRecords}", reconciled.ReportFolder);
    }

    private static void Show(CliOutput cli, bool json, RunReport report)
    {
        if (!json)
            ReportRenderer.Render(cli, report);
    }

    private static string N(long value) => value.ToString("N0", CultureInfo.InvariantCulture);

    private sealed record DemoResult(string Pack, string Outcome, long Loaded, long Rejected, long DeltaMoved, string Verified, string Reports);
}
