using System.Buffers;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace MappingDsl.Emulators.Iterable;

/// <summary>
/// An in-process Iterable API on Kestrel, bound to 127.0.0.1: the routes, <c>Api-Key</c> auth, JSON Lines export
/// streams, per-endpoint limits and 429 bodies of source-apis.md §2, with seeded data generated on the fly (a million
/// events are streamed, never stored) and faults on demand (malformed lines, unknown event shapes, streams cut off
/// mid-record). The CLI exposes it as <c>mapdsl emulate iterable</c>.
/// </summary>
public sealed class IterableEmulator : IAsyncDisposable
{
    private const string JsonType = "application/json";
    private readonly WebApplication _app;
    private readonly EndpointThrottle _throttle;
    private readonly EventRows _rows;
    private int _truncations;
    private long _throttled;
    private long _calls;

    private IterableEmulator(WebApplication app, IterableEmulatorOptions options, string apiKey)
    {
        _app = app;
        Options = options;
        ApiKey = apiKey;
        Dataset = new IterableDataset(options);
        _rows = new EventRows(Dataset, options);
        _throttle = new EndpointThrottle(options.LimitTimeScale, options.LimitCallScale);
    }

    /// <summary>Where the API listens; calls go to <c>{BaseUri}api/…</c>.</summary>
    public Uri BaseUri { get; private set; } = new("http://127.0.0.1/");

    /// <summary>The key clients must send as <c>Api-Key</c>.</summary>
    public string ApiKey { get; }

    /// <summary>The options it runs with.</summary>
    public IterableEmulatorOptions Options { get; }

    /// <summary>The generated data (touch profiles here for delta tests).</summary>
    public IterableDataset Dataset { get; }

    /// <summary>Calls answered with 429.</summary>
    public long Throttled => Interlocked.Read(ref _throttled);

    /// <summary>Calls received.</summary>
    public long Calls => Interlocked.Read(ref _calls);

