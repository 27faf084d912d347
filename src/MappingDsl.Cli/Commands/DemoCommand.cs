using System.CommandLine;
using System.Globalization;
using MappingDsl.Catalog;
using MappingDsl.Cli.Hosting;
using MappingDsl.Dataverse.Provisioning;
using MappingDsl.Docs;
using MappingDsl.Emulators.Dataverse;
using MappingDsl.Emulators.Salesmate;
using MappingDsl.Emulators.Wetroo;
using MappingDsl.Engine;
using MappingDsl.Engine.Journal;
using MappingDsl.Engine.Reports;
using Spectre.Console;

namespace MappingDsl.Cli.Commands;

/// <summary>
/// <c>mapdsl demo</c>: everything local, no setup. Starts the emulators in-process and, for every registered pack
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
            // Every pack's folder is checked before anything runs: a refused one must not leave the others half rewritten.
            foreach (var name in MapPackRegistry.Names)
                DemoFolder.EnsureOurs(Path.Combine(folder, MapPackRegistry.Get(name).Name));
            await using var salesmate = await SalesmateEmulator.StartAsync(new SalesmateEmulatorOptions { Records = Math.Max(1, parse.GetValue(records)), Seed = 1 }, cancellationToken).ConfigureAwait(false);
            // Wetroo's throttle is never announced and halves mid-run; the extractor learns it as it goes.
            await using var wetroo = await WetrooEmulator.StartAsync(new WetrooEmulatorOptions
            {
                Records = Math.Max(1, parse.GetValue(records)),
                Seed = 1,
                ThrottleLimit = 50,
                ThrottleChanges = [new ThrottleChange(20, 25)],
            }, cancellationToken).ConfigureAwait(false);
            await using var dataverse = await DataverseEmulator.StartAsync(TargetEndpoint.EmulatorOptions(), cancellationToken).ConfigureAwait(false);
            var results = new List<DemoResult>();
            foreach (var name in MapPackRegistry.Names)
            {
                var catalog = MapPackRegistry.Get(name);
                if (catalog.Source.Equals("Iterable", StringComparison.OrdinalIgnoreCase))
                {
                    var run = await IterableDemo.RunAsync(cli, catalog, dataverse, Path.Combine(folder, catalog.Name), parse.GetValue(records), r => Show(cli, json, r), cancellationToken).ConfigureAwait(false);
                    results.Add(Result(catalog, run.Migrated, run.Delta, run.Reconciled, run.Touched));
                    continue;
                }
                if (catalog.Source.Equals("Customer.io", StringComparison.OrdinalIgnoreCase))
                {
                    var run = await CustomerIoDemo.RunAsync(cli, catalog, dataverse, Path.Combine(folder, catalog.Name), parse.GetValue(records), r => Show(cli, json, r), cancellationToken).ConfigureAwait(false);
                    results.Add(Result(catalog, run.Migrated, run.Delta, run.Reconciled, run.Touched));
                    continue;
                }
                var packFolder = Path.Combine(folder, catalog.Name);
                if (catalog.Source.Equals("Salesmate", StringComparison.OrdinalIgnoreCase))
                {
                    await using var source = SourceEndpoint.ForEmulator(salesmate, owned: false);
                    var fallback = SalesmateEmulatorCatalog.Users.First(u => u.HasDynamicsUser && u.Active).Email;
                    results.Add(await RunPackAsync(cli, catalog, source, fallback, () => salesmate.Touch(0.05), dataverse, packFolder, json, cancellationToken).ConfigureAwait(false));
                }
                else if (SourceEndpoint.IsWetroo(catalog))
                {
                    await using var source = SourceEndpoint.ForWetrooEmulator(wetroo, owned: false);
                    var fallback = WetrooEmulatorCatalog.Owners.First(o => o.HasDynamicsUser && o.Active).Email;
                    results.Add(await RunPackAsync(cli, catalog, source, fallback, () => wetroo.Touch(0.05), dataverse, packFolder, json, cancellationToken).ConfigureAwait(false));
                }
                else
                {
                    results.Add(new DemoResult(name, "skipped: no emulator for " + catalog.Source, 0, 0, 0, "", "") { Pairs = [] });
                }
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
                foreach (var r in results.Where(r => r.Pairs.Count > 0))
                {
                    var pairs = new Table().Title($"{Markup.Escape(r.Pack)}: every loaded record verified").AddColumns("Pair", "Loaded", "Checked", "Matched", "In target", "Balanced");
                    foreach (var p in r.Pairs)
                        pairs.AddRow(Markup.Escape(p.Pair), N(p.Loaded), N(p.Checked), N(p.Matched), p.InTarget, p.Balanced ? "yes" : "[red]no[/]");
                    cli.Console.Write(pairs);
                }
                cli.Console.MarkupLine($"Everything is under [link]{Markup.Escape(folder)}[/]");
            }
            return results.Count == 0 ? ExitCodes.Usage : ExitCodes.Success;
        });
        return command;
    }

    private static async Task<DemoResult> RunPackAsync(
        CliOutput cli, MapCatalog catalog, SourceEndpoint source, string fallback, Func<int> touch, DataverseEmulator dataverse, string folder, bool json, CancellationToken cancellationToken)
    {
        DemoFolder.Recreate(folder);
        await using var target = await TargetEndpoint.OpenAsync(dataverse.BaseUri.ToString(), cancellationToken).ConfigureAwait(false);
        await new SchemaProvisioner(target.Client).ApplyAsync(catalog.Manifest, cancellationToken).ConfigureAwait(false);
        using var journal = MigrationJournal.Open(Path.Combine(folder, "journal.db"));
        var engine = new MigrationEngine(catalog, source.Source, target.Target, journal);
        // Owners without a Dynamics user go to the queue; the demo names a fallback so every phase can load.
        var options = new MigrationOptions { FallbackOwner = fallback, SourceAddress = "emulator", TargetAddress = "emulator", BatchesInFlight = 2 * target.Users };

        var check = await engine.MigrateAsync(options with { DryRun = true }, cancellationToken).ConfigureAwait(false);
        Show(cli, json, check);
        var migrated = await ProgressDisplay.RunAsync(cli, progress => engine.MigrateAsync(options with { Progress = progress }, cancellationToken)).ConfigureAwait(false);
        Show(cli, json, migrated);
        var touched = touch();
        var delta = await ProgressDisplay.RunAsync(cli, progress => engine.DeltaAsync(options with { Progress = progress }, cancellationToken)).ConfigureAwait(false);
        Show(cli, json, delta);
        var reconciled = await engine.ReconcileAsync(migrated.RunId, VerifySpec.All, cancellationToken).ConfigureAwait(false);
        CustomerDocs.Write(catalog, Path.Combine(folder, "docs"));
        return Result(catalog, migrated, delta, reconciled, touched);
    }

    // The summary row and the per-pair table: what loaded, what verification checked and matched, what the target holds.
    private static DemoResult Result(MapCatalog catalog, RunReport migrated, RunReport delta, RunReport reconciled, int touched)
    {
        var checkedRecords = reconciled.Phases.Sum(p => p.Verification.Sum(v => v.Checked));
        var matched = reconciled.Phases.Sum(p => p.Verification.Sum(v => v.Matched));
        var pairs = migrated.Phases.SelectMany(phase => phase.Pairs.Select(p => (Phase: phase, Pair: p)))
            .Where(x => x.Phase.Verification.Any(v => v.Pair == x.Pair.Pair))
            .Select(x =>
            {
                var verified = x.Phase.Verification.First(v => v.Pair == x.Pair.Pair);
                var now = reconciled.Phases.SelectMany(p => p.Pairs).First(p => p.Pair == x.Pair.Pair);
                return new DemoPair(x.Pair.Pair, x.Pair.Loaded, verified.Checked, verified.Matched, now.InTarget is { } t ? $"{t:N0}/{now.Expected:N0}" : "", now.Balanced);
            })
            .ToList();
        var outcome = $"{migrated.Status}; delta {delta.Status} ({touched} touched); reconcile {(reconciled.Balanced ? "balanced" : "UNBALANCED")}";
        return new DemoResult(catalog.Name, outcome, migrated.Loaded, migrated.Rejected, delta.Loaded, $"{matched}/{checkedRecords}", reconciled.ReportFolder) { Pairs = pairs };
    }

    private static void Show(CliOutput cli, bool json, RunReport report)
    {
        if (!json)
            ReportRenderer.Render(cli, report);
    }

    private static string N(long value) => value.ToString("N0", CultureInfo.InvariantCulture);

    private sealed record DemoResult(string Pack, string Outcome, long Loaded, long Rejected, long DeltaMoved, string Verified, string Reports)
    {
        public required IReadOnlyList<DemoPair> Pairs { get; init; }
    }

    private sealed record DemoPair(string Pair, long Loaded, int Checked, int Matched, string InTarget, bool Balanced);
}
