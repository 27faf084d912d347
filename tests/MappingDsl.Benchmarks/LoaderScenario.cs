using System.Diagnostics;
using System.Text;
using MappingDsl.Dataverse.Auth;
using MappingDsl.Dataverse.Loading;
using MappingDsl.Dataverse.Throughput;
using MappingDsl.Emulators.Dataverse;

namespace MappingDsl.Dataverse.Benchmarks;

/// <summary>One measured load: a fresh emulator with the given limits, contacts (with a lookup each) upserted by key.</summary>
internal static class LoaderScenario
{
    public static readonly TableInfo Account = new("account", "accounts", "accountid");
    public static readonly TableInfo Contact = new("contact", "contacts", "contactid");

    /// <param name="SteadyRate">Records/s after the first window, when the window's initial budget has been spent.</param>
    public sealed record Result(string Name, int Records, int Failed, int Stored, TimeSpan Elapsed, int Throttles, double SteadyRate)
    {
        public double RecordsPerSecond => Records / Elapsed.TotalSeconds;
    }

    public static async Task<Result> RunAsync(string name, DataverseEmulatorOptions options, Func<IThroughputController> controller, int records, TimeSpan cap, bool resolveIds)
    {
        // Limits are per user: setup runs as another user, so the loader starts from an empty window.
        await using var measured = await DataverseEmulator.StartAsync(options with { KeyActivationDelay = TimeSpan.Zero });
        using var http = new HttpClient();
        var bodies = await PrepareAsync(measured, http, records);
        var client = new DataverseClient(http, new DataverseClientOptions { Organization = measured.BaseUri }, new StaticTokenProvider("loader"));
        var throttles = 0;
        client.Throttled += _ => Interlocked.Increment(ref throttles);
        var watch = Stopwatch.StartNew();
        var window = options.Limits?.Window ?? TimeSpan.Zero;
        var policy = controller();
        var trace = Environment.GetEnvironmentVariable("MAPDSL_BENCH_TRACE") == "1";
        var load = new BulkLoader(client, policy).UpsertAsync(new BulkLoadOptions(Contact, "new_sourceid") { ResolveIds = resolveIds }, Until(bodies, watch, cap));
        (TimeSpan At, int Count)? afterWindow = null;
        (TimeSpan At, int Count) last = (TimeSpan.Zero, 0);
        while (!load.IsCompleted)
        {
            await Task.WhenAny(load, Task.Delay(250));
            var count = await measured.CountAsync("contact");
            if (trace) Console.Error.WriteLine($"{watch.Elapsed.TotalSeconds:0.00}s stored={count} rate={(count - last.Count) / (watch.Elapsed - last.At).TotalSeconds:0} batch={policy.BatchSize} concurrency={policy.Concurrency} 429s={throttles}");
            last = (watch.Elapsed, count);
            if (afterWindow is null && watch.Elapsed >= window) afterWindow = last;
        }
        var results = await load;
        watch.Stop();
        var stored = await measured.CountAsync("contact");
        var steady = afterWindow is { } w && last.At > w.At ? (last.Count - w.Count) / (last.At - w.At).TotalSeconds : double.NaN;
        return new Result(name, results.Count, results.Count(r => !r.Succeeded), stored, watch.Elapsed, throttles, steady);
    }

    /// <summary>
    /// Adds the source-id column and key to accounts and contacts and creates 100 accounts, as another user ("setup"), so
    /// the loaders start from empty windows (limits are per user); returns the contacts to load, each with a lookup.
    /// </summary>
    public static async Task<List<TargetRecord>> PrepareAsync(DataverseEmulator org, HttpClient http, int records)
    {
        var setup = new DataverseClient(http, new DataverseClientOptions { Organization = org.BaseUri }, new StaticTokenProvider("setup"));
        foreach (var table in new[] { "account", "contact" })
        {
            await setup.PostJsonAsync($"EntityDefinitions(LogicalName='{table}')/Attributes", Encoding.UTF8.GetBytes("""{"@odata.type":"Microsoft.Dynamics.CRM.StringAttributeMetadata","SchemaName":"new_SourceId","MaxLength":100}"""));
            await setup.PostJsonAsync($"EntityDefinitions(LogicalName='{table}')/Keys", Encoding.UTF8.GetBytes("""{"SchemaName":"new_sourceidkey","KeyAttributes":["new_sourceid"]}"""));
        }
        var parents = await setup.CreateMultipleAsync(Account, [.. Enumerable.Range(0, 100).Select(i => (ReadOnlyMemory<byte>)Encoding.UTF8.GetBytes($$"""{"name":"Account {{i}}"}"""))]);
        return [.. Enumerable.Range(0, records).Select(i => new TargetRecord("Person", Contact, $"C{i}", Encoding.UTF8.GetBytes(
            $$"""{"lastname":"Person {{i}}","emailaddress1":"p{{i}}@example.com","new_sourceid":"C{{i}}","parentcustomerid_account@odata.bind":"/accounts({{parents[i % parents.Count]}})"}""")))];
    }

    /// <summary>Feeds records until the time cap, so slow settings are measured over a bounded run.</summary>
    private static async IAsyncEnumerable<TargetRecord> Until(List<TargetRecord> records, Stopwatch watch, TimeSpan cap)
    {
        foreach (var record in records)
        {
            if (watch.Elapsed > cap) yield break;
            yield return record;
        }
        await Task.CompletedTask;
    }
}
