using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;

namespace MappingDsl.Sources.Salesmate;

/// <summary>What a file download gave: its bytes and what they are, or why there are none.</summary>
/// <param name="Content">The bytes; null when <paramref name="Problem"/> is set.</param>
/// <param name="FileName">The name the server gave (Content-Disposition), if any.</param>
/// <param name="MimeType">The Content-Type, if any.</param>
/// <param name="Sha256">Lower-case hex SHA-256 of the bytes, computed while they arrived.</param>
/// <param name="Problem">Why the file could not be taken (too large, gone).</param>
internal sealed record FileDownload(byte[]? Content, string? FileName, string? MimeType, string? Sha256, string? Problem);

internal sealed partial class SalesmateTransport
{
    /// <summary>
    /// Downloads one file on the account's host through the same rate limiter as every call, retrying 429, 5xx and
    /// network errors. The body is read as a stream into one buffer of at most <see cref="SalesmateOptions.MaxFileBytes"/>
    /// (hashed on the way); a larger file is refused by its Content-Length, or as soon as it passes the limit.
    /// </summary>
    public async Task<FileDownload> DownloadAsync(Uri uri, CancellationToken ct)
    {
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                var (download, retryAfter) = await DownloadOnceAsync(uri, ct).ConfigureAwait(false);
                if (download is not null)
                {
                    return download;
                }

                if (attempt >= _options.MaxRetries)
                {
                    throw new SalesmateApiException($"Salesmate file {uri.AbsolutePath} kept failing after {attempt + 1} attempts");
                }

                await Task.Delay(retryAfter ?? Backoff(attempt), ct).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is HttpRequestException or TimeoutException && attempt < _options.MaxRetries)
            {
                await Task.Delay(Backoff(attempt), ct).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is HttpRequestException or TimeoutException)
            {
                throw new SalesmateApiException($"Salesmate file {uri.AbsolutePath} could not be reached: {ex.Message}", inner: ex);
            }
        }
    }

    private TimeSpan Backoff(int attempt) => _options.RetryBaseDelay * Math.Pow(2, Math.Min(attempt, 10));

    /// <returns>The download, or null and a wait when the answer is worth retrying.</returns>
    private async Task<(FileDownload? Download, TimeSpan? RetryAfter)> DownloadOnceAsync(Uri uri, CancellationToken ct)
    {
        using (var lease = await _limiter.AcquireAsync(1, ct).ConfigureAwait(false))
        {
            if (!lease.IsAcquired)
            {
                throw new InvalidOperationException("the Salesmate rate limiter refused a call");
            }
        }

        Interlocked.Increment(ref _calls);
        using var request = new HttpRequestMessage(HttpMethod.Get, uri);
        request.Headers.TryAddWithoutValidation("accessToken", _options.AccessToken);
        request.Headers.TryAddWithoutValidation("x-linkname", _options.LinkHeader);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(_options.CallTimeout);
        try
        {
            using var response = await _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token).ConfigureAwait(false);
            if (response.StatusCode == HttpStatusCode.TooManyRequests || (int)response.StatusCode >= 500)
            {
                return (null, RetryAfterOf(response));
            }

            if (!IsSuccess(response.StatusCode))
            {
                return (new FileDownload(null, null, null, null, $"the download answered HTTP {(int)response.StatusCode}"), null);
            }

            var max = _options.MaxFileBytes;
            var headers = response.Content.Headers;
            if (headers.ContentLength is { } announced && announced > max)
            {
                return (new FileDownload(null, null, null, null, TooLarge(announced.ToString(System.Globalization.CultureInfo.InvariantCulture), max)), null);
            }

            using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
            using var buffer = new MemoryStream(headers.ContentLength is { } length ? (int)length : 0);
            var stream = await response.Content.ReadAsStreamAsync(timeout.Token).ConfigureAwait(false);
            await using (stream.ConfigureAwait(false))
            {
                var chunk = new byte[81920];
                int read;
                while ((read = await stream.ReadAsync(chunk, timeout.Token).ConfigureAwait(false)) > 0)
                {
                    if (buffer.Length + read > max)
                    {
                        return (new FileDownload(null, null, null, null, TooLarge("more than " + max.ToString(System.Globalization.CultureInfo.InvariantCulture), max)), null);
                    }

                    hash.AppendData(chunk, 0, read);
                    buffer.Write(chunk, 0, read);
                }
            }

            // Sized by Content-Length, the buffer is the file: no second copy.
            var bytes = buffer.Length == buffer.Capacity ? buffer.GetBuffer() : buffer.ToArray();
            return (new FileDownload(bytes, FileNameOf(headers.ContentDisposition), headers.ContentType?.MediaType, Convert.ToHexStringLower(hash.GetHashAndReset()), null), null);
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            throw new TimeoutException($"Salesmate call took longer than {_options.CallTimeout}");
        }
    }

    private static string TooLarge(string size, long max) =>
        $"the file is {size} bytes, over the maximum upload size of {max.ToString(System.Globalization.CultureInfo.InvariantCulture)} bytes";

    private static string? FileNameOf(ContentDispositionHeaderValue? disposition) =>
        (disposition?.FileNameStar ?? disposition?.FileName)?.Trim('"') is { Length: > 0 } name ? name : null;
}
