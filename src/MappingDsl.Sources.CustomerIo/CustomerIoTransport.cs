using System.Net;
using System.Net.Http.Headers;
using System.Threading.RateLimiting;

namespace MappingDsl.Sources.CustomerIo;

/// <summary>
/// Sends App API calls: <c>Authorization: Bearer</c>, one budget of <see cref="CustomerIoOptions.RequestsPerSecond"/>
/// for the whole workspace (the limit is per workspace, not per endpoint: source-apis.md §3.6), and retries for 429,
/// 5xx and network errors, waiting the <c>Retry-After</c> seconds when the answer has one (Airbyte honours it; its
/// presence is UNCONFIRMED), else doubling from <see cref="CustomerIoOptions.RetryBaseDelay"/>.
/// </summary>
internal sealed class CustomerIoTransport : IDisposable
{
    private readonly CustomerIoOptions _options;
    private readonly HttpClient _http;
    private readonly bool _ownsHttp;
    private readonly TokenBucketRateLimiter _limiter;
    private long _calls;
    private long _throttled;

    public CustomerIoTransport(CustomerIoOptions options, HttpClient? http)
    {
        options.Validate();
        _options = options;
        _ownsHttp = http is null;
        _http = http ?? new HttpClient { Timeout = Timeout.InfiniteTimeSpan };
        // No burst beyond one slot: a bucket as deep as the limit would allow twice the limit in a one-second
        // window. Slots are 5 % longer than 1/limit so timer jitter never packs an extra call into a second, and at
        // least 50 ms (timers are not finer than a millisecond; a local emulator may allow thousands a second).
        var period = Math.Max(1.05 / options.RequestsPerSecond, 0.05);
        var perPeriod = Math.Max(1, (int)(options.RequestsPerSecond * period / 1.05));
        _limiter = new TokenBucketRateLimiter(new TokenBucketRateLimiterOptions
        {
            TokenLimit = perPeriod,
            TokensPerPeriod = perPeriod,
            ReplenishmentPeriod = TimeSpan.FromSeconds(period),
            QueueLimit = int.MaxValue,
            QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
            AutoReplenishment = true,
        });
    }

    public long Calls => Interlocked.Read(ref _calls);

    public long Throttled => Interlocked.Read(ref _throttled);

    /// <summary>GETs <paramref name="relative"/> (below <c>v1/</c>) and returns the body.</summary>
    public Task<byte[]> GetAsync(string relative, CancellationToken ct) => SendAsync(HttpMethod.Get, relative, null, ct);

    /// <summary>POSTs <paramref name="json"/> to <paramref name="relative"/> (below <c>v1/</c>) and returns the body.</summary>
    public Task<byte[]> PostAsync(string relative, byte[] json, CancellationToken ct) => SendAsync(HttpMethod.Post, relative, json, ct);

    /// <summary>
    /// Saves a signed export link's file to <paramref name="path"/>, streaming; null when saved, else the status that
    /// refused it (a 4xx, e.g. an expired link). 5xx and network errors are retried like API calls.
    /// </summary>
    public async Task<HttpStatusCode?> DownloadAsync(Uri url, string path, CancellationToken ct)
    {
        for (var attempt = 0; ; attempt++)
        {
            string failure;
            try
            {
                // The link is signed and carries its own authority: the App API key is not sent to the storage host,
                // and the link itself is never put in a message (it grants the file to whoever holds it).
                using var response = await _http.GetAsync(url, HttpCompletionOption.ResponseHeadersRead, ct).ConfigureAwait(false);
                if (response.IsSuccessStatusCode)
                {
                    var file = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16, useAsync: true);
                    await using (file.ConfigureAwait(false))
                    {
                        await response.Content.CopyToAsync(file, ct).ConfigureAwait(false);
                    }

                    return null;
                }

                if ((int)response.StatusCode < 500)
                {
                    return response.StatusCode;
                }

                failure = $"Customer.io export download answered HTTP {(int)response.StatusCode}";
            }
            catch (HttpRequestException ex)
            {
                failure = $"Customer.io export download failed: {ex.Message}";
            }

            if (attempt >= _options.MaxRetries)
            {
                throw new CustomerIoApiException(failure);
            }

            await Task.Delay(_options.RetryBaseDelay * Math.Pow(2, Math.Min(attempt, 6)), ct).ConfigureAwait(false);
        }
    }

    public void Dispose()
    {
        _limiter.Dispose();
        if (_ownsHttp)
        {
            _http.Dispose();
        }
    }

    private async Task<byte[]> SendAsync(HttpMethod method, string relative, byte[]? json, CancellationToken ct)
    {
        var path = relative.Split('?')[0];
        for (var attempt = 0; ; attempt++)
        {
            using (var lease = await _limiter.AcquireAsync(1, ct).ConfigureAwait(false))
            {
                if (!lease.IsAcquired)
                {
                    throw new CustomerIoApiException($"the rate limiter refused a call to {path}");
                }
            }

            Interlocked.Increment(ref _calls);
            TimeSpan? retryAfter = null;
            string failure;
            try
            {
                using var request = new HttpRequestMessage(method, new Uri(_options.EffectiveBaseUri, "v1/" + relative));
                request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", _options.ApiKey);
                if (json is not null)
                {
                    request.Content = new ByteArrayContent(json);
                    request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
                }

                using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
                timeout.CancelAfter(_options.CallTimeout);
                using var response = await _http.SendAsync(request, timeout.Token).ConfigureAwait(false);
                var body = await response.Content.ReadAsByteArrayAsync(ct).ConfigureAwait(false);
                if (response.IsSuccessStatusCode)
                {
                    return body;
                }

                var text = System.Text.Encoding.UTF8.GetString(body);
                failure = $"Customer.io {method} {path} answered HTTP {(int)response.StatusCode}: {(text.Length > 200 ? text[..200] : text).Trim()}";
                var throttled = response.StatusCode == HttpStatusCode.TooManyRequests;
                if (throttled)
                {
                    Interlocked.Increment(ref _throttled);
                    retryAfter = response.Headers.RetryAfter?.Delta;
                }

                // 401 is a bad key, the wrong region or an IP allowlist; 403 a key without the scope: retrying fixes neither.
                if (!(throttled || (int)response.StatusCode >= 500) || attempt >= _options.MaxRetries)
                {
                    throw new CustomerIoApiException(failure, response.StatusCode);
                }
            }
            catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException && !ct.IsCancellationRequested)
            {
                failure = $"Customer.io {method} {path} could not be reached: {ex.Message}";
                if (attempt >= _options.MaxRetries)
                {
                    throw new CustomerIoApiException(failure, null, ex);
                }
            }

            await Task.Delay(retryAfter ?? _options.RetryBaseDelay * Math.Pow(2, Math.Min(attempt, 6)), ct).ConfigureAwait(false);
        }
    }
}