    /// <summary>Starts an emulator and returns once it accepts calls.</summary>
    /// <param name="options">Volumes, seed, port, limits and faults.</param>
    /// <param name="ct">Stops the start.</param>
    public static async Task<IterableEmulator> StartAsync(IterableEmulatorOptions options, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        var app = LoopbackHost.Create(options.Port);
        var emulator = new IterableEmulator(app, options, options.ApiKey ?? Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16)));
        emulator.MapRoutes();
        emulator.BaseUri = await LoopbackHost.StartAsync(app, ct).ConfigureAwait(false);
        return emulator;
    }

    /// <summary>Marks a share of profiles updated now (or at <paramref name="at"/>); returns how many.</summary>
    /// <param name="share">0..1.</param>
    /// <param name="at">The new profileUpdatedAt.</param>
    public int Touch(double share, DateTimeOffset? at = null) => Dataset.Touch(share, at ?? DateTimeOffset.UtcNow);

    /// <summary>Stops the server.</summary>
    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync().ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
    }

    private void MapRoutes()
    {
        _app.Use(async (context, next) =>
        {
            Interlocked.Increment(ref _calls);
            if (!string.Equals(context.Request.Headers["Api-Key"].ToString(), ApiKey, StringComparison.Ordinal))
            {
                await Error(context, 401, "BadApiKey", "Invalid API key").ConfigureAwait(false);
                return;
            }

            var path = context.Request.Path.Value ?? "";
            if (!_throttle.TryAdmit(path, out var prefix))
            {
                Interlocked.Increment(ref _throttled);
                if (prefix == "/api/lists/getUsers")
                {
                    // Some endpoints answer 429 in plain text (source-apis.md §2.7, android-sdk #347); the emulator
                    // uses this endpoint for that path [emulator choice].
                    context.Response.StatusCode = 429;
                    context.Response.ContentType = "text/plain";
                    await context.Response.WriteAsync("Rate limit exceeded. Please try again later.").ConfigureAwait(false);
                    return;
                }

                await Error(context, 429, "RateLimitExceeded", $"Exceeded rate limit for endpoint: {path}, project: {Options.Seed} ").ConfigureAwait(false);
                return;
            }

            await next(context).ConfigureAwait(false);
        });
        _app.MapGet("/api/export/data.json", (RequestDelegate)ExportAsync);
        _app.MapGet("/api/lists", context => Json(context, w => Array(w, "lists", IterableDataset.Lists, (w, l) =>
        {
            w.WriteNumber("id", l.Id);
            w.WriteString("name", l.Name);
            w.WriteNumber("createdAt", Options.DataStart.ToUnixTimeMilliseconds());
            w.WriteString("listType", l.Type);
            w.WriteString("description", l.Description);
        })));
        _app.MapGet("/api/lists/getUsers", ListUsersAsync);
        _app.MapGet("/api/channels", context => Json(context, w => Array(w, "channels", IterableDataset.Channels, (w, c) =>
        {
            w.WriteNumber("id", c.Id);
            w.WriteString("name", c.Name);
            w.WriteString("channelType", c.Type);
            w.WriteString("messageMedium", c.Medium);
        })));
        _app.MapGet("/api/messageTypes", context => Json(context, w => Array(w, "messageTypes", IterableDataset.Channels, (w, c) =>
        {
            w.WriteNumber("id", c.Id * 10);
            w.WriteString("name", c.Name + " updates");
            w.WriteNumber("channelId", c.Id);
            w.WriteString("subscriptionPolicy", c.Type == "Transactional" ? "OptOut" : "OptIn");
            w.WriteNumber("createdAt", Options.DataStart.ToUnixTimeMilliseconds());
            w.WriteNumber("updatedAt", Options.DataStart.ToUnixTimeMilliseconds());
        })));
        _app.MapGet("/api/users/getFields", context => Json(context, w =>
        {
            w.WriteStartObject("fields");
            foreach (var (name, type) in ReferenceData.UserFields)
            {
                w.WriteString(name, type);
            }

            w.WriteEndObject();
        }));
        _app.MapGet("/api/campaigns", context => Paged(context, "campaigns", Options.Campaigns, (w, i) => ReferenceData.Campaign(w, i, Options)));
        _app.MapGet("/api/campaigns/metrics", MetricsAsync);
        _app.MapGet("/api/catalogs", context => Paged(context, "catalogNames", 2, (w, i) => w.WriteString("name", i == 0 ? "products" : "addons")));
        _app.MapGet("/api/catalogs/{name}/items", context =>
        {
            var name = context.Request.RouteValues["name"]?.ToString();
            var items = EventRows.Items(Options.CatalogItems).Where(i => i.Catalog == name).ToList();
            return Paged(context, "catalogItemsWithProperties", items.Count, (w, i) => ReferenceData.CatalogItem(w, items[i], Options));
        });
        _app.MapGet("/api/templates", context => Paged(context, "templates", ReferenceData.Templates.Count, (w, i) => ReferenceData.Template(w, i, Options)));
        _app.MapGet("/api/journeys", context => Paged(context, "journeys", ReferenceData.Journeys.Count, (w, i) => ReferenceData.Journey(w, i, Options)));
    }

    private async Task ExportAsync(HttpContext context)
    {
        var query = context.Request.Query;
        var type = query["dataTypeName"].ToString();
        var (start, end) = (Options.DataStart.AddYears(-50), DateTimeOffset.MaxValue);
        if (query["range"].ToString() is not ("" or "All"))
        {
            await Error(context, 400, "BadParams", "only range=All or startDateTime/endDateTime are emulated").ConfigureAwait(false);
            return;
        }

        if (query.ContainsKey("startDateTime") && !TryDate(query["startDateTime"].ToString(), out start)
            || query.ContainsKey("endDateTime") && !TryDate(query["endDateTime"].ToString(), out end))
        {
            await Error(context, 400, "BadParams", "startDateTime/endDateTime must be yyyy-MM-dd HH:mm:ss [ZZ]").ConfigureAwait(false);
            return;
        }

        (long Count, Action<Utf8JsonWriter, long>? Write) stream = type switch
        {
            "customEvent" => (Options.CustomEvents, _rows.CustomEvent),
            "purchase" => (Options.Purchases, _rows.Purchase),
            "emailSubscribe" => (Options.SubscriptionEvents, (w, i) => _rows.Subscription(w, i, true)),
            "emailUnSubscribe" or "emailUnsubscribe" => (Options.SubscriptionEvents, (w, i) => _rows.Subscription(w, i, false)),
            "user" => (0, null),
            _ => (-1, null),
        };
        if (stream.Count < 0)
        {
            await Error(context, 400, "BadParams", $"dataTypeName '{type}' is not emulated").ConfigureAwait(false);
            return;
        }

        context.Response.ContentType = "application/x-json-stream";
        var body = context.Response.Body;
        var buffer = new ArrayBufferWriter<byte>(64 * 1024);
        var line = new ArrayBufferWriter<byte>(1024);
        using var writer = new Utf8JsonWriter(line);
        var lines = 0;
        async Task<bool> LineAsync(Action<Utf8JsonWriter> write, long index)
        {
            line.ResetWrittenCount();
            writer.Reset(line);
            write(writer);
            writer.Flush();
            lines++;
            if (type == "customEvent" && Options.MalformedEvery > 0 && (index + 1) % Options.MalformedEvery == 0)
            {
                // A broken row: the object stops halfway and garbage follows, on one line.
                buffer.Write(line.WrittenSpan[..(line.WrittenCount / 2)]);
                buffer.Write("#garbled\n"u8);
            }
            else if (type == "customEvent" && Options.TruncateAfterLines > 0 && lines > Options.TruncateAfterLines
                && (Options.TruncateTimes == 0 || Interlocked.Increment(ref _truncations) <= Options.TruncateTimes))
            {
                // The stream stops mid-record (Airbyte meets long exports closed early, source-apis.md §2.4). It ends
                // rather than aborts: a reset can reach a busy client before it has read the headers, and then it looks
                // like an unreachable server, not a broken stream, so which fault a test meets would depend on timing.
                buffer.Write(line.WrittenSpan[..(line.WrittenCount / 2)]);
                await Flush(body, buffer, context.RequestAborted).ConfigureAwait(false);
                return false;
            }
            else
            {
                buffer.Write(line.WrittenSpan);
                buffer.Write("\n"u8);
            }

            if (buffer.WrittenCount > 48 * 1024)
            {
                await Flush(body, buffer, context.RequestAborted).ConfigureAwait(false);
            }

            return true;
        }

        if (type == "user")
        {
            foreach (var p in Dataset.ProfilesUpdatedIn(start, end))
            {
                if (!await LineAsync(w => Dataset.WriteProfile(w, p), p).ConfigureAwait(false))
                {
                    return;
                }
            }
        }
        else
        {
            var (first, last) = Dataset.EventRange(stream.Count, start, end);
            for (var i = first; i < last; i++)
            {
                var index = i;
                if (!await LineAsync(w => stream.Write!(w, index), index).ConfigureAwait(false))
                {
                    return;
                }
            }
        }

        await Flush(body, buffer, context.RequestAborted).ConfigureAwait(false);
    }

    private static async Task Flush(Stream body, ArrayBufferWriter<byte> buffer, CancellationToken ct)
    {
        if (buffer.WrittenCount > 0)
        {
            await body.WriteAsync(buffer.WrittenMemory, ct).ConfigureAwait(false);
            buffer.ResetWrittenCount();
        }
    }

    private async Task ListUsersAsync(HttpContext context)
    {
        if (!long.TryParse(context.Request.Query["listId"], NumberStyles.Integer, CultureInfo.InvariantCulture, out var listId)
            || IterableDataset.Lists.All(l => l.Id != listId))
        {
            await Error(context, 400, "BadParams", "unknown listId").ConfigureAwait(false);
            return;
        }

        // One email per line (text/plain); a repeated address is listed once, as Iterable keys list members by email.
        var text = new StringBuilder();
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var p = 0; p < Dataset.ProfileCount; p++)
        {
            if (Dataset.Email(p) is { } email && Dataset.ListsOf(p).Contains(listId) && seen.Add(email))
            {
                text.Append(email).Append('\n');
            }
        }

        context.Response.ContentType = "text/plain";
        await context.Response.WriteAsync(text.ToString()).ConfigureAwait(false);
    }

    private async Task MetricsAsync(HttpContext context)
    {
        var csv = new StringBuilder("id,Total Email Sends,Unique Email Opens,Unique Email Clicks,Email Open Rate,Email Click Rate\n");
        foreach (var value in context.Request.Query["campaignId"])
        {
            if (long.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var id) && id >= 5000 && id < 5000 + Options.Campaigns)
            {
                var sends = 500 + (long)(IterableDataset.Hash(id, 90) % 5000);
                var opens = sends * (20 + (long)(IterableDataset.Hash(id, 91) % 40)) / 100;
                var clicks = opens * (5 + (long)(IterableDataset.Hash(id, 92) % 30)) / 100;
                csv.Append(CultureInfo.InvariantCulture, $"{id},{sends},{opens},{clicks},{(double)opens / sends:0.####},{(double)clicks / sends:0.####}\n");
            }
        }

        context.Response.ContentType = "text/csv";
        await context.Response.WriteAsync(csv.ToString()).ConfigureAwait(false);
    }

    private static Task Paged(HttpContext context, string property, int total, Action<Utf8JsonWriter, int> write)
    {
        var page = int.TryParse(context.Request.Query["page"], out var p) && p > 0 ? p : 1;
        var size = int.TryParse(context.Request.Query["pageSize"], out var s) && s is > 0 and <= 1000 ? s : 20;
        return Json(context, w =>
        {
            w.WriteStartArray(property);
            for (var i = (page - 1) * size; i < Math.Min(total, page * size); i++)
            {
                w.WriteStartObject();
                write(w, i);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteNumber("totalCount", total);
        });
    }

    private static void Array<T>(Utf8JsonWriter w, string property, IEnumerable<T> items, Action<Utf8JsonWriter, T> write)
    {
        w.WriteStartArray(property);
        foreach (var item in items)
        {
            w.WriteStartObject();
            write(w, item);
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    private static async Task Json(HttpContext context, Action<Utf8JsonWriter> write)
    {
        context.Response.ContentType = JsonType;
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            write(writer);
            writer.WriteEndObject();
        }

        await context.Response.Body.WriteAsync(buffer.WrittenMemory, context.RequestAborted).ConfigureAwait(false);
    }

    // IterableApiResponse {msg, code, params} (source-apis.md §2.7).
    private static Task Error(HttpContext context, int status, string code, string message)
    {
        context.Response.StatusCode = status;
        return Json(context, w =>
        {
            w.WriteString("msg", message);
            w.WriteString("code", code);
            w.WriteStartObject("params");
            w.WriteEndObject();
        });
    }

    private static bool TryDate(string text, out DateTimeOffset value) =>
        DateTimeOffset.TryParseExact(text, ["yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd HH:mm:ss zzz", "yyyy-MM-dd"], CultureInfo.InvariantCulture,
            DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out value);
}
