using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using MappingDsl.Emulators.Dataverse;

namespace MappingDsl.Benchmarks;

/// <summary>
/// The Dataverse emulator's server paging on a large table, in isolation: N tasks (each with a 1 KB description, about
/// an Iterable event's size) are created, then their keys are paged as the engine's live target count pages them
/// (<c>$select</c> one column, <c>$filter=… ne null</c>, 5 000 a page, following <c>@odata.nextLink</c>). Reports the
/// time of the first and last page, the whole walk, and this process's peak working set while paging (the emulator
/// runs in it), so a page that costs O(table) shows as a last page slower than the first and as memory that grows.
/// </summary>
internal static class KeyPagingScenario
{
    private const int CreateBatch = 1000;

    public static async Task<int> RunAsync(string[] args)
    {
        var rows = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 200_000;
        await using var org = await DataverseEmulator.StartAsync(new DataverseEmulatorOptions());
        using var http = new HttpClient { BaseAddress = org.ServiceRoot, Timeout = TimeSpan.FromHours(1) };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "bench");
        http.DefaultRequestHeaders.Add("OData-Version", "4.0");
        var description = new string('x', 1024);
        var load = Stopwatch.StartNew();
        for (var start = 0; start < rows; start += CreateBatch)
        {
            var targets = string.Join(",", Enumerable.Range(start, Math.Min(CreateBatch, rows - start))
                .Select(i => $$"""{"@odata.type":"Microsoft.Dynamics.CRM.task","subject":"key-{{i:D9}}","description":"{{description}}"}"""));
            using var content = new StringContent($$"""{"Targets":[{{targets}}]}""", Encoding.UTF8, "application/json");
            using var created = await http.PostAsync("tasks/Microsoft.Dynamics.CRM.CreateMultiple", content);
            if (!created.IsSuccessStatusCode)
                throw new InvalidOperationException($"CreateMultiple answered {(int)created.StatusCode}: {await created.Content.ReadAsStringAsync()}");
        }
        load.Stop();
        GC.Collect();
        using var process = Process.GetCurrentProcess();
        process.Refresh();
        var before = process.WorkingSet64;
        await using var sampling = new PeakWorkingSet();
        var keys = new HashSet<string>(StringComparer.Ordinal);
        var pageTimes = new List<double>();
        var walk = Stopwatch.StartNew();
        string? url = "tasks?$select=subject&$filter=subject ne null";
        while (url is not null)
        {
            var page = Stopwatch.StartNew();
            using var request = new HttpRequestMessage(HttpMethod.Get, url);
            request.Headers.TryAddWithoutValidation("Prefer", "odata.maxpagesize=5000");
            using var response = await http.SendAsync(request);
            using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
            foreach (var row in body.RootElement.GetProperty("value").EnumerateArray())
                keys.Add(row.GetProperty("subject").GetString()!);
            url = body.RootElement.TryGetProperty("@odata.nextLink", out var next) ? next.GetString() : null;
            pageTimes.Add(page.Elapsed.TotalMilliseconds);
        }
        walk.Stop();
        var peak = Math.Max(before, await sampling.StopAsync());
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| {rows:N0} rows | loaded in {load.Elapsed.TotalSeconds:0.0} s | {pageTimes.Count} pages | {keys.Count:N0} distinct keys | walk {walk.Elapsed.TotalSeconds:0.0} s | first page {pageTimes[0]:N0} ms | last page {pageTimes[^1]:N0} ms | slowest {pageTimes.Max():N0} ms | working set {before / 1048576.0:N0} MB before paging, peak {peak / 1048576.0:N0} MB while paging |"));
        return keys.Count == rows ? 0 : 1;
    }
}
