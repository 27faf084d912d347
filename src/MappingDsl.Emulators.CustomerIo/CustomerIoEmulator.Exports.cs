using System.Buffers;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace MappingDsl.Emulators.CustomerIo;

/// <summary>
/// The asynchronous exports (source-apis.md §3.9): <c>POST /v1/exports/customers</c> (body <c>{"filters":…}</c>, the
/// people-search grammar) and <c>POST /v1/exports/deliveries</c> start a job and answer its metadata;
/// <c>GET /v1/exports/{id}</c> reads it, <c>GET /v1/exports</c> lists them, <c>GET /v1/exports/{id}/download</c> answers
/// <c>{"url":…}</c>, a signed link valid 15 minutes (<see cref="CustomerIoEmulatorOptions.ExportLinkLifetime"/>) to the
/// file on this emulator. All but the link are App API calls under its 10-a-second limit.
/// </summary>
public sealed partial class CustomerIoEmulator
{
    private const string ExportFilePath = "/files/exports";
    private readonly Dictionary<int, ExportJob> _exports = [];
    private readonly Lock _exportsGate = new();
    private readonly byte[] _linkSecret = RandomNumberGenerator.GetBytes(32);
    private readonly string _exportFolder = Path.Combine(Path.GetTempPath(), "mapdsl-cio-emulator-" + Guid.NewGuid().ToString("N"));
    private int _nextExportId = 100;

