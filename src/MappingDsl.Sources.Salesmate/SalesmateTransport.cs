using System.Net;
using System.Net.Http.Headers;
using System.Threading.RateLimiting;
using Polly;
using Polly.Retry;

namespace MappingDsl.Sources.Salesmate;

/// <summary>
/// Sends Salesmate calls: adds the auth headers, keeps under the per-link rate cap (a token bucket), retries 429,
/// 5xx, network errors and transient failure envelopes (which Salesmate may send with HTTP 200) with exponential
/// backoff, and turns a lasting failure into a <see cref="SalesmateApiException"/>.
/// </summary>
internal sealed partial class SalesmateTransport : IDisposable
{
    private static readonly HashSet<string> PermanentErrors = new(StringComparer.OrdinalIgnoreCase)
    {
        "AuthorizationFailed", "NoSuchLinkExist", "ObjectNotFound", "InvalidRequest", "ValidationFailed", "BadRequest", "Forbidden", "NotFound",
    };

    private readonly SalesmateOptions _options;
    private readonly HttpClient _http;
    private readonly bool _ownsHttp;
    private readonly TokenBucketRateLimiter _limiter;
    private readonly ResiliencePipeline<SalesmateResponse> _pipeline;
    private long _calls;

    public SalesmateTransport(SalesmateOptions options, HttpClient? http)
    {
        options.Validate();
        _options = options;
        _ownsHttp = http is null;
        _http = http ?? new HttpClient();
        // The limiter's timer ticks at most about once a millisecond: a faster rate (a local emulator allows a million
        // calls a minute) must refill in bigger steps, or it refills once and never again.
        var perCall = (double)options.RateWindow.Ticks / options.CallsPerWindow;
        var tokens = Math.Max(1, (int)Math.Ceiling(TimeSpan.TicksPerMillisecond / perCall));
        _limiter = new TokenBucketRateLimiter(new TokenBucketRateLimiterOptions
        {
            TokenLimit = Math.Max(tokens, Math.Min(options.RateBurst, options.CallsPerWindow)),
            TokensPerPeriod = tokens,
            ReplenishmentPeriod = TimeSpan.FromTicks(Math.Max(1, (long)(perCall * tokens))),
            QueueLimit = int.MaxValue,
            QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
            AutoReplenishment = true,
        });
        _pipeline = new ResiliencePipelineBuilder<SalesmateResponse>()
            .AddRetry(new RetryStrategyOptions<SalesmateResponse>
            {
                MaxRetryAttempts = Math.Max(1, options.MaxRetries),
                Delay = options.RetryBaseDelay,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                ShouldHandle = args => ValueTask.FromResult(options.MaxRetries > 0 && IsTransient(args.Outcome)),
                DelayGenerator = args => ValueTask.FromResult(args.Outcome.Result?.RetryAfter),
            })
            .Build();
    }

    /// <summary>Calls made so far, retries included.</summary>
    public long Calls => Interlocked.Read(ref _calls);

    public async Task<SalesmateResponse> SendAsync(HttpMethod method, string relativeUri, byte[]? jsonBody, CancellationToken ct)
    {
        SalesmateResponse response;
        try
        {
            response = await _pipeline.ExecuteAsync(
                static async (state, token) => await state.Self.SendOnceAsync(state.Method, state.Uri, state.Body, token).ConfigureAwait(false),
                (Self: this, Method: method, Uri: relativeUri, Body: jsonBody),
                ct).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is HttpRequestException or TimeoutException)
        {
            throw new SalesmateApiException($"Salesmate {method} {relativeUri.Split('?')[0]} could not be reached: {ex.Message}", inner: ex);
        }

        return Check(response, method, relativeUri);
    }

    public void Dispose()
    {
        _limiter.Dispose();
        if (_ownsHttp)
        {
            _http.Dispose();
        }
    }

    private static bool IsTransient(Outcome<SalesmateResponse> outcome)
    {
        if (outcome.Exception is not null)
        {
            return outcome.Exception is HttpRequestException or TimeoutException;
        }

        var response = outcome.Result!;
        if (response.StatusCode == HttpStatusCode.TooManyRequests || (int)response.StatusCode >= 500)
        {
            return true;
        }

        return response.StatusCode == HttpStatusCode.OK
            && response.Page.IsFailure
            && !PermanentErrors.Contains(response.Page.ErrorName ?? string.Empty);
    }

    private static SalesmateResponse Check(SalesmateResponse response, HttpMethod method, string uri)
    {
        var page = response.Page;
        var path = uri.Split('?')[0];
        if (page.IsFailure)
        {
            throw new SalesmateApiException(
                $"Salesmate {method} {path} failed (HTTP {(int)response.StatusCode}): {page.ErrorName ?? "unnamed error"}: {page.ErrorMessage ?? "no message"}",
                response.StatusCode,
                page.ErrorName);
        }

        if (!IsSuccess(response.StatusCode))
        {
            throw new SalesmateApiException(
                $"Salesmate {method} {path} answered HTTP {(int)response.StatusCode}",
                response.StatusCode,
                page.ErrorName);
        }

        return response;
    }

    private static bool IsSuccess(HttpStatusCode code) => (int)code is >= 200 and < 300;

    private async ValueTask<SalesmateResponse> SendOnceAsync(HttpMethod method, string relativeUri, byte[]? body, CancellationToken ct)
    {
        using (var lease = await _limiter.AcquireAsync(1, ct).ConfigureAwait(false))
        {
            if (!lease.IsAcquired)
            {
                throw new InvalidOperationException("the Salesmate rate limiter refused a call");
            }
        }

        Interlocked.Increment(ref _calls);
        using var request = new HttpRequestMessage(method, new Uri(_options.EffectiveBaseUri, relativeUri));
        request.Headers.TryAddWithoutValidation("accessToken", _options.AccessToken);
        request.Headers.TryAddWithoutValidation("x-linkname", _options.LinkHeader);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        if (body is not null)
        {
            request.Content = new ByteArrayContent(body);
            request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        }

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(_options.CallTimeout);
        try
        {
            using var response = await _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token).ConfigureAwait(false);
            var bytes = await response.Content.ReadAsByteArrayAsync(timeout.Token).ConfigureAwait(false);
            var page = JsonPageParser.Parse(bytes);
            return new SalesmateResponse(response.StatusCode, bytes, page, RetryAfterOf(response));
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            throw new TimeoutException($"Salesmate call took longer than {_options.CallTimeout}");
        }
    }

    private static TimeSpan? RetryAfterOf(HttpResponseMessage response)
    {
        var retryAfter = response.Headers.RetryAfter;
        if (retryAfter?.Delta is { } delta)
        {
            return delta;
        }

        return retryAfter?.Date is { } date ? date - DateTimeOffset.UtcNow : null;
    }
}
