using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using MappingDsl.Dataverse.Auth;
using MappingDsl.Dataverse.Http;
using MappingDsl.Dataverse.Throughput;
using Polly;

namespace MappingDsl.Dataverse;

/// <summary>
/// A Dataverse Web API (<c>/api/data/v9.2/</c>) client over <see cref="HttpClient"/>: record operations, bulk actions,
/// <c>$batch</c>, queries with paging and metadata calls. Every request passes the throttle gate and the retry pipeline,
/// so 429s are honoured and transient failures retried. Thread-safe; share one per org.
/// </summary>
public sealed partial class DataverseClient
{
    private readonly HttpClient _http;
    private readonly IAccessTokenProvider _tokens;
    private readonly ResiliencePipeline<HttpResponseMessage> _pipeline;
    private readonly ThrottleGate _gate;
    private readonly TimeProvider _time;
    private long _throttleRoundTripTicks;
    private int _dopHint;

    /// <summary>Creates a client.</summary>
    /// <param name="http">The HTTP client (its base address is ignored; the options' org is used).</param>
    /// <param name="options">Org and header options.</param>
    /// <param name="tokens">Supplies bearer tokens.</param>
    /// <param name="time">The clock (tests may pass a fake one).</param>
    public DataverseClient(HttpClient http, DataverseClientOptions options, IAccessTokenProvider tokens, TimeProvider? time = null)
    {
        _http = http;
        Options = options;
        _tokens = tokens;
        var clock = time ?? TimeProvider.System;
        _time = clock;
        _gate = new ThrottleGate(clock);
        _pipeline = ResiliencePipelineFactory.Create(options, OnThrottledAsync, clock);
    }

    /// <summary>The options this client was created with.</summary>
    public DataverseClientOptions Options { get; }

    /// <summary>The last <c>x-ms-dop-hint</c> (recommended degree of parallelism) the org sent, or 0 before any.</summary>
    public int DegreeOfParallelismHint => Volatile.Read(ref _dopHint);

    /// <summary>How long this client's requests still wait out a <c>Retry-After</c> (zero when none does).</summary>
    public TimeSpan ThrottledFor => _gate.ClosedFor;

    /// <summary>Raised for every 429 the client honours (before it waits).</summary>
    public event Action<ThrottleEvent>? Throttled;

    /// <summary>Sends a request through the gate and retry pipeline; throws <see cref="DataverseException"/> when it fails.</summary>
    internal async Task<HttpResponseMessage> SendAsync(DataverseRequest request, CancellationToken cancellationToken)
    {
        var response = await SendRawAsync(request, cancellationToken).ConfigureAwait(false);
        if (response.IsSuccessStatusCode) return response;
        using (response) throw await ToExceptionAsync(response, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Sends a request through the gate and retry pipeline and returns whatever the org answered last.</summary>
    internal async Task<HttpResponseMessage> SendRawAsync(DataverseRequest request, CancellationToken cancellationToken)
    {
        var context = ResilienceContextPool.Shared.Get(cancellationToken);
        try
        {
            var response = await _pipeline.ExecuteAsync(
                static async (ctx, state) =>
                {
                    var (self, req) = state;
                    await self._gate.WaitAsync(ctx.CancellationToken).ConfigureAwait(false);
                    using var message = await self.BuildAsync(req, ctx.CancellationToken).ConfigureAwait(false);
                    var sent = self._time.GetTimestamp();
                    HttpResponseMessage response;
                    try
                    {
                        response = await self._http.SendAsync(message, HttpCompletionOption.ResponseContentRead, ctx.CancellationToken).ConfigureAwait(false);
                    }
                    catch (Exception exception) when (exception is HttpRequestException or IOException or OperationCanceledException && !ctx.CancellationToken.IsCancellationRequested)
                    {
                        req.UncertainAttempts++;
                        throw;
                    }
                    if ((int)response.StatusCode >= 500) req.UncertainAttempts++;
                    if (response.StatusCode == HttpStatusCode.TooManyRequests) Volatile.Write(ref self._throttleRoundTripTicks, self._time.GetElapsedTime(sent).Ticks);
                    self.ReadHints(response);
                    return response;
                },
                context,
                (this, request)).ConfigureAwait(false);
            return response;
        }
        finally
        {
            ResilienceContextPool.Shared.Return(context);
        }
    }

    internal static async Task<DataverseException> ToExceptionAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var text = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
        var (code, message) = ErrorBody.Parse(text);
        return new DataverseException(response.StatusCode, code, message.Length > 0 ? message : response.ReasonPhrase ?? "");
    }

    private async Task<HttpRequestMessage> BuildAsync(DataverseRequest request, CancellationToken cancellationToken)
    {
        var uri = Uri.TryCreate(request.Url, UriKind.Absolute, out var absolute) && absolute.Scheme.StartsWith("http", StringComparison.Ordinal)
            ? absolute
            : new Uri(Options.ServiceRoot, request.Url);
        var message = new HttpRequestMessage(request.Method, uri);
        var token = await _tokens.GetTokenAsync(cancellationToken).ConfigureAwait(false);
        if (token is not null) message.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        message.Headers.TryAddWithoutValidation("OData-MaxVersion", "4.0");
        message.Headers.TryAddWithoutValidation("OData-Version", "4.0");
        message.Headers.TryAddWithoutValidation("Accept", "application/json");
        if (Options.BypassBusinessLogic is { } bypass) message.Headers.TryAddWithoutValidation("MSCRM.BypassBusinessLogicExecution", bypass);
        if (Options.SuppressDuplicateDetection is { } suppress)
            message.Headers.TryAddWithoutValidation("MSCRM.SuppressDuplicateDetection", suppress ? "true" : "false");
        if (Options.SolutionUniqueName is { } solution) message.Headers.TryAddWithoutValidation("MSCRM.SolutionUniqueName", solution);
        foreach (var (name, value) in request.Headers) message.Headers.TryAddWithoutValidation(name, value);
        if (!request.Body.IsEmpty || request.Method == HttpMethod.Post || request.Method == HttpMethod.Patch)
        {
            // ReadOnlyMemoryContent sends the caller's (pooled) bytes without copying them.
            var content = new ReadOnlyMemoryContent(request.Body);
            content.Headers.TryAddWithoutValidation("Content-Type", request.ContentType);
            message.Content = content;
        }
        return message;
    }

    private void ReadHints(HttpResponseMessage response)
    {
        if (response.Headers.TryGetValues("x-ms-dop-hint", out var values)
            && int.TryParse(values.FirstOrDefault(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var hint) && hint > 0)
            Volatile.Write(ref _dopHint, hint);
    }

    private async ValueTask OnThrottledAsync(HttpResponseMessage response)
    {
        var wait = RetryAfter.Read(response.Headers) ?? TimeSpan.FromSeconds(1);
        _gate.Close(wait, TimeSpan.FromTicks(Volatile.Read(ref _throttleRoundTripTicks)));
        var text = await response.Content.ReadAsStringAsync().ConfigureAwait(false);
        Throttled?.Invoke(new ThrottleEvent(ThrottleEvent.KindOf(ErrorBody.Parse(text).Code), wait));
    }

    internal static bool IsThrottledOrTransient(HttpStatusCode status) =>
        status is HttpStatusCode.TooManyRequests or >= HttpStatusCode.InternalServerError;
}
