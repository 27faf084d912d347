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
/// An in-process Customer.io App API on Kestrel, bound to 127.0.0.1: the routes, Bearer auth, cursor paging, page-size
/// limits and the 10-requests-per-second limit of source-apis.md §3, over seeded data generated on demand. How each
/// list ends varies as the live API's does (<c>next</c> empty, null or absent; an empty activities page with a
/// <c>next</c>; an empty messages page that is not the end). The CLI exposes it as <c>mapdsl emulate customerio</c>.
/// </summary>
public sealed partial class CustomerIoEmulator : IAsyncDisposable
{
    private const string JsonType = "application/json";
    private readonly WebApplication _app;
    private readonly Streams _streams;
    private readonly Lock _gate = new();
    private long _windowStart;
    private int _windowCalls;
    private long _throttled;
    private long _calls;

    private CustomerIoEmulator(WebApplication app, CustomerIoEmulatorOptions options, string apiKey)
    {
        _app = app;
        Options = options;
        ApiKey = apiKey;
        Dataset = new CustomerIoDataset(options);
        _streams = new Streams(Dataset);
    }

    /// <summary>Where the API listens; calls go to <c>{BaseUri}v1/…</c>.</summary>
    public Uri BaseUri { get; private set; } = new("http://127.0.0.1/");

    /// <summary>The App API key clients must send.</summary>
    public string ApiKey { get; }

    /// <summary>The options it runs with.</summary>
    public CustomerIoEmulatorOptions Options { get; }

    /// <summary>The generated workspace.</summary>
    public CustomerIoDataset Dataset { get; }

    /// <summary>Calls answered with 429.</summary>
    public long Throttled => Interlocked.Read(ref _throttled);

    /// <summary>Calls received.</summary>
    public long Calls => Interlocked.Read(ref _calls);

