using System.Diagnostics;
using System.Globalization;
using MappingDsl.Dataverse.Auth;
using MappingDsl.Dataverse.Loading;
using MappingDsl.Dataverse.Query;
using MappingDsl.Dataverse.Throughput;
using MappingDsl.Emulators.Dataverse;

namespace MappingDsl.Dataverse.Benchmarks;

/// <summary>
/// Issue #16: the same contacts upserted by 1, 2 and 4 application users (<see cref="MultiUserLoader"/>), each run on a
/// fresh emulator with the same per-user limits (Dataverse's defaults, scaled in time). Prints records/s, the scaling
/// against one user, the benchmark process's CPU use, each user's share and 429s, and checks the org afterwards: every
/// key present once (none lost, none duplicated). Small sizes (<c>users 2000</c>) make a smoke run.
/// </summary>
internal static class UsersScenario
{
    private static readonly TimeSpan PerRequest = TimeSpan.FromMilliseconds(10);

    private sealed record Run(int Users, int Records, int Failed, int Stored, int Lost, int Duplicated, long Written, TimeSpan Elapsed, double Steady, double Cores, int Throttles, string Shares)
    {
        public double RecordsPerSecond => Records / Elapsed.TotalSeconds;

        /// <summary>The steady rate, or the whole-run rate for a run shorter than one window (a smoke run).</summary>
        public double Rate => double.IsNaN(Steady) ? RecordsPerSecond : Steady;
    }

    public static async Task<int> RunAsync(string[] args)
    {
        var records = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 160_000;
        var perRecord = TimeSpan.FromMilliseconds(args.Length > 1 ? double.Parse(args[1], CultureInfo.InvariantCulture) : 2);
        var scale = args.Length > 2 ? double.Parse(args[2], CultureInfo.InvariantCulture) : 0.01;
        int[] users = args.Length > 3 ? [.. args[3].Split(',').Select(u => int.Parse(u, CultureInfo.InvariantCulture))] : [1, 2, 4];
        var limits = ServiceProtectionLimits.Scaled(scale);
        var options = new DataverseEmulatorOptions
        {
            Limits = limits,
            LatencyPerRequest = PerRequest,
            LatencyPerRecord = perRecord,
            DopHint = 4,
            KeyActivationDelay = TimeSpan.Zero,
        };
        var ceiling = LoadCeiling.PerUser(limits, PerRequest, perRecord);
        Console.WriteLine($"Limits per user: window {limits.Window.TotalSeconds:0.###} s, {limits.MaxRequests} requests, {limits.MaxExecutionTime.TotalSeconds:0.###} s execution, {limits.MaxConcurrent} concurrent; server work {PerRequest.TotalMilliseconds} ms/request + {perRecord.TotalMilliseconds} ms/record");
        Console.WriteLine($"Ceiling per user: {ceiling:N0} records/s; {Environment.ProcessorCount} cores; load average {LoadAverage()}");
        Console.WriteLine();
        var runs = new List<Run>();
        foreach (var count in users)
            runs.Add(await LoadAsync(options, count, records));

        var baseline = runs[0].Rate / runs[0].Users;
        Console.WriteLine("| Users | Records | Failed | Stored | Lost | Duplicated | Written (sent once each) | Seconds | Records/s (whole run) | Records/s (after first window) | Scaling vs 1 user (after first window) | Ceiling (users × per-user) | CPU cores used | 429s | Records per user |");
        Console.WriteLine("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|");
        foreach (var r in runs)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {r.Users} | {r.Records:N0} | {r.Failed} | {r.Stored:N0} | {r.Lost} | {r.Duplicated} | {r.Written:N0} | {r.Elapsed.TotalSeconds:0.0} | {r.RecordsPerSecond:N0} | {r.Steady:N0} | {r.Rate / baseline:0.00}× | {ceiling * r.Users:N0} | {r.Cores:0.00} | {r.Throttles} | {r.Shares} |"));
        }
        Console.WriteLine();
        Console.WriteLine($"Records/s after the first window: from the end of the first {limits.Window.TotalSeconds:0.###} s window (when each user's initial budget is spent) to the first 250 ms sample holding every record. Scaling: that rate over the first row's, per user of that row. Load average after the runs {LoadAverage()}.");
        return runs.Any(r => r.Lost > 0 || r.Duplicated > 0 || r.Failed > 0) ? 1 : 0;
    }

    private static async Task<Run> LoadAsync(DataverseEmulatorOptions options, int users, int records)
    {
        await using var org = await DataverseEmulator.StartAsync(options);
        using var http = new HttpClient();
        var bodies = await LoaderScenario.PrepareAsync(org, http, records);
        var tokens = Enumerable.Range(1, users).Select(i => $"loader-{i}").ToList();
        var clients = tokens.Select(t => new DataverseClient(http, new DataverseClientOptions { Organization = org.BaseUri }, new StaticTokenProvider(t))).ToList();
        var throttles = 0;
        clients.ForEach(c => c.Throttled += _ => Interlocked.Increment(ref throttles));
        var window = options.Limits!.Window;
        var process = Process.GetCurrentProcess();
        var cpu = process.TotalProcessorTime;
        var watch = Stopwatch.StartNew();
        var load = new MultiUserLoader(clients, () => new AdaptiveThroughput()).UpsertAsync(new BulkLoadOptions(LoaderScenario.Contact, "new_sourceid"), bodies.ToAsyncEnumerable());
        (TimeSpan At, int Count)? afterWindow = null;
        (TimeSpan At, int Count) last = default;
        while (!load.IsCompleted)
        {
            await Task.WhenAny(load, Task.Delay(250));
            // Up to the sample that first holds every record: records are stored when their request is admitted, and
            // the wait for the last requests' simulated work after that would count against the runs with more users.
            if (last.Count < records)
                last = (watch.Elapsed, await org.CountAsync("contact"));
            if (afterWindow is null && last.At >= window) afterWindow = last;
        }
        var results = await load;
        watch.Stop();
        process.Refresh();
        var cores = (process.TotalProcessorTime - cpu).TotalSeconds / watch.Elapsed.TotalSeconds;
        var steady = afterWindow is { } w && last.At > w.At ? (last.Count - w.Count) / (last.At - w.At).TotalSeconds : double.NaN;

        // The org afterwards, read as another user: every key once.
        var verify = new DataverseClient(http, new DataverseClientOptions { Organization = org.BaseUri }, new StaticTokenProvider("verify"));
        var rows = 0;
        var keys = new HashSet<string>(StringComparer.Ordinal);
        await foreach (var row in verify.QueryAsync("contacts", new ODataQuery { Select = ["new_sourceid"], Filter = "new_sourceid ne null", PageSize = 5000 }))
        {
            rows++;
            keys.Add(row.GetProperty("new_sourceid").GetString()!);
        }
        var lost = bodies.Count(b => !keys.Contains(b.SourceKey));
        var callers = org.Callers;
        var shares = string.Join(" / ", tokens.Select(t => callers.GetValueOrDefault(t) is { } c
            ? string.Create(CultureInfo.InvariantCulture, $"{c.Written:N0} ({c.Throttled} × 429)") : "0"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{users} user(s): {results.Count:N0} records in {watch.Elapsed.TotalSeconds:0.0} s, {steady:N0} records/s after the first window, {cores:0.00} cores, per user {shares}"));
        return new Run(users, results.Count, results.Count(r => !r.Succeeded), rows, lost, rows - keys.Count, tokens.Sum(t => callers.GetValueOrDefault(t)?.Written ?? 0),
            watch.Elapsed, steady, cores, throttles, shares);
    }

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";
}