    private void MapExportRoutes()
    {
        _app.MapPost("/v1/exports/customers", async context =>
        {
            var body = await ReadBodyAsync(context).ConfigureAwait(false);
            if (body?["filters"] is not JsonObject filters)
            {
                await Error(context, 400, "filters are required").ConfigureAwait(false);
                return;
            }

            // The documented "attributes" (extra columns) are accepted; the emulator's file has every attribute anyway.
            var people = Dataset.People.Where(p => SegmentCatalog.Matches(filters, p, Dataset.Segments)).ToList();
            await WriteExport(context, StartExport("customers", () => people.Select(p => Record(w => Customer(w, p))))).ConfigureAwait(false);
        });
        _app.MapPost("/v1/exports/deliveries", context =>
        {
            // Which filters a deliveries export takes is UNCONFIRMED: the emulator exports every delivery and the
            // extractor keeps the ones in its window.
            var total = Options.Deliveries;
            return WriteExport(context, StartExport("deliveries", () => Deliveries(total)));
        });
        _app.MapGet("/v1/exports", context => Json(context, w =>
        {
            // The list's property name is UNCONFIRMED (the listexports page is cited, its shape is not).
            w.WriteStartArray("exports");
            lock (_exportsGate)
            {
                foreach (var job in _exports.Values.OrderBy(j => j.Id))
                {
                    WriteExportFields(w, job);
                }
            }

            w.WriteEndArray();
        }));
        _app.MapGet("/v1/exports/{id}", context =>
        {
            if (Job(context) is not { } job)
            {
                return Error(context, 404, "export not found");
            }

            lock (_exportsGate)
            {
                job.Polls++;
                job.UpdatedAt = DateTimeOffset.UtcNow;
            }

            return WriteExport(context, job);
        });
        _app.MapGet("/v1/exports/{id}/download", context =>
        {
            if (Job(context) is not { } job)
            {
                return Error(context, 404, "export not found");
            }

            if (Status(job) != "done")
            {
                // The answer for a download of an unfinished or failed export is UNCONFIRMED.
                return Error(context, 400, $"export {job.Id} is {Status(job)}, not done");
            }

            lock (_exportsGate)
            {
                job.Downloads++;
            }

            var expires = (DateTimeOffset.UtcNow + Options.ExportLinkLifetime).ToUnixTimeMilliseconds();
            var url = new Uri(BaseUri, string.Create(CultureInfo.InvariantCulture, $"{ExportFilePath[1..]}/{job.Id}.csv?expires={expires}&signature={Sign(job.Id, expires)}"));
            return Json(context, w => w.WriteString("url", url.ToString()));
        });
        _app.MapGet(ExportFilePath + "/{file}", async context =>
        {
            var file = Route(context, "file");
            var query = context.Request.Query;
            var valid = file.EndsWith(".csv", StringComparison.Ordinal)
                && int.TryParse(file[..^4], CultureInfo.InvariantCulture, out var id)
                && long.TryParse(query["expires"].ToString(), CultureInfo.InvariantCulture, out var expires)
                && CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Sign(id, expires)), Encoding.ASCII.GetBytes(query["signature"].ToString()));
            if (!valid)
            {
                context.Response.StatusCode = 403;
                await context.Response.WriteAsync("signature does not match").ConfigureAwait(false);
                return;
            }

            if (long.Parse(query["expires"].ToString(), CultureInfo.InvariantCulture) <= DateTimeOffset.UtcNow.ToUnixTimeMilliseconds())
            {
                // The link is "valid 15 minutes" (§3.9); what an expired link answers is UNCONFIRMED (storage-style 403 here).
                context.Response.StatusCode = 403;
                await context.Response.WriteAsync("Request has expired").ConfigureAwait(false);
                return;
            }

            var job = Job(int.Parse(file[..^4], CultureInfo.InvariantCulture));
            context.Response.ContentType = "text/csv";
            await context.Response.SendFileAsync(job!.File).ConfigureAwait(false);
        });
    }

    /// <summary>Export jobs started so far.</summary>
    public int Exports
    {
        get
        {
            lock (_exportsGate)
            {
                return _exports.Count;
            }
        }
    }

    private IEnumerable<byte[]> Deliveries(long total)
    {
        for (var i = 0L; i < total; i++)
        {
            var index = i;
            yield return Record(w => _streams.WriteDelivery(w, index));
        }
    }

    private ExportJob StartExport(string type, Func<IEnumerable<byte[]>> records)
    {
        Directory.CreateDirectory(_exportFolder);
        int id;
        lock (_exportsGate)
        {
            id = _nextExportId++;
        }

        var file = Path.Combine(_exportFolder, id.ToString(CultureInfo.InvariantCulture) + ".csv");
        var total = ExportCsv.Write(file, records);
        var now = DateTimeOffset.UtcNow;
        var job = new ExportJob { Id = id, Type = type, CreatedAt = now, UpdatedAt = now, File = file, Total = total, Fails = Options.FailExports };
        lock (_exportsGate)
        {
            _exports[id] = job;
        }

        return job;
    }

    private ExportJob? Job(HttpContext context) =>
        int.TryParse(Route(context, "id"), CultureInfo.InvariantCulture, out var id) ? Job(id) : null;

    private ExportJob? Job(int id)
    {
        lock (_exportsGate)
        {
            return _exports.GetValueOrDefault(id);
        }
    }

    // A job takes ExportPolls status reads to finish. "done" is documented (§3.9); the in-between and failed status
    // names are UNCONFIRMED ("failed" is documented only as the boolean).
    private string Status(ExportJob job) => job.Polls <= Options.ExportPolls ? "processing" : job.Fails ? "failed" : "done";

    private Task WriteExport(HttpContext context, ExportJob job) => Json(context, w =>
    {
        w.WritePropertyName("export");
        WriteExportFields(w, job);
    });

    private void WriteExportFields(Utf8JsonWriter w, ExportJob job)
    {
        var status = Status(job);
        w.WriteStartObject();
        w.WriteNumber("id", job.Id);
        w.WriteNumber("user_id", 0);
        w.WriteString("user_email", "emulator@example.com");
        w.WriteNumber("total", job.Total);
        w.WriteString("deduplicate_id", string.Create(CultureInfo.InvariantCulture, $"{job.Id}:{job.CreatedAt.ToUnixTimeSeconds()}"));
        w.WriteString("type", job.Type);
        w.WriteBoolean("failed", status == "failed");
        w.WriteString("status", status);
        w.WriteString("description", status == "failed" ? "the export failed (emulated)" : $"{job.Type} export");
        w.WriteNumber("downloads", job.Downloads);
        w.WriteNumber("created_at", job.CreatedAt.ToUnixTimeSeconds());
        w.WriteNumber("updated_at", job.UpdatedAt.ToUnixTimeSeconds());
        w.WriteEndObject();
    }

    private string Sign(int id, long expires) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(_linkSecret, Encoding.ASCII.GetBytes(string.Create(CultureInfo.InvariantCulture, $"{id}:{expires}"))));

    private static byte[] Record(Action<Utf8JsonWriter> write)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var w = new Utf8JsonWriter(buffer))
        {
            write(w);
        }

        return buffer.WrittenSpan.ToArray();
    }

    private void DeleteExportFiles()
    {
        if (Directory.Exists(_exportFolder))
        {
            Directory.Delete(_exportFolder, recursive: true);
        }
    }
}
