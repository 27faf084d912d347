using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using MappingDsl.Emulators.Wetroo.Data;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace MappingDsl.Emulators.Wetroo;

/// <summary>
/// An in-process Wetroo REST API on Kestrel, bound to 127.0.0.1 only, in the shape <c>docs/sources/wetroo.md</c>
/// defines (Wetroo publishes none): <c>GET /api/v1/{resource}?limit&amp;after&amp;updatedSince</c> with keyset paging,
/// Bearer keys, seeded data of any volume, and a throttle whose limit is never announced and changes during a run.
/// The CLI exposes it as <c>mapdsl emulate wetroo</c>.
/// </summary>
public sealed class WetrooEmulator : IAsyncDisposable
{
    /// <summary>The largest <c>limit</c> a list call accepts.</summary>
    public const int MaxLimit = 200;

    private static readonly Dictionary<string, string> ModuleOfResource = new(StringComparer.Ordinal)
    {
        ["contacts"] = "contact",
        ["leads"] = "lead",
        ["deals"] = "deal",
        ["fields"] = "field",
        ["owners"] = "owner",
        ["teams"] = "team",
        ["pipelines"] = "pipeline",
        ["stages"] = "stage",
        ["playbooks"] = "playbook",
    };

    private readonly WebApplication _app;
    private readonly ChangingThrottle _throttle;

    private WetrooEmulator(WebApplication app, WetrooEmulatorOptions options, string apiKey)
    {
        _app = app;
        Options = options;
        ApiKey = apiKey;
        Dataset = new WetrooDataset(options);
        _throttle = new ChangingThrottle(options.ThrottleLimit, options.ThrottleWindow, options.ThrottleChanges, TimeProvider.System);
    }

    /// <summary>Where the API listens, e.g. <c>http://127.0.0.1:5123/</c>.</summary>
    public Uri BaseUri { get; private set; } = new("http://127.0.0.1/");

    /// <summary>The key clients must send as <c>Authorization: Bearer</c>.</summary>
    public string ApiKey { get; }

    /// <summary>The options it runs with.</summary>
    public WetrooEmulatorOptions Options { get; }

    /// <summary>The data it serves; also where records are touched, deleted and added by tests.</summary>
    public WetrooDataset Dataset { get; }

    /// <summary>What it has answered so far.</summary>
    public EmulatorStats Stats { get; } = new();

    /// <summary>The throttle's limit per window now (0: off). Setting it changes the limit mid-run, unannounced.</summary>
    public int ThrottleLimit
    {
        get => _throttle.Limit;
        set => _throttle.Limit = value;
    }

    /// <summary>Starts an emulator and returns once it accepts calls.</summary>
    /// <param name="options">Data volume, seed, port, throttling and faults.</param>
    /// <param name="ct">Stops the start.</param>
    public static async Task<WetrooEmulator> StartAsync(WetrooEmulatorOptions options, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        var app = LoopbackHost.Create(options.Port);
        var key = options.ApiKey ?? "wtk_" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
        var emulator = new WetrooEmulator(app, options, key);
        app.Use(async (context, next) =>
        {
            if (await emulator.AdmitAsync(context).ConfigureAwait(false))
            {
                await next(context).ConfigureAwait(false);
            }
        });
        app.MapGet("/api/v1/{resource}", (RequestDelegate)emulator.ListAsync);
        emulator.BaseUri = await LoopbackHost.StartAsync(app, ct).ConfigureAwait(false);
        return emulator;
    }

    /// <summary>Touches a share of contacts, leads and deals at <paramref name="at"/> (now when omitted); returns how many.</summary>
    /// <param name="share">The fraction to touch, 0..1.</param>
    /// <param name="at">Their new <c>updatedAt</c>.</param>
    public int Touch(double share, DateTimeOffset? at = null) => Dataset.Touch(share, at ?? DateTimeOffset.UtcNow);

