using System.Diagnostics;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.Json;
using MappingDsl.Catalog;
using MappingDsl.Dataverse.Auth;
using MappingDsl.Dataverse.Provisioning;
using MappingDsl.Emulators.Dataverse;
using MappingDsl.Emulators.Salesmate;
using MappingDsl.Maps.Salesmate;
using MappingDsl.Sources.Salesmate;

namespace MappingDsl.Dataverse.Benchmarks;

/// <summary>
/// A whole <c>mapdsl migrate salesmate</c> run of about N records: both emulators in this process on 127.0.0.1,
/// mapdsl as a child process sampled every 250 ms for records landed and working set, so the memory measured is
/// mapdsl's alone.
/// </summary>
internal static class MigrationScenario
{
    // Source records the Salesmate pack loads per emulated contact: every module scales from the contact count
    // (SalesmateEmulatorOptions.Records) and `mapdsl demo --records 10000` loaded 41 500.
    private const double LoadedPerContact = 4.15;
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(250);

    /// <summary>
    /// Usage: <c>migrate [records] [batch-size] [--service-protection]</c>. Without the flag the org enforces no
    /// service-protection limits, so the figures are mapdsl's own (the loader scenario measures it under limits); with
    /// it, Dataverse's per-user defaults apply (6000 requests and 1 200 s of execution per 300 s).
    /// </summary>
    public static async Task<int> RunAsync(string[] args)
    {
        var limited = args.Contains("--service-protection");
        var numbers = args.Where(a => a != "--service-protection").Select(a => int.Parse(a, CultureInfo.InvariantCulture)).ToList();
        var records = numbers.Count > 0 ? numbers[0] : 100_000;
        var batchSize = numbers.Count > 1 ? numbers[1] : (int?)null;
        if (records < 1 || batchSize is < 1)
            throw new ArgumentException("records and batch size must be positive");
        var contacts = (int)Math.Ceiling(records / LoadedPerContact);

        RuntimeHelpers.RunModuleConstructor(typeof(SalesmatePack).Module.ModuleHandle);
        var catalog = MapPackRegistry.Get("salesmate");
        var folder = Directory.CreateTempSubdirectory("mapdsl-bench-").FullName;
        try
        {
            await using var salesmate = await SalesmateEmulator.StartAsync(new SalesmateEmulatorOptions { Records = contacts, Seed = 1 });
            await using var org = await DataverseEmulator.StartAsync(EmulatedOrg.Options() with { Limits = limited ? new ServiceProtectionLimits() : null });
            using (var http = new HttpClient())
            {
                var setup = new DataverseClient(http, new DataverseClientOptions { Organization = org.BaseUri }, new StaticTokenProvider("setup"));
                await new SchemaProvisioner(setup).ApplyAsync(catalog.Manifest);
            }
            var served = EmulatorDataset.SearchModules.Sum(m => (long)salesmate.Dataset.Count(m));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"Salesmate emulator: {contacts:N0} contacts, {served:N0} records in all modules (about {contacts * LoadedPerContact:N0} for the pack to load); Dataverse emulator provisioned from the pack's manifest, service protection {(limited ? "on (Dataverse defaults)" : "off")}."));

            var journal = Path.Combine(folder, "journal.db");
            var arguments = new List<string>
            {
                "migrate", "salesmate", "--source", salesmate.BaseUri.ToString(), "--target", org.BaseUri.ToString(),
                "--journal", journal, "--json", "--fallback-owner", "ava.patel@salesmate-emulator.test", "--verify", "off",
            };
            if (batchSize is { } size)
                arguments.AddRange(["--batch-size", size.ToString(CultureInfo.InvariantCulture)]);
            Console.WriteLine("Child: mapdsl " + string.Join(' ', arguments));
            var environment = new Dictionary<string, string>
            {
                [SalesmateOptions.AccessTokenVariable] = salesmate.AccessKey,
                [SalesmateOptions.LinkNameVariable] = salesmate.LinkName,
            };

            var samples = new List<MigrationSample>();
            long peakSampled = 0, peakKernel = 0;
            var watch = Stopwatch.StartNew();
            using var child = MapdslChild.Start(environment, arguments);
            using var progress = new JournalProgress(journal);
            var exited = child.Process.WaitForExitAsync();
            var trace = Environment.GetEnvironmentVariable("MAPDSL_BENCH_TRACE") == "1";
            var stall = new StallWatch(child.Process);
            while (!exited.IsCompleted)
            {
                await Task.WhenAny(exited, Task.Delay(Interval));
                if (!TryReadMemory(child.Process, out var workingSet, out var peak))
                    break;
                peakSampled = Math.Max(peakSampled, workingSet);
                peakKernel = Math.Max(peakKernel, peak);
                var (loaded, pair) = progress.Read();
                var sample = new MigrationSample(watch.Elapsed, loaded, salesmate.Stats.Calls, workingSet, pair);
                samples.Add(sample);
                if (trace)
                    Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{sample.Elapsed.TotalSeconds:0.0}s loaded={loaded} calls={sample.SourceCalls} ws={workingSet / MigrationTable.MB:0}MB pair={pair}"));
                if (stall.IsStalled(sample))
                    throw new TimeoutException(stall.Describe(sample));
            }
            await exited;
            watch.Stop();
            var final = progress.Read();
            samples.Add(new MigrationSample(watch.Elapsed, final.Loaded, salesmate.Stats.Calls, 0, "(exited)"));

            var rows = 0L;
            foreach (var table in catalog.Pairs.Where(p => p.Kind != PairKind.DocumentationOnly).SelectMany(p => p.Targets).Distinct(StringComparer.Ordinal))
                rows += await org.CountAsync(table);
            var outcome = Outcome.Parse(child.Process.ExitCode, child.Output, child.Error);
            var self = Process.GetCurrentProcess();
            MigrationTable.Print(new MigrationTable.Totals(
                outcome.Status, outcome.Loaded, outcome.Rejected, rows, watch.Elapsed, peakSampled, peakKernel, self.WorkingSet64, self.PeakWorkingSet64), samples);
            return outcome.Loaded > 0 && child.Process.ExitCode is 0 or 1 ? 0 : 1;
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    // Process.PeakWorkingSet64 is the kernel's high-water mark (VmHWM) on Linux; both fail once the child is gone.
    private static bool TryReadMemory(Process process, out long workingSet, out long peak)
    {
        try
        {
            process.Refresh();
            workingSet = process.WorkingSet64;
            peak = process.PeakWorkingSet64;
            return workingSet > 0;
        }
        catch (InvalidOperationException)
        {
            workingSet = peak = 0;
            return false;
        }
    }

    /// <summary>What the child's <c>--json</c> report says about the run.</summary>
    private sealed record Outcome(string Status, long Loaded, long Rejected)
    {
        public static Outcome Parse(int exitCode, string output, string error)
        {
            var start = output.IndexOf('{', StringComparison.Ordinal);
            if (start < 0)
                throw new InvalidOperationException($"mapdsl exited {exitCode} without a report: {error}");
            using var report = JsonDocument.Parse(output[start..]);
            var root = report.RootElement;
            return new Outcome(root.GetProperty("status").GetString() ?? "", root.GetProperty("loaded").GetInt64(), root.GetProperty("rejected").GetInt64());
        }
    }
}
