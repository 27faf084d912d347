using System.Diagnostics;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.Json;
using MappingDsl.Catalog;
using MappingDsl.Dataverse.Auth;
using MappingDsl.Dataverse.Provisioning;
using MappingDsl.Emulators.Dataverse;
using MappingDsl.Emulators.Iterable;
using MappingDsl.Maps.Iterable;
using MappingDsl.Sources.Iterable;

namespace MappingDsl.Dataverse.Benchmarks;

/// <summary>
/// Event-scale loading (the figures in docs/performance.md): a whole <c>mapdsl migrate iterable</c> of N custom events plus a modest number of
/// profiles, from the Iterable emulator into the Dataverse emulator (both in this process on 127.0.0.1), with mapdsl
/// as a child process sampled every 250 ms for records landed, its working set (RSS) and its anonymous resident memory
/// (RssAnon: the managed heap and native allocations, without mapped files). This process's own working set (both
/// emulators and the org's in-memory store) is sampled separately.
/// </summary>
internal static class IterableMigrationScenario
{
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(250);

    // The emulator's per-endpoint limits (export 4 a minute, …) on a clock 1 000 times faster, as in the demo; the
    // child keeps to the same budget through MAPDSL_ITERABLE_LIMIT_SCALE, so limits are obeyed, not switched off.
    private const double LimitScale = 0.001;