    /// <summary>Stops the server.</summary>
    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync().ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
    }

    private static Task WriteErrorAsync(HttpContext context, int status, string code, string message)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json";
        return context.Response.WriteAsync(
            JsonSerializer.Serialize(new Dictionary<string, object>
            {
                ["success"] = false,
                ["error"] = new Dictionary<string, string> { ["code"] = code, ["message"] = message },
            }),
            context.RequestAborted);
    }

    /// <summary>Auth, the moving throttle and injected 503s, in the order a gateway applies them.</summary>
    private async Task<bool> AdmitAsync(HttpContext context)
    {
        var call = Stats.NextCall();
        var header = context.Request.Headers.Authorization.ToString();
        var presented = header.StartsWith("Bearer ", StringComparison.Ordinal) ? header["Bearer ".Length..] : string.Empty;
        if (!CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(presented), Encoding.UTF8.GetBytes(ApiKey)))
        {
            await WriteErrorAsync(context, StatusCodes.Status401Unauthorized, "unauthorized", "Invalid API key").ConfigureAwait(false);
            return false;
        }

        if (!_throttle.TryAdmit(out var retryAfter))
        {
            Stats.CountThrottled();
            if (Options.SendRetryAfter)
            {
                context.Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
            }

            await WriteErrorAsync(context, StatusCodes.Status429TooManyRequests, "rate_limited", "Too many requests").ConfigureAwait(false);
            return false;
        }

        if (Dataset.Random.Chance("server-error", call, Options.ServerErrorShare))
        {
            Stats.CountServerError();
            await WriteErrorAsync(context, StatusCodes.Status503ServiceUnavailable, "unavailable", "Service temporarily unavailable").ConfigureAwait(false);
            return false;
        }

        return true;
    }

    private async Task ListAsync(HttpContext context)
    {
        var resource = (string)context.Request.RouteValues["resource"]!;
        if (!ModuleOfResource.TryGetValue(resource, out var module))
        {
            await WriteErrorAsync(context, StatusCodes.Status404NotFound, "not_found", $"No resource '{resource}'").ConfigureAwait(false);
            return;
        }

        var query = context.Request.Query;
        var limitText = query["limit"].FirstOrDefault() ?? "50";
        var afterText = query["after"].FirstOrDefault() ?? "0";
        var sinceText = query["updatedSince"].FirstOrDefault();
        if (!int.TryParse(limitText, NumberStyles.None, CultureInfo.InvariantCulture, out var limit) || limit is < 1 or > MaxLimit
            || !long.TryParse(afterText, NumberStyles.None, CultureInfo.InvariantCulture, out var after))
        {
            await WriteErrorAsync(context, StatusCodes.Status400BadRequest, "invalid_request", $"limit must be 1..{MaxLimit} and after a non-negative id").ConfigureAwait(false);
            return;
        }

        DateTimeOffset? since = null;
        if (!string.IsNullOrEmpty(sinceText))
        {
            if (!DateTimeOffset.TryParse(sinceText, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed))
            {
                await WriteErrorAsync(context, StatusCodes.Status400BadRequest, "invalid_request", "updatedSince must be an ISO 8601 timestamp").ConfigureAwait(false);
                return;
            }

            since = parsed;
        }

        Stats.CountPage();
        context.Response.ContentType = "application/json";
        bool hasMore;
        await using (var w = new Utf8JsonWriter(context.Response.BodyWriter))
        {
            w.WriteStartObject();
            w.WriteBoolean("success", true);
            w.WriteStartArray("data");
            hasMore = WriteRows(w, module, after, limit, since);
            w.WriteEndArray();
            w.WriteStartObject("meta");
            w.WriteNumber("limit", limit);
            w.WriteNumber("after", after);
            w.WriteBoolean("hasMore", hasMore);
            w.WriteEndObject();
            w.WriteEndObject();
        }

        await context.Response.BodyWriter.FlushAsync(context.RequestAborted).ConfigureAwait(false);
    }

    private bool WriteRows(Utf8JsonWriter w, string module, long after, int limit, DateTimeOffset? since)
    {
        if (!WetrooDataset.GeneratedModules.ContainsKey(module))
        {
            // Reference data changed once, at the catalog's stamp: a delta after that returns none of it.
            var rows = Reference.Rows(module).Where(r => r.Id > after).ToList();
            if (since is { } s && s >= Reference.ChangedAt && module is "field" or "pipeline" or "stage" or "playbook")
            {
                rows.Clear();
            }

            foreach (var (_, write) in rows.Take(limit))
            {
                write(w);
            }

            return rows.Count > limit;
        }

        var page = Dataset.Page(module, after, limit, since, out var hasMore);
        foreach (var index in page)
        {
            switch (module)
            {
                case "contact":
                    People.WriteContact(w, Dataset, index);
                    break;
                case "lead":
                    People.WriteLead(w, Dataset, index);
                    break;
                default:
                    Deals.Write(w, Dataset, index);
                    break;
            }
        }

        return hasMore;
    }
}
