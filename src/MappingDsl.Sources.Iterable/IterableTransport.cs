using System.Net;
using System.Text.Json;
using System.Threading.RateLimiting;

namespace MappingDsl.Sources.Iterable;

/// <summary>
/// Sends Iterable calls: the <c>Api-Key</c> header, a fixed-window budget per endpoint (source-apis.md §2.3), and
/// retries with doubling delays for 429 — the documented <c>{"code":"RateLimitExceeded"}</c> body and the plain-text
/// "Rate limit exceeded" some endpoints send (§2.7) alike — 5xx (Airbyte retries <c>GenericError</c> 500s) and
/// network errors. Answers come back unread, so an export stream is consumed as it arrives.
/// </summary>
internal sealed class IterableTransport : IDisposable
{
    private readonly IterableOptions _options;
    private readonly HttpClient _http;
    private readonly bool _ownsHttp;
    private readonly Dictionary<string, FixedWindowRateLimiter> _limiters = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();
    private long _calls;
    private long _throttled;

    public IterableTransport(IterableOptions options, HttpClient? http)
    {
        options.Validate();
        _options = options;
        _ownsHttp = http is null;
        _http = http ?? new HttpClient { Timeout = Timeout.InfiniteTimeSpan };
    }

    public long Calls => Interlocked.Read(ref _calls);

    /// <summary>429 answers met (each retried).</summary>
    public long Throttled => Interlocked.Read(ref _throttled);

    /// <summary>GETs <paramref name="relative"/> (below <c>api/</c>); the caller disposes the answer, which is a success.</summary>
    public async Task<HttpResponseMessage> GetAsync(string relative, CancellationToken ct)
    {
        var path = relative.Split('?')[0];
        var limiter = LimiterFor(path);
        for (var attempt = 0; ; attempt++)
        {
            using (var lease = await limiter.AcquireAsync(1, ct).ConfigureAwait(false))
            {
                if (!lease.IsAcquired)
                {
                    throw new IterableApiException($"the rate limiter for {path} refused a call");
                }
            }

            Interlocked.Increment(ref _calls);
            HttpResponseMessage? response = null;
            string? failure;
            try
            {
                using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(_options.EffectiveBaseUri, "api/" + relative));
                request.Headers.TryAddWithoutValidation("Api-Key", _options.ApiKey);
                using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
                timeout.CancelAfter(_options.CallTimeout);
                response = await _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token).ConfigureAwait(false);
                if (response.IsSuccessStatusCode)
                {
                    return response;
                }

                var body = await response.Content.ReadAsStringAsync(ct).ConfigureAwait(false);
                var (code, message) = ErrorOf(body);
                failure = $"Iterable GET {path} answered HTTP {(int)response.StatusCode}{(code is null ? "" : " " + code)}: {message}";
                var transient = response.StatusCode == HttpStatusCode.TooManyRequests || (int)response.StatusCode >= 500;
                if (response.StatusCode == HttpStatusCode.TooManyRequests)
                {
                    Interlocked.Increment(ref _throttled);
                }

                var status = response.StatusCode;
                response.Dispose();
                if (!transient || attempt >= _options.MaxRetries)
                {
                    throw new IterableApiException(failure, status, code);
                }
            }
            catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException && !ct.IsCancellationRequested)
            {
                response?.Dispose();
                failure = $"Iterable GET {path} could not be reached: {ex.Message}";
                if (attempt >= _options.MaxRetries)
                {
                    throw new IterableApiException(failure, inner: ex);
                }
            }

            // Iterable sends no Retry-After (source-apis.md §2.7): back off by doubling, as Airbyte does for exports.
            await Task.Delay(_options.RetryBaseDelay * Math.Pow(2, Math.Min(attempt, 6)), ct).ConfigureAwait(false);
        }
    }

    /// <summary>GETs and reads the whole answer (small, non-streamed endpoints).</summary>
    public async Task<byte[]> GetBytesAsync(string relative, CancellationToken ct)
    {
        using var response = await GetAsync(relative, ct).ConfigureAwait(false);
        return await response.Content.ReadAsByteArrayAsync(ct).ConfigureAwait(false);
    }

    public void Dispose()
    {
        foreach (var limiter in _limiters.Values)
        {
            limiter.Dispose();
        }

        if (_ownsHttp)
        {
            _http.Dispose();
        }
    }

    // Error bodies are {"msg","code","params"} (spec IterableApiResponse) or plain text; either is reported as sent.
    internal static (string? Code, string Message) ErrorOf(string body)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            if (document.RootElement.ValueKind == JsonValueKind.Object)
            {
                var code = document.RootElement.TryGetProperty("code", out var c) && c.ValueKind == JsonValueKind.String ? c.GetString() : null;
                var message = document.RootElement.TryGetProperty("msg", out var m) && m.ValueKind == JsonValueKind.String ? m.GetString() : null;
                return (code, (message ?? body).Trim());
            }
        }
        catch (JsonException)
        {
        }

        return (null, body.Length > 200 ? body[..200] : body.Trim());
    }

    private FixedWindowRateLimiter LimiterFor(string path)
    {
        var limit = EndpointLimit.For(_options.Limits, path);
        lock (_gate)
        {
            if (!_limiters.TryGetValue(limit.PathPrefix, out var limiter))
            {
                _limiters[limit.PathPrefix] = limiter = new FixedWindowRateLimiter(new FixedWindowRateLimiterOptions
                {
                    PermitLimit = Math.Max(1, limit.Calls),
                    Window = limit.Window,
                    QueueLimit = int.MaxValue,
                    QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
                    AutoReplenishment = true,
                });
            }

            return limiter;
        }
    }
}