    /// <summary>Usage: <c>migrate-iterable [events] [profiles] [--verify all|sample:N|off] [--users N] [--limit-scale F] [--batch-size N]</c>.</summary>
    public static async Task<int> RunAsync(string[] args)
    {
        var verify = "all";
        var users = 1;
        var limitScale = 1.0;
        string? batchSize = null;
        var numbers = new List<long>();
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] == "--verify" && i + 1 < args.Length)
                verify = args[++i];
            else if (args[i] == "--users" && i + 1 < args.Length)
                users = int.Parse(args[++i], CultureInfo.InvariantCulture);
            else if (args[i] == "--batch-size" && i + 1 < args.Length)
                batchSize = args[++i];
            else if (args[i] == "--limit-scale" && i + 1 < args.Length)
                limitScale = double.Parse(args[++i], CultureInfo.InvariantCulture);
            else
                numbers.Add(long.Parse(args[i], CultureInfo.InvariantCulture));
        }
        if (users is < 1 or > 16 || limitScale is <= 0 or > 1)
            throw new ArgumentException("--users must be 1..16 and --limit-scale in (0, 1]");
        var events = numbers.Count > 0 ? numbers[0] : 1_000_000;
        var profiles = (int)(numbers.Count > 1 ? numbers[1] : 10_000);
        if (events < 1 || profiles < 1)
            throw new ArgumentException("events and profiles must be positive");

        RuntimeHelpers.RunModuleConstructor(typeof(IterablePack).Module.ModuleHandle);
        var catalog = MapPackRegistry.Get("iterable");
        var folder = Directory.CreateTempSubdirectory("mapdsl-bench-iterable-").FullName;
        try
        {
            var sourceOptions = new IterableEmulatorOptions
            {
                CustomEvents = events,
                Profiles = profiles,
                Purchases = profiles / 10,
                SubscriptionEvents = profiles / 20,
                Seed = 1,
                LimitTimeScale = LimitScale,
            };
            await using var iterable = await IterableEmulator.StartAsync(sourceOptions);
            // Dataverse's default per-user limits (6 000 requests and 1 200 s of execution time per 300 s, 52 at once),
            // on a faster clock when --limit-scale is below 1; each application user has its own.
            var limits = limitScale == 1 ? new ServiceProtectionLimits() : ServiceProtectionLimits.Scaled(limitScale);
            await using var org = await DataverseEmulator.StartAsync(EmulatedOrg.Options() with { Limits = limits });
            using (var http = new HttpClient())
            {
                var setup = new DataverseClient(http, new DataverseClientOptions { Organization = org.BaseUri }, new StaticTokenProvider("setup"));
                await new SchemaProvisioner(setup).ApplyAsync(catalog.Manifest);
            }
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"Iterable emulator: {events:N0} custom events, {profiles:N0} profiles, {sourceOptions.Purchases:N0} purchases, {sourceOptions.SubscriptionEvents:N0} subscription events per type; limits on a {1 / LimitScale:N0}x clock. Dataverse emulator provisioned from the pack's manifest; per application user {limits.MaxRequests:N0} requests and {limits.MaxExecutionTime.TotalSeconds:N0} s execution per {limits.Window.TotalSeconds:N0} s window, {limits.MaxConcurrent} at once; {users} application user(s)."));

            var journal = Path.Combine(folder, "journal.db");
            var arguments = new List<string>
            {
                "migrate", "iterable", "--source", iterable.BaseUri.ToString(), "--target", org.BaseUri.ToString(),
                "--journal", journal, "--json", "--verify", verify,
            };
            if (batchSize is not null)
                arguments.AddRange(["--batch-size", batchSize]);
            Console.WriteLine("Child: mapdsl " + string.Join(' ', arguments));
            var environment = new Dictionary<string, string>
            {
                [IterableOptions.ApiKeyVariable] = iterable.ApiKey,
                ["MAPDSL_ITERABLE_LIMIT_SCALE"] = LimitScale.ToString(CultureInfo.InvariantCulture),
            };
            // On loopback a token only names its caller; one per application user (docs/cli.md, "Several application users").
            for (var user = 1; user <= users; user++)
                environment[user == 1 ? "MAPDSL_DATAVERSE_TOKEN" : string.Create(CultureInfo.InvariantCulture, $"MAPDSL_DATAVERSE_TOKEN_{user}")] = string.Create(CultureInfo.InvariantCulture, $"bench-user-{user}");

            var samples = new List<MigrationSample>();
            var memory = new List<MemorySample>();
            long peakSampled = 0, peakKernel = 0;
            var self = Process.GetCurrentProcess();
            var watch = Stopwatch.StartNew();
            using var child = MapdslChild.Start(environment, arguments);
            using var progress = new JournalProgress(journal);
            var exited = child.Process.WaitForExitAsync();
            var trace = Environment.GetEnvironmentVariable("MAPDSL_BENCH_TRACE") == "1";
            var stall = new StallWatch(child.Process);
            while (!exited.IsCompleted)
            {
                await Task.WhenAny(exited, Task.Delay(Interval));
                if (!ChildMemory.TryRead(child.Process, out var workingSet, out var peak, out var anonymous))
                    break;
                self.Refresh();
                peakSampled = Math.Max(peakSampled, workingSet);
                peakKernel = Math.Max(peakKernel, peak);
                var (loaded, pair) = progress.Read();
                var sample = new MigrationSample(watch.Elapsed, loaded, iterable.Calls, workingSet, pair);
                samples.Add(sample);
                memory.Add(new MemorySample(watch.Elapsed, loaded, workingSet, anonymous, self.WorkingSet64));
                if (trace)
                    Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
                        $"{sample.Elapsed.TotalSeconds:0.0}s loaded={loaded} calls={sample.SourceCalls} ws={workingSet / MigrationTable.MB:0}MB anon={anonymous / MigrationTable.MB:0}MB host={self.WorkingSet64 / MigrationTable.MB:0}MB pair={pair}"));
                if (stall.IsStalled(sample))
                    throw new TimeoutException(stall.Describe(sample));
            }
            await exited;
            watch.Stop();
            var final = progress.Read();
            samples.Add(new MigrationSample(watch.Elapsed, final.Loaded, iterable.Calls, 0, "(exited)"));

            var rows = 0L;
            foreach (var table in catalog.Pairs.Where(p => p.Kind != PairKind.DocumentationOnly).SelectMany(p => p.Targets).Distinct(StringComparer.Ordinal))
                rows += await org.CountAsync(table);
            var tasks = await org.CountAsync("task");
            var outcome = Outcome.Parse(child.Process.ExitCode, child.Output, child.Error);
            self.Refresh();
            MigrationTable.Print(new MigrationTable.Totals(
                outcome.Status, outcome.Loaded, outcome.Rejected, rows, watch.Elapsed, peakSampled, peakKernel, self.WorkingSet64, self.PeakWorkingSet64), samples);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| Verified (report) | {outcome.Verified} |{Environment.NewLine}| Tasks in the org (events, subscription history) | {tasks:N0} |{Environment.NewLine}| Iterable emulator calls | {iterable.Calls:N0} ({iterable.Throttled:N0} answered 429) |"));
            DecileTable.Print(samples, final.Loaded);
            Console.WriteLine();
            Console.WriteLine("| Application user | Requests admitted | Answered 429 | Records written |");
            Console.WriteLine("|---|---:|---:|---:|");
            foreach (var (caller, counts) in org.Callers.Where(c => c.Key.StartsWith("bench-user-", StringComparison.Ordinal)).OrderBy(c => c.Key, StringComparer.Ordinal))
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {caller} | {counts.Requests:N0} | {counts.Throttled:N0} | {counts.Written:N0} |"));
            MemoryTable.Print(memory);
            return outcome.Loaded > 0 && child.Process.ExitCode is 0 or 1 ? 0 : 1;
        }
        finally
        {
            // MAPDSL_BENCH_KEEP=1 keeps the journal and the run's reports (verification differences, quarantine) to read.
            if (Environment.GetEnvironmentVariable("MAPDSL_BENCH_KEEP") == "1")
                Console.WriteLine("Journal and reports kept in " + folder);
            else
                Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>What the child's <c>--json</c> report says about the run.</summary>
    private sealed record Outcome(string Status, long Loaded, long Rejected, string Verified)
    {
        public static Outcome Parse(int exitCode, string output, string error)
        {
            var start = output.IndexOf('{', StringComparison.Ordinal);
            if (start < 0)
                throw new InvalidOperationException($"mapdsl exited {exitCode} without a report: {error}");
            using var report = JsonDocument.Parse(output[start..]);
            var root = report.RootElement;
            long checkedRecords = 0, matched = 0, differences = 0;
            foreach (var phase in root.GetProperty("phases").EnumerateArray())
            {
                foreach (var pair in phase.GetProperty("verification").EnumerateArray())
                {
                    checkedRecords += pair.GetProperty("checked").GetInt64();
                    matched += pair.GetProperty("matched").GetInt64();
                    differences += pair.GetProperty("differences").GetArrayLength();
                }
            }
            var balanced = root.TryGetProperty("balanced", out var b) && b.GetBoolean();
            var verified = string.Create(CultureInfo.InvariantCulture, $"{checkedRecords:N0} read back, {matched:N0} matched, {differences} differences; balanced: {balanced}");
            return new Outcome(root.GetProperty("status").GetString() ?? "", root.GetProperty("loaded").GetInt64(), root.GetProperty("rejected").GetInt64(), verified);
        }
    }
}