    /// <summary>Starts an emulator and returns once it accepts calls.</summary>
    /// <param name="options">Volumes, seed, port and limit.</param>
    /// <param name="ct">Stops the start.</param>
    public static async Task<CustomerIoEmulator> StartAsync(CustomerIoEmulatorOptions options, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        var app = LoopbackHost.Create(options.Port);
        var emulator = new CustomerIoEmulator(app, options, options.ApiKey ?? Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16)));
        emulator.MapRoutes();
        emulator.BaseUri = await LoopbackHost.StartAsync(app, ct).ConfigureAwait(false);
        return emulator;
    }

    /// <summary>Stops the server.</summary>
    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync().ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
        DeleteExportFiles();
    }

    private enum End
    {
        EmptyString,
        Null,
        Absent,
    }

    private void MapRoutes()
    {
        _app.Use(async (context, next) =>
        {
            Interlocked.Increment(ref _calls);
            if (context.Request.Path.StartsWithSegments(ExportFilePath, StringComparison.Ordinal))
            {
                // A download link is signed storage, not the App API: no Bearer key, not under its request limit.
                await next(context).ConfigureAwait(false);
                return;
            }

            if (!string.Equals(context.Request.Headers.Authorization.ToString(), "Bearer " + ApiKey, StringComparison.Ordinal))
            {
                // 401 for a bad key, the wrong region or an IP allowlist (source-apis.md §3.2); the body uses the
                // errors shape Airbyte takes from the vendor OpenAPI.
                await Error(context, 401, "unauthorized").ConfigureAwait(false);
                return;
            }

            if (!Admit())
            {
                Interlocked.Increment(ref _throttled);
                // "Your request is over the 10-per-second limit" (docs); body shape and Retry-After UNCONFIRMED (Airbyte's mock).
                context.Response.Headers.RetryAfter = "1";
                await Error(context, 429, $"rate limited to {Options.RequestsPerSecond} requests per 1s").ConfigureAwait(false);
                return;
            }

            await next(context).ConfigureAwait(false);
        });
        MapExportRoutes();
        _app.MapPost("/v1/customers", SearchPeopleAsync);
        _app.MapPost("/v1/customers/attributes", HydrateAsync);
        _app.MapGet("/v1/object_types", context => Json(context, w =>
        {
            w.WriteStartArray("types");
            foreach (var (id, name, singular) in CustomerIoDataset.ObjectTypes)
            {
                w.WriteStartObject();
                w.WriteString("id", id);
                w.WriteString("name", name);
                w.WriteString("singular_name", singular);
                w.WriteBoolean("enabled", true);
                w.WriteEndObject();
            }

            w.WriteEndArray();
        }));
        _app.MapPost("/v1/objects", ListObjectsAsync);
        _app.MapGet("/v1/objects/{type}/{id}/attributes", ObjectAttributesAsync);
        _app.MapGet("/v1/objects/{type}/{id}/relationships", context =>
        {
            var people = Dataset.RelatedPeople(Route(context, "type"), Route(context, "id"));
            return Page(context, "cio_relationships", people.Count, 1000, End.Absent, (w, i) =>
            {
                w.WriteStartObject();
                w.WritePropertyName("identifiers");
                Identifiers(w, people[(int)i]);
                w.WriteEndObject();
            });
        });
        _app.MapGet("/v1/activities", ActivitiesAsync);
        _app.MapGet("/v1/messages", MessagesAsync);
        _app.MapGet("/v1/segments", context => Json(context, w =>
        {
            w.WriteStartArray("segments");
            foreach (var segment in Dataset.Segments)
            {
                SegmentCatalog.Write(w, segment, Options.DataStart);
            }

            w.WriteEndArray();
        }));
        _app.MapGet("/v1/segments/{id}/membership", context =>
        {
            var segment = Dataset.Segments.FirstOrDefault(s => s.Id.ToString(CultureInfo.InvariantCulture) == Route(context, "id"));
            if (segment is null)
            {
                return Error(context, 404, "segment not found");
            }

            var members = segment.Members.Select(cio => Dataset.People.First(p => p.CioId == cio)).ToList();
            return Page(context, "identifiers", members.Count, 30000, End.EmptyString, (w, i) => Identifiers(w, members[(int)i]));
        });
        _app.MapGet("/v1/campaigns", context => Json(context, w =>
        {
            w.WriteStartArray("campaigns");
            foreach (var id in Catalog.CampaignIds)
            {
                Catalog.Campaign(w, id, Options.DataStart);
            }

            w.WriteEndArray();
        }));
        _app.MapGet("/v1/campaigns/{id}/actions", context =>
        {
            if (!int.TryParse(Route(context, "id"), CultureInfo.InvariantCulture, out var id) || !Catalog.CampaignIds.Contains(id))
            {
                // "actions: 404 if campaign deleted" (source-apis.md §3.4).
                return Error(context, 404, "campaign not found");
            }

            var actions = Catalog.Actions(id).ToList();
            return Page(context, "actions", actions.Count, 100, End.EmptyString, (w, i) => Catalog.Action(w, id, actions[(int)i].Id, actions[(int)i].Type));
        });
        _app.MapGet("/v1/newsletters", context =>
            Page(context, "newsletters", Catalog.NewsletterIds.Length, 100, End.EmptyString, (w, i) => Catalog.Newsletter(w, Catalog.NewsletterIds[i], Options.DataStart)));
        _app.MapGet("/v1/broadcasts", context => Json(context, w =>
        {
            w.WriteStartArray("broadcasts");
            foreach (var id in Catalog.BroadcastIds)
            {
                Catalog.Broadcast(w, id, Options.DataStart);
            }

            w.WriteEndArray();
        }));
        _app.MapGet("/v1/transactional", context => Json(context, w =>
        {
            w.WriteStartArray("messages");
            foreach (var id in Catalog.TransactionalIds)
            {
                Catalog.Transactional(w, id, Options.DataStart);
            }

            w.WriteEndArray();
        }));
        _app.MapGet("/v1/transactional/{id}/contents", context =>
        {
            if (!int.TryParse(Route(context, "id"), CultureInfo.InvariantCulture, out var id) || !Catalog.TransactionalIds.Contains(id))
            {
                return Error(context, 404, "transactional message not found");
            }

            return Json(context, w =>
            {
                w.WriteStartArray("contents");
                Catalog.TransactionalContent(w, id);
                w.WriteEndArray();
            });
        });
    }

    private bool Admit()
    {
        if (Options.RequestsPerSecond == 0)
        {
            return true;
        }

        var second = Environment.TickCount64 / 1000;
        lock (_gate)
        {
            if (second != _windowStart)
            {
                _windowStart = second;
                _windowCalls = 0;
            }

            return ++_windowCalls <= Options.RequestsPerSecond;
        }
    }

    private async Task SearchPeopleAsync(HttpContext context)
    {
        var body = await ReadBodyAsync(context).ConfigureAwait(false);
        if (body?["filter"] is not JsonObject filter)
        {
            await Error(context, 400, "a filter is required").ConfigureAwait(false);
            return;
        }

        var matches = Dataset.People.Where(p => SegmentCatalog.Matches(filter, p, Dataset.Segments)).ToList();
        await Page(context, "identifiers", matches.Count, 1000, End.EmptyString, (w, i) => Identifiers(w, matches[(int)i])).ConfigureAwait(false);
    }

    private async Task HydrateAsync(HttpContext context)
    {
        var body = await ReadBodyAsync(context).ConfigureAwait(false);
        if (body?["ids"] is not JsonArray ids)
        {
            await Error(context, 400, "ids are required").ConfigureAwait(false);
            return;
        }

        if (ids.Count > 100)
        {
            await Error(context, 400, "at most 100 ids per request").ConfigureAwait(false);
            return;
        }

        var idType = context.Request.Query["id_type"].ToString() is { Length: > 0 } t ? t : "id";
        var wanted = ids.Select(i => i?.ToString()).ToList();
        // Unknown ids are left out of a 200 answer (source-apis.md §3.4); the live shape is unwrapped (Airbyte).
        await Json(context, w =>
        {
            w.WriteStartArray("customers");
            foreach (var id in wanted)
            {
                var person = Dataset.People.FirstOrDefault(p => (idType switch { "cio_id" => p.CioId, "email" => p.Email, _ => p.Id }) == id);
                if (person is not null)
                {
                    Customer(w, person);
                }
            }

            w.WriteEndArray();
        }).ConfigureAwait(false);
    }

    private static void Customer(Utf8JsonWriter w, EmulatedPerson person)
    {
        w.WriteStartObject();
        w.WriteStartObject("attributes");
        foreach (var (name, value) in person.Attributes)
        {
            w.WritePropertyName(name);
            JsonSerializer.Serialize(w, value);
        }

        w.WriteEndObject();
        w.WriteStartArray("devices");
        w.WriteEndArray();
        w.WriteString("id", person.Id);
        w.WritePropertyName("identifiers");
        Identifiers(w, person);
        w.WriteStartObject("timestamps");
        foreach (var name in person.Attributes.Keys)
        {
            w.WriteNumber(name, person.CreatedAt.ToUnixTimeSeconds());
        }

        w.WriteEndObject();
        w.WriteBoolean("unsubscribed", person.Index % 23 == 0);
        w.WriteEndObject();
    }

    private static void Identifiers(Utf8JsonWriter w, EmulatedPerson person)
    {
        w.WriteStartObject();
        w.WriteString("cio_id", person.CioId);
        w.WriteString("email", person.Email);
        w.WriteString("id", person.Id);
        w.WriteEndObject();
    }

    private async Task ListObjectsAsync(HttpContext context)
    {
        var body = await ReadBodyAsync(context).ConfigureAwait(false);
        var type = body?["object_type_id"]?.ToString();
        if (type is null || CustomerIoDataset.ObjectTypes.All(t => t.Id != type))
        {
            await Error(context, 400, "object_type_id is required and must name an object type").ConfigureAwait(false);
            return;
        }

        var ids = Dataset.ObjectIds(type);
        // "may return duplicates across pages" (source-apis.md §3.4): every page after the first repeats the previous page's last id.
        var offset = Cursor(context);
        var limit = Limit(context, 1000);
        if (limit is null)
        {
            await Error(context, 400, "limit out of range").ConfigureAwait(false);
            return;
        }

        var from = offset > 0 ? offset - 1 : 0;
        var to = (int)Math.Min(ids.Count, offset + limit.Value);
        await Json(context, w =>
        {
            w.WriteStartArray("identifiers");
            for (var i = from; i < to; i++)
            {
                w.WriteStartObject();
                w.WriteString("object_type_id", type);
                w.WriteString("object_id", ids[(int)i]);
                w.WriteString("cio_object_id", "o" + type + ids[(int)i]);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            WriteNext(w, to < ids.Count ? Encode(to) : null, End.Null);
        }).ConfigureAwait(false);
    }

    private Task ObjectAttributesAsync(HttpContext context)
    {
        var type = Route(context, "type");
        var id = Route(context, "id");
        var buffer = new ArrayBufferWriter<byte>();
        using (var w = new Utf8JsonWriter(buffer))
        {
            w.WriteStartObject();
            w.WriteStartObject("object");
            w.WriteString("object_type_id", type);
            w.WriteString("object_id", id);
            w.WriteString("cio_object_id", "o" + type + id);
            if (!Dataset.WriteObjectAttributes(w, type, id))
            {
                return Error(context, 404, "object not found");
            }

            w.WriteEndObject();
            w.WriteEndObject();
        }

        context.Response.ContentType = JsonType;
        return context.Response.Body.WriteAsync(buffer.WrittenMemory).AsTask();
    }

    // Newest first (source-apis.md §3.4). The last page of events is followed by an empty page that still has a
    // `next`: readers must stop on the empty page (Airbyte).
    private Task ActivitiesAsync(HttpContext context)
    {
        if (context.Request.Query["type"].ToString() is { Length: > 0 } type && type != "event")
        {
            return Json(context, w =>
            {
                w.WriteStartArray("activities");
                w.WriteEndArray();
            });
        }

        var total = Options.Events;
        var offset = Cursor(context);
        if (Limit(context, 100) is not { } limit)
        {
            return Error(context, 400, "limit must be 1..100");
        }

        var to = Math.Min(total, offset + limit);
        return Json(context, w =>
        {
            w.WriteStartArray("activities");
            for (var i = offset; i < to; i++)
            {
                _streams.WriteEvent(w, total - 1 - i);
            }

            w.WriteEndArray();
            w.WriteString("next", Encode(offset >= total ? offset : to));
        });
    }

    private Task MessagesAsync(HttpContext context)
    {
        long? Ts(string name) => long.TryParse(context.Request.Query[name].ToString(), CultureInfo.InvariantCulture, out var v) ? v : null;
        var startTs = Ts("start_ts") ?? long.MinValue;
        var endTs = Ts("end_ts") ?? long.MaxValue;
        if (startTs != long.MinValue && endTs != long.MaxValue && endTs - startTs > (long)TimeSpan.FromDays(183).TotalSeconds)
        {
            return Error(context, 400, "start_ts and end_ts may be at most six months apart");
        }

        if (Limit(context, 1000) is not { } limit)
        {
            return Error(context, 400, "limit must be 1..1000");
        }

        // Both bounds inclusive (Airbyte, live). Indices are in creation order, so the window is a contiguous range.
        var first = 0L;
        while (first < Options.Deliveries && _streams.DeliveryTime(first).ToUnixTimeSeconds() < startTs)
        {
            first++;
        }

        var last = first;
        while (last < Options.Deliveries && _streams.DeliveryTime(last).ToUnixTimeSeconds() <= endTs)
        {
            last++;
        }

        var cursor = context.Request.Query["start"].ToString();
        // A window's first answer is an empty page with a `next`: not the end (source-apis.md §3.3).
        if (cursor.Length == 0 && last > first)
        {
            return Json(context, w =>
            {
                w.WriteStartArray("messages");
                w.WriteEndArray();
                w.WriteString("next", Encode(0));
            });
        }

        var offset = Cursor(context);
        var to = Math.Min(last - first, offset + limit);
        return Json(context, w =>
        {
            w.WriteStartArray("messages");
            for (var i = offset; i < to; i++)
            {
                _streams.WriteDelivery(w, first + i);
            }

            w.WriteEndArray();
            WriteNext(w, to < last - first ? Encode(to) : null, End.Absent);
        });
    }

    private Task Page(HttpContext context, string property, long total, int maxLimit, End end, Action<Utf8JsonWriter, int> item)
    {
        if (Limit(context, maxLimit) is not { } limit)
        {
            return Error(context, 400, $"limit must be 1..{maxLimit}");
        }

        var offset = Cursor(context);
        var to = Math.Min(total, offset + limit);
        return Json(context, w =>
        {
            w.WriteStartArray(property);
            for (var i = offset; i < to; i++)
            {
                item(w, (int)i);
            }

            w.WriteEndArray();
            WriteNext(w, to < total ? Encode(to) : null, end);
        });
    }

    private static void WriteNext(Utf8JsonWriter w, string? next, End end)
    {
        if (next is not null)
        {
            w.WriteString("next", next);
            return;
        }

        switch (end)
        {
            case End.EmptyString:
                w.WriteString("next", "");
                break;
            case End.Null:
                w.WriteNull("next");
                break;
            default:
                break;
        }
    }

    // Opaque, case-sensitive cursors (source-apis.md §3.3): base64 of the offset.
    private static string Encode(long offset) => Convert.ToBase64String(Encoding.UTF8.GetBytes("0:" + offset.ToString(CultureInfo.InvariantCulture)));

    private static long Cursor(HttpContext context)
    {
        var start = context.Request.Query["start"].ToString();
        if (start.Length == 0)
        {
            return 0;
        }

        try
        {
            var text = Encoding.UTF8.GetString(Convert.FromBase64String(start));
            return text.StartsWith("0:", StringComparison.Ordinal) && long.TryParse(text[2..], CultureInfo.InvariantCulture, out var offset) ? offset : 0;
        }
        catch (FormatException)
        {
            return 0;
        }
    }

    private static int? Limit(HttpContext context, int max)
    {
        var text = context.Request.Query["limit"].ToString();
        if (text.Length == 0)
        {
            return Math.Min(max, 50);
        }

        return int.TryParse(text, CultureInfo.InvariantCulture, out var limit) && limit >= 1 && limit <= max ? limit : null;
    }

    private static string Route(HttpContext context, string name) => context.Request.RouteValues[name]?.ToString() ?? "";

    private static async Task<JsonNode?> ReadBodyAsync(HttpContext context)
    {
        try
        {
            return await JsonNode.ParseAsync(context.Request.Body).ConfigureAwait(false);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static Task Json(HttpContext context, Action<Utf8JsonWriter> write)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var w = new Utf8JsonWriter(buffer))
        {
            w.WriteStartObject();
            write(w);
            w.WriteEndObject();
        }

        context.Response.ContentType = JsonType;
        return context.Response.Body.WriteAsync(buffer.WrittenMemory).AsTask();
    }

    private static Task Error(HttpContext context, int status, string detail)
    {
        context.Response.StatusCode = status;
        return Json(context, w =>
        {
            w.WriteStartArray("errors");
            w.WriteStartObject();
            w.WriteString("detail", detail);
            w.WriteString("status", status.ToString(CultureInfo.InvariantCulture));
            w.WriteEndObject();
            w.WriteEndArray();
        });
    }
}
