using System.Diagnostics;
using System.Globalization;
using System.Text.Json.Nodes;
using MappingDsl.Emulators.Dataverse.Handlers;
using MappingDsl.Emulators.Dataverse.Metadata;
using MappingDsl.Emulators.Dataverse.Protection;
using MappingDsl.Emulators.Dataverse.Protocol;
using MappingDsl.Emulators.Dataverse.Storage;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace MappingDsl.Emulators.Dataverse;

/// <summary>
/// A local Dataverse Web API on 127.0.0.1 (Kestrel, SQLite): what a migration meets in a real org (entity CRUD,
/// alternate keys, bulk actions, <c>$batch</c>, metadata, validation errors, service-protection limits and faults),
/// over the documented protocol, so any Web API client works against it.
/// </summary>
public sealed class DataverseEmulator : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly Dispatcher _dispatcher;

    private readonly FaultInjector _faults;
    private readonly CallerTally _callers;

    private DataverseEmulator(WebApplication app, Dispatcher dispatcher, FaultInjector faults, CallerTally callers, Uri baseUri)
    {
        _app = app;
        _dispatcher = dispatcher;
        _faults = faults;
        _callers = callers;
        BaseUri = baseUri;
    }

    /// <summary>The org URL (<c>http://127.0.0.1:port/</c>); the Web API is under <c>api/data/v9.2/</c>.</summary>
    public Uri BaseUri { get; }

    /// <summary>The faults injected and the 429s answered so far.</summary>
    public FaultCounts Faults => _faults.Counts;

    /// <summary>
    /// Per caller (the user service protection counts against: a JWT's <c>oid</c>/<c>appid</c> claim, otherwise the
    /// token's text), the requests admitted and refused with 429 and the records written so far.
    /// </summary>
    public IReadOnlyDictionary<string, CallerCounts> Callers => _callers.Snapshot();

    /// <summary>The Web API service root.</summary>
    public Uri ServiceRoot => new(BaseUri, "api/data/v9.2/");

    /// <summary>Starts an emulator and returns once it is listening.</summary>
    /// <param name="options">Port, storage, limits and faults.</param>
    /// <param name="cancellationToken">Cancels start-up.</param>
    public static async Task<DataverseEmulator> StartAsync(DataverseEmulatorOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= new DataverseEmulatorOptions();
        var time = TimeProvider.System;
        var catalog = new MetadataCatalog(MetadataCatalog.Load(options.MetadataDirectory), time);
        if (!catalog.Entities.Any()) throw new InvalidOperationException("The emulator found no table metadata (embedded snapshot or MetadataDirectory).");
        foreach (var key in options.Keys) catalog.AddKey(catalog.RequireLogicalName(key.Table), key.SchemaName, key.Columns, TimeSpan.Zero);
        var store = new RecordStore(options.DatabasePath);
        SeedUsers(store, options);
        var dispatcher = new Dispatcher(catalog, store, options);
        var batch = new BatchHandler(dispatcher);
        var protection = options.Limits is { } limits ? new ServiceProtection(limits, time) : null;
        var faults = new FaultInjector(options.Faults);
        var callers = new CallerTally();

        var app = LoopbackHost.Create(options.Port);
        app.Map("/api/data/v9.2/{**path}", (HttpContext context) => HandleAsync(context, dispatcher, batch, protection, faults, callers, options));
        var baseUri = await LoopbackHost.StartAsync(app, cancellationToken).ConfigureAwait(false);
        dispatcher.ServiceRoot = new Uri(baseUri, "api/data/v9.2/");
        return new DataverseEmulator(app, dispatcher, faults, callers, baseUri);
    }

    /// <summary>Test hook only: see <see cref="Dispatcher.BeforeCommit"/> (called in a write, before it commits).</summary>
    internal Action? BeforeCommit
    {
        get => _dispatcher.BeforeCommit;
        set => _dispatcher.BeforeCommit = value;
    }

    /// <summary>Counts the records of a table (for tests and reports).</summary>
    /// <param name="table">The table's logical name.</param>
    public int Count(string table) => CountAsync(table).GetAwaiter().GetResult();

    /// <summary>Counts the records of a table without blocking a thread.</summary>
    /// <param name="table">The table's logical name.</param>
    public Task<int> CountAsync(string table) => _dispatcher.CountAsync(table);

    /// <summary>Stops the server and releases the database.</summary>
    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync().ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
        _dispatcher.Dispose();
    }

    private static async Task HandleAsync(HttpContext context, Dispatcher dispatcher, BatchHandler batch, ServiceProtection? protection, FaultInjector faults, CallerTally callers, DataverseEmulatorOptions options)
    {
        var authorization = context.Request.Headers.Authorization.ToString();
        // Every Web API request carries an OAuth bearer token; without one the org answers 401 (compose-http-requests-
        // handle-errors: 401 for authentication ticket errors). Any token is accepted: it only names the calling user.
        if (!authorization.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) || authorization.Length <= "Bearer ".Length)
        {
            context.Response.Headers.WWWAuthenticate = "Bearer authorization_uri=https://login.microsoftonline.com/common/oauth2/authorize";
            await WriteAsync(context, EmulatorResponse.Error(401, "0x80044306", "The user is not authenticated: the request has no bearer token."), options, null, authorization).ConfigureAwait(false);
            return;
        }
        // Limits are per user (api-limits: "Each authenticated user is limited independently"), not per token text.
        var user = CallerIdentity.Of(authorization);
        var fault = faults.Next();
        if (fault.ServerError)
        {
            faults.ServerError();
            await WriteAsync(context, EmulatorResponse.Error(503, "0x80040216", "The service is temporarily unavailable (injected fault)."), options, null, user).ConfigureAwait(false);
            return;
        }
        // Reading the body is not execution; it lets the emulator know the request's work before admitting it.
        var request = await ReadAsync(context).ConfigureAwait(false);
        var planned = options.LatencyPerRequest + (options.LatencyPerRecord * WorkEstimate.Of(request)) + fault.Latency;
        var (ticket, refusal) = protection?.TryEnter(user, planned) ?? (0, null);
        if (refusal is not null)
        {
            faults.Throttled();
            callers.Throttled(user);
            var throttled = EmulatorResponse.Error(429, refusal.Code, refusal.Message).WithHeader("Retry-After", protection!.FormatRetryAfter(refusal.RetryAfter));
            await WriteAsync(context, throttled, options, protection, user).ConfigureAwait(false);
            return;
        }
        if (fault.Latency > TimeSpan.Zero) faults.Slowed();
        callers.Admitted(user);
        var started = Stopwatch.GetTimestamp();
        var executed = TimeSpan.Zero;
        var halfway = request.Path == "$batch" ? faults.Halfway() : HalfwayFault.None;
        EmulatorResponse response;
        try
        {
            response = request.Path == "$batch"
                ? await batch.ExecuteAsync(request, halfway, context.RequestAborted).ConfigureAwait(false)
                : await dispatcher.ExecuteAsync(request, context.RequestAborted).ConfigureAwait(false);
            var simulated = options.LatencyPerRequest + (options.LatencyPerRecord * response.Work) + fault.Latency;
            var remaining = simulated - Stopwatch.GetElapsedTime(started);
            if (remaining > TimeSpan.Zero) await Task.Delay(remaining, context.RequestAborted).ConfigureAwait(false);
            // Execution time is the server's work: simulated or real, whichever is longer. Time spent waiting for the
            // emulator's write lock is an artefact of the emulator (Dataverse locks only what a write touches).
            executed = response.Processing > simulated ? response.Processing : simulated;
            callers.Wrote(user, response.Work);
        }
        finally
        {
            protection?.Exit(user, ticket, executed);
        }
        if (fault.Drop || halfway == HalfwayFault.Reset)
        {
            if (fault.Drop) faults.Dropped();
            context.Abort();
            return;
        }
        await WriteAsync(context, response, options, protection, user).ConfigureAwait(false);
    }

    private static async Task<EmulatorRequest> ReadAsync(HttpContext context)
    {
        var raw = context.Features.Get<IHttpRequestFeature>()?.RawTarget ?? context.Request.Path.ToString();
        var question = raw.IndexOf('?');
        var path = question < 0 ? raw : raw[..question];
        var query = question < 0 ? "" : raw[(question + 1)..];
        const string prefix = "/api/data/v9.2/";
        path = path.StartsWith(prefix, StringComparison.OrdinalIgnoreCase) ? path[prefix.Length..] : path.TrimStart('/');
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (name, value) in context.Request.Headers) headers[name] = value.ToString();
        using var body = new MemoryStream();
        await context.Request.Body.CopyToAsync(body, context.RequestAborted).ConfigureAwait(false);
        return new EmulatorRequest(context.Request.Method.ToUpperInvariant(), path, EmulatorRequest.ParseQuery(query), headers, body.ToArray());
    }

    private static async Task WriteAsync(HttpContext context, EmulatorResponse response, DataverseEmulatorOptions options, ServiceProtection? protection, string user)
    {
        context.Response.StatusCode = response.Status;
        context.Response.Headers["OData-Version"] = "4.0";
        context.Response.Headers["x-ms-dop-hint"] = options.DopHint.ToString(CultureInfo.InvariantCulture);
        if (protection is not null)
        {
            var (requests, time) = protection.Remaining(user);
            context.Response.Headers["x-ms-ratelimit-burst-remaining-xrm-requests"] = requests.ToString(CultureInfo.InvariantCulture);
            context.Response.Headers["x-ms-ratelimit-time-remaining-xrm-requests"] = time.ToString("c", CultureInfo.InvariantCulture);
        }
        foreach (var (name, value) in response.Headers) context.Response.Headers.Append(name, value);
        if (response.Body.Length > 0)
        {
            context.Response.ContentType = response.ContentType ?? "application/json";
            await context.Response.Body.WriteAsync(response.Body, context.RequestAborted).ConfigureAwait(false);
        }
    }

    private static void SeedUsers(RecordStore store, DataverseEmulatorOptions options)
    {
        var users = options.Users.Any(u => u.Id == options.CallerId)
            ? options.Users
            : options.Users.Prepend(new SeedUser(options.CallerId, "emulator@localhost", "Emulator Caller"));
        store.Begin();
        foreach (var user in users)
        {
            store.Insert("systemuser", user.Id, new JsonObject
            {
                ["systemuserid"] = user.Id.ToString(),
                ["internalemailaddress"] = user.Email,
                ["domainname"] = user.Email,
                ["fullname"] = user.FullName,
                ["isdisabled"] = user.IsDisabled,
                ["accessmode"] = 0,
            });
        }
        store.Commit();
    }
}
