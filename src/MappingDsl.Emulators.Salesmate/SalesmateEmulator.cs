using System.Globalization;
using System.Security.Cryptography;
using MappingDsl.Emulators.Salesmate.Data;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace MappingDsl.Emulators.Salesmate;

/// <summary>
/// An in-process Salesmate API v4 on Kestrel, bound to 127.0.0.1 only: the same routes, headers, envelopes and
/// paging as the real service, seeded deterministic data of any volume, and throttling and faults on demand.
/// The CLI exposes it as <c>mapdsl emulate salesmate --port N --records N --seed N</c>.
/// </summary>
public sealed class SalesmateEmulator : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly SearchIndexes _indexes;
    private readonly FixedWindowThrottle _throttle;

    private SalesmateEmulator(WebApplication app, SalesmateEmulatorOptions options, string accessKey)
    {
        _app = app;
        Options = options;
        AccessKey = accessKey;
        Dataset = new EmulatorDataset(options);
        _indexes = new SearchIndexes(Dataset);
        _throttle = new FixedWindowThrottle(options.ThrottleLimit, options.ThrottleWindow, TimeProvider.System);
    }

    /// <summary>Where the API listens, e.g. <c>http://127.0.0.1:5123/</c>.</summary>
    public Uri BaseUri { get; private set; } = new("http://127.0.0.1/");

    /// <summary>The key clients must send as <c>accessToken</c>.</summary>
    public string AccessKey { get; }

    /// <summary>The link name clients must send as <c>x-linkname: {LinkName}.salesmate.io</c>.</summary>
    public string LinkName => Options.LinkName;

    /// <summary>The options it runs with.</summary>
    public SalesmateEmulatorOptions Options { get; }

    /// <summary>The data it serves; also where records are touched for delta tests.</summary>
    public EmulatorDataset Dataset { get; }

    /// <summary>What it has answered so far.</summary>
    public EmulatorStats Stats { get; } = new();

    /// <summary>Starts an emulator and returns once it accepts calls.</summary>
    /// <param name="options">Data volume, seed, port, throttling and faults.</param>
    /// <param name="ct">Stops the start.</param>
    public static async Task<SalesmateEmulator> StartAsync(SalesmateEmulatorOptions options, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        var app = LoopbackHost.Create(options.Port);
        var accessKey = options.AccessKey ?? Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
        var emulator = new SalesmateEmulator(app, options, accessKey);
        emulator.MapRoutes();
        emulator.BaseUri = await LoopbackHost.StartAsync(app, ct).ConfigureAwait(false);
        emulator.Dataset.FileBaseUri = emulator.BaseUri;
        return emulator;
    }

    /// <summary>Touches a share of records (all search modules) at <paramref name="at"/>; returns how many.</summary>
    /// <param name="share">The fraction to touch, 0..1.</param>
    /// <param name="at">Their new <c>lastModifiedAt</c>; now when omitted.</param>
    public int Touch(double share, DateTimeOffset? at = null) => Dataset.Touch(null, share, at ?? DateTimeOffset.UtcNow);

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
            if (await AdmitAsync(context).ConfigureAwait(false))
            {
                await next(context).ConfigureAwait(false);
            }
        });
        _app.MapPost("/apis/{module}/v4/search", (RequestDelegate)SearchAsync);
        _app.MapGet("/apis/{module}/v4/{id}", (RequestDelegate)GetOneAsync);
        _app.MapGet("/apis/core/v4/users", (RequestDelegate)UsersAsync);
        _app.MapGet("/apis/v1/files/note/{noteId}/{n}", (RequestDelegate)NoteFileAsync);
        _app.MapGet("/apis/v1/tags", (RequestDelegate)TagsAsync);
        _app.MapGet("/apis/v3/apps/dealPipeline", context => EnvelopeWriter.WriteSuccessAsync(context, w =>
        {
            w.WriteStartArray();
            foreach (var pipeline in SalesmateEmulatorCatalog.Pipelines)
            {
                ReferenceRecords.WritePipeline(w, pipeline);
            }

            w.WriteEndArray();
        }));
        _app.MapGet("/apis/v3/fields/getAllVisibleFields", async context =>
        {
            context.Response.ContentType = "application/json";
            await using (var writer = new System.Text.Json.Utf8JsonWriter(context.Response.BodyWriter))
            {
                FieldMetadata.Write(writer, Dataset.CustomFields);
            }

            await context.Response.BodyWriter.FlushAsync(context.RequestAborted);
        });
    }

    /// <summary>Auth, throttling and injected failures, in the order a real gateway would apply them.</summary>
    private async Task<bool> AdmitAsync(HttpContext context)
    {
        var call = Stats.NextCall();
        var casing = Options.ErrorCasing;
        var token = context.Request.Headers["accessToken"].ToString();
        var link = context.Request.Headers["x-linkname"].ToString();
        if (!string.Equals(link, $"{LinkName}.salesmate.io", StringComparison.OrdinalIgnoreCase))
        {
            await EnvelopeWriter.WriteFailureAsync(context, casing, StatusCodes.Status404NotFound, "NoSuchLinkExist", "No such link exists").ConfigureAwait(false);
            return false;
        }

        if (!CryptographicOperations.FixedTimeEquals(System.Text.Encoding.UTF8.GetBytes(token), System.Text.Encoding.UTF8.GetBytes(AccessKey)))
        {
            await EnvelopeWriter.WriteFailureAsync(context, casing, StatusCodes.Status403Forbidden, "AuthorizationFailed", "Invalid access token").ConfigureAwait(false);
            return false;
        }

        if (!_throttle.TryAdmit(out var retryAfter))
        {
            Stats.CountThrottled();
            if (Options.SendRetryAfter)
            {
                context.Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
            }

            // The body is invented: Salesmate documents no throttle response.
            await EnvelopeWriter.WriteFailureAsync(context, casing, StatusCodes.Status429TooManyRequests, "TooManyRequests", "API call limit reached for this link").ConfigureAwait(false);
            return false;
        }

        if (Dataset.Random.Chance("failure-envelope", call, Options.FailureEnvelopeShare))
        {
            Stats.CountFailureEnvelope();
            await EnvelopeWriter.WriteFailureAsync(context, casing, StatusCodes.Status200OK, "InternalError", "Something went wrong, please try again").ConfigureAwait(false);
            return false;
        }

        return true;
    }

    private async Task SearchAsync(HttpContext context)
    {
        var module = (string)context.Request.RouteValues["module"]!;
        if (!EmulatorDataset.SearchModules.Contains(module))
        {
            await EnvelopeWriter.WriteFailureAsync(context, Options.ErrorCasing, StatusCodes.Status404NotFound, "ModuleNotFound", $"Module '{module}' not found").ConfigureAwait(false);
            return;
        }

        using var body = new MemoryStream();
        await context.Request.Body.CopyToAsync(body, context.RequestAborted).ConfigureAwait(false);
        var (query, error) = SearchQuery.Parse(context.Request.Query["rows"].FirstOrDefault(), context.Request.Query["from"].FirstOrDefault(), body.GetBuffer().AsSpan(0, (int)body.Length));
        if (query is null)
        {
            await EnvelopeWriter.WriteFailureAsync(context, Options.ErrorCasing, StatusCodes.Status400BadRequest, "InvalidRequest", error!).ConfigureAwait(false);
            return;
        }

        var (total, page) = _indexes.Find(module, query);
        await EnvelopeWriter.WriteSuccessAsync(context, w =>
        {
            w.WriteStartObject();
            w.WriteStartArray("data");
            foreach (var index in page)
            {
                RecordRenderer.Write(w, Dataset, module, index);
            }

            w.WriteEndArray();
            w.WriteNumber("totalRows", total);
            w.WriteNumber("totalPages", (total + query.Rows - 1) / query.Rows);
            w.WriteEndObject();
        }).ConfigureAwait(false);
    }

    private async Task GetOneAsync(HttpContext context)
    {
        var module = (string)context.Request.RouteValues["module"]!;
        var idText = (string)context.Request.RouteValues["id"]!;
        if (!EmulatorDataset.SearchModules.Contains(module)
            || !int.TryParse(idText, NumberStyles.None, CultureInfo.InvariantCulture, out var id)
            || id < 1 || id > Dataset.Count(module))
        {
            await EnvelopeWriter.WriteFailureAsync(context, Options.ErrorCasing, StatusCodes.Status404NotFound, "ObjectNotFound", $"No {module} with id {idText}").ConfigureAwait(false);
            return;
        }

        await EnvelopeWriter.WriteSuccessAsync(context, w => RecordRenderer.Write(w, Dataset, module, id - 1)).ConfigureAwait(false);
    }

    /// <summary>
    /// Serves an image embedded in a note as raw bytes (shape UNCONFIRMED, see <see cref="NoteFiles"/>), streamed with
    /// its length, type and a download file name.
    /// </summary>
    private async Task NoteFileAsync(HttpContext context)
    {
        var noteText = (string)context.Request.RouteValues["noteId"]!;
        var nText = (string)context.Request.RouteValues["n"]!;
        if (!int.TryParse(noteText, NumberStyles.None, CultureInfo.InvariantCulture, out var noteId)
            || !int.TryParse(nText, NumberStyles.None, CultureInfo.InvariantCulture, out var n)
            || noteId < 1 || noteId > Dataset.Count("note") || n < 1 || n > Dataset.NoteFileCount(noteId - 1))
        {
            await EnvelopeWriter.WriteFailureAsync(context, Options.ErrorCasing, StatusCodes.Status404NotFound, "ObjectNotFound", $"No file {nText} on note {noteText}").ConfigureAwait(false);
            return;
        }

        var file = Dataset.NoteFile(noteId - 1, n);
        context.Response.StatusCode = StatusCodes.Status200OK;
        context.Response.ContentType = file.MimeType;
        context.Response.ContentLength = file.Content.Length;
        context.Response.Headers.ContentDisposition = $"attachment; filename=\"{file.FileName}\"";
        await context.Response.Body.WriteAsync(file.Content, context.RequestAborted).ConfigureAwait(false);
    }

    private Task UsersAsync(HttpContext context)
    {
        var status = context.Request.Query["status"].FirstOrDefault();
        var users = SalesmateEmulatorCatalog.Users.Where(u => status switch
        {
            "active" => u.Active,
            "inactive" => !u.Active,
            _ => true,
        });
        return EnvelopeWriter.WriteSuccessAsync(context, w =>
        {
            w.WriteStartArray();
            foreach (var user in users)
            {
                ReferenceRecords.WriteUser(w, user);
            }

            w.WriteEndArray();
        });
    }

    private async Task TagsAsync(HttpContext context)
    {
        var (query, error) = SearchQuery.Parse(context.Request.Query["rows"].FirstOrDefault(), context.Request.Query["from"].FirstOrDefault(), default);
        if (query is null)
        {
            await EnvelopeWriter.WriteFailureAsync(context, Options.ErrorCasing, StatusCodes.Status400BadRequest, "InvalidRequest", error!).ConfigureAwait(false);
            return;
        }

        var tags = SalesmateEmulatorCatalog.Tags.Skip((int)Math.Min(query.From, int.MaxValue)).Take(query.Rows);
        await EnvelopeWriter.WriteSuccessAsync(context, w =>
        {
            w.WriteStartArray();
            foreach (var tag in tags)
            {
                ReferenceRecords.WriteTag(w, tag);
            }

            w.WriteEndArray();
        }).ConfigureAwait(false);
    }
}
