using System.Net;
using System.Net.Http.Headers;
using MappingDsl.Sources.Throttling;

namespace MappingDsl.Sources.Wetroo;

/// <summary>
/// Sends Wetroo calls at a pace learned from the server (<see cref="AdaptiveRateLimiter"/>): a 429 teaches the limiter
/// and the same call is sent again once the slower pace allows; a 5xx or a network error slows the pace and is retried
/// with exponential backoff and jitter; 401/403 and other 4xx fail at once. The key goes only in the header.
/// </summary>
internal sealed class WetrooTransport : IDisposable
{
    private readonly WetrooOptions _options;
    private readonly HttpClient _http;
    private readonly bool _ownsHttp;
    private long _calls;

    public WetrooTransport(WetrooOptions options, HttpClient? http)
    {
        options.Validate();
        _options = options;
        _ownsHttp = http is null;
        _http = http ?? new HttpClient();
        Limiter = new AdaptiveRateLimiter(options.Rate);
    }

    /// <summary>The learned pace.</summary>
    public AdaptiveRateLimiter Limiter { get; }

    /// <summary>Calls made so far, retries included.</summary>
    public long Calls => Interlocked.Read(ref _calls);

    /// <summary>GETs <paramref name="relativeUri"/> until it succeeds or fails for good; returns the body.</summary>
    public async Task<byte[]> GetAsync(string relativeUri, CancellationToken ct)
    {
        var path = relativeUri.Split('?')[0];
        var throttledInARow = 0;
        var failures = 0;
        while (true)
        {
            await Limiter.WaitAsync(ct).ConfigureAwait(false);
            Interlocked.Increment(ref _calls);
            HttpStatusCode status;
            byte[] body;
            TimeSpan? retryAfter;
            try
            {
                (status, body, retryAfter) = await SendOnceAsync(relativeUri, ct).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is HttpRequestException or TimeoutException)
            {
                Limiter.OnServerError();
                await BackOffAsync(++failures, $"Wetroo GET {path} could not be reached: {ex.Message}", null, ex, ct).ConfigureAwait(false);
                continue;
            }

            if (status == HttpStatusCode.TooManyRequests)
            {
                Limiter.OnThrottled(retryAfter);
                if (++throttledInARow >= _options.MaxThrottledInARow)
                {
                    throw new WetrooApiException($"Wetroo GET {path} was throttled {throttledInARow} times in a row; stopping", status);
                }

                continue;
            }

            throttledInARow = 0;
            if ((int)status >= 500)
            {
                Limiter.OnServerError();
                await BackOffAsync(++failures, $"Wetroo GET {path} answered HTTP {(int)status}", status, null, ct).ConfigureAwait(false);
                continue;
            }

            if ((int)status is < 200 or >= 300)
            {
                throw new WetrooApiException($"Wetroo GET {path} answered HTTP {(int)status}{Describe(status)}", status);
            }

            Limiter.OnSuccess();
            return body;
        }
    }

    public void Dispose()
    {
        if (_ownsHttp)
        {
            _http.Dispose();
        }
    }

    private static string Describe(HttpStatusCode status) => status switch
    {
        HttpStatusCode.Unauthorized => " (the API key was refused; check WETROO_API_KEY)",
        HttpStatusCode.Forbidden => " (the API key may not read this module)",
        _ => string.Empty,
    };

    private async Task BackOffAsync(int failures, string message, HttpStatusCode? status, Exception? inner, CancellationToken ct)
    {
        if (failures > _options.MaxRetries)
        {
            throw new WetrooApiException($"{message} ({failures} attempts)", status, inner);
        }

        var exponential = _options.RetryBaseDelay.TotalMilliseconds * Math.Pow(2, failures - 1);
        var jitter = Random.Shared.NextDouble() * exponential * 0.25;
        await Task.Delay(TimeSpan.FromMilliseconds(exponential + jitter), ct).ConfigureAwait(false);
    }

    private async Task<(HttpStatusCode Status, byte[] Body, TimeSpan? RetryAfter)> SendOnceAsync(string relativeUri, CancellationToken ct)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(_options.BaseUri, relativeUri));
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", _options.ApiKey);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(_options.CallTimeout);
        try
        {
            using var response = await _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token).ConfigureAwait(false);
            var bytes = await response.Content.ReadAsByteArrayAsync(timeout.Token).ConfigureAwait(false);
            var retryAfter = response.Headers.RetryAfter is { } header
                ? header.Delta ?? (header.Date is { } date ? date - DateTimeOffset.UtcNow : null)
                : null;
            return (response.StatusCode, bytes, retryAfter);
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            throw new TimeoutException($"Wetroo call took longer than {_options.CallTimeout}");
        }
    }
}
