using System.Diagnostics;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.Json;

namespace MappingDsl.Sources.CustomerIo;

/// <summary>
/// Runs one asynchronous export (source-apis.md §3.9): <c>POST exports/{customers|deliveries}</c>, status reads of
/// <c>GET exports/{id}</c> with doubling waits until <c>status</c> is <c>done</c> (or <c>failed</c> is true),
/// <c>GET exports/{id}/download</c> for the signed link, the file saved as <c>&lt;module&gt;.csv</c> and streamed
/// through the shared CSV reader (<see cref="CustomerIoExportFiles"/>). A link that has expired (valid 15 minutes) is
/// asked for again once. Each kind is exported once per extractor; later reads re-read the downloaded file.
/// </summary>
internal sealed class CustomerIoExports(CustomerIoTransport transport, CustomerIoOptions options) : IDisposable
{
    private readonly Dictionary<string, string> _downloaded = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim _gate = new(1, 1);
    private string? _temporary;

    public async IAsyncEnumerable<SourceRecord> ReadAsync(string kind, byte[] body, string module, [EnumeratorCancellation] CancellationToken ct)
    {
        var folder = await DownloadedAsync(kind, body, module, ct).ConfigureAwait(false);
        await foreach (var row in CustomerIoExportFiles.RowsAsync(folder, module, ct).ConfigureAwait(false))
        {
            yield return row;
        }
    }

    /// <summary>Deletes the temporary folder the downloads went to (an <see cref="CustomerIoOptions.ExportFolder"/> is kept).</summary>
    public void Dispose()
    {
        _gate.Dispose();
        if (_temporary is not null && Directory.Exists(_temporary))
        {
            Directory.Delete(_temporary, recursive: true);
        }
    }

    // One export per kind and extractor: a run's passes over a module (count, check, load, verify, a delta's window)
    // read the same snapshot, and the workspace is not asked to export the same data again.
    private async Task<string> DownloadedAsync(string kind, byte[] body, string module, CancellationToken ct)
    {
        await _gate.WaitAsync(ct).ConfigureAwait(false);
        try
        {
            if (_downloaded.TryGetValue(kind, out var done))
            {
                return done;
            }

            var id = await StartAsync(kind, body, ct).ConfigureAwait(false);
            await WaitAsync(kind, id, ct).ConfigureAwait(false);
            var folder = options.ExportFolder ?? (_temporary ??= Path.Combine(Path.GetTempPath(), "mapdsl-cio-export-" + Guid.NewGuid().ToString("N")));
            Directory.CreateDirectory(folder);
            await DownloadAsync(kind, id, Path.Combine(folder, module + ".csv"), ct).ConfigureAwait(false);
            _downloaded[kind] = folder;
            return folder;
        }
        finally
        {
            _gate.Release();
        }
    }

    private async Task<string> StartAsync(string kind, byte[] body, CancellationToken ct)
    {
        var answer = await transport.PostAsync("exports/" + kind, body, ct).ConfigureAwait(false);
        return Read(answer, kind, "start", e => e.TryGetProperty("id", out var id) && id.ValueKind is JsonValueKind.Number or JsonValueKind.String ? id.ToString() : null)!;
    }

    private async Task WaitAsync(string kind, string id, CancellationToken ct)
    {
        var delay = options.ExportPollDelay;
        var started = Stopwatch.GetTimestamp();
        while (true)
        {
            var answer = await transport.GetAsync("exports/" + Uri.EscapeDataString(id), ct).ConfigureAwait(false);
            var (status, failed, description) = Read(answer, kind, "status", e => (
                e.TryGetProperty("status", out var s) && s.ValueKind == JsonValueKind.String ? s.GetString() : null,
                e.TryGetProperty("failed", out var f) && f.ValueKind == JsonValueKind.True,
                e.TryGetProperty("description", out var d) && d.ValueKind == JsonValueKind.String ? d.GetString() : null));
            if (failed || string.Equals(status, "failed", StringComparison.OrdinalIgnoreCase))
            {
                throw new CustomerIoApiException($"Customer.io {kind} export {id} failed ({description ?? "no description"}); start a new one, or read through the App API (--via api)");
            }

            if (string.Equals(status, "done", StringComparison.Ordinal))
            {
                return;
            }

            if (Stopwatch.GetElapsedTime(started) + delay > options.ExportTimeout)
            {
                throw new CustomerIoApiException(string.Create(CultureInfo.InvariantCulture,
                    $"Customer.io {kind} export {id} was still '{status}' after {Stopwatch.GetElapsedTime(started):g} (ExportTimeout {options.ExportTimeout:g})"));
            }

            await Task.Delay(delay, ct).ConfigureAwait(false);
            delay = TimeSpan.FromTicks(Math.Min(delay.Ticks * 2, options.ExportPollMaxDelay.Ticks));
        }
    }

    private async Task DownloadAsync(string kind, string id, string path, CancellationToken ct)
    {
        System.Net.HttpStatusCode? refused = null;
        for (var attempt = 0; attempt < 2; attempt++)
        {
            var answer = await transport.GetAsync($"exports/{Uri.EscapeDataString(id)}/download", ct).ConfigureAwait(false);
            var url = ReadUrl(answer, kind, id);
            refused = await transport.DownloadAsync(url, path, ct).ConfigureAwait(false);
            if (refused is null)
            {
                return;
            }
        }

        throw new CustomerIoApiException(
            $"Customer.io {kind} export {id}: the download link was refused twice (HTTP {(int)refused!.Value}); links are valid 15 minutes, so the link expired or the export is gone; start a new export",
            refused);
    }

    private static Uri ReadUrl(byte[] answer, string kind, string id)
    {
        try
        {
            using var document = JsonDocument.Parse(answer);
            if (document.RootElement.TryGetProperty("url", out var url) && url.ValueKind == JsonValueKind.String
                && Uri.TryCreate(url.GetString(), UriKind.Absolute, out var uri) && uri.Scheme is "https" or "http")
            {
                return uri;
            }
        }
        catch (JsonException)
        {
        }

        throw new CustomerIoApiException($"Customer.io {kind} export {id}: the download answer has no 'url'");
    }

    // The export's metadata comes wrapped in "export" (§3.9).
    private static T Read<T>(byte[] answer, string kind, string step, Func<JsonElement, T> read)
    {
        try
        {
            using var document = JsonDocument.Parse(answer);
            if (document.RootElement.TryGetProperty("export", out var export) && export.ValueKind == JsonValueKind.Object && read(export) is { } value)
            {
                return value;
            }
        }
        catch (JsonException)
        {
        }

        throw new CustomerIoApiException($"Customer.io {kind} export {step}: the answer has no 'export' object with the fields expected");
    }
}
