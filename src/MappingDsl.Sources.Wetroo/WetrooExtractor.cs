using System.Globalization;
using System.Runtime.CompilerServices;
using MappingDsl.Sources.Throttling;

namespace MappingDsl.Sources.Wetroo;

/// <summary>
/// Reads a Wetroo account one page at a time with keyset paging: every page is asked for by the highest id already
/// read (<c>after=</c>), in id order, so records created, edited or deleted while the read runs never shift a page and
/// none is skipped or read twice. Rows with broken JSON or a wrong-typed id come back with
/// <see cref="SourceRecord.Problem"/> set; the read goes on.
/// </summary>
public sealed class WetrooExtractor : ISourceReader, IDisposable
{
    private readonly WetrooTransport _transport;
    private readonly WetrooOptions _options;

    /// <summary>Creates an extractor.</summary>
    /// <param name="options">Base URL, key, page size and pacing.</param>
    /// <param name="http">An HTTP client to use; the extractor makes and owns one when omitted.</param>
    public WetrooExtractor(WetrooOptions options, HttpClient? http = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options;
        _transport = new WetrooTransport(options, http);
    }

    /// <summary>API calls made so far, retries included.</summary>
    public long Calls => _transport.Calls;

    /// <summary>The pace learned so far (rate, ceiling, throttles seen).</summary>
    public AdaptiveRateLimiter Pace => _transport.Limiter;

    /// <inheritdoc />
    public IAsyncEnumerable<SourceRecord> ReadAsync(string module, DateTimeOffset? modifiedSince, CancellationToken ct) =>
        ReadModuleAsync(WetrooModules.Get(module), modifiedSince, ct);

    /// <inheritdoc />
    public void Dispose() => _transport.Dispose();

    private async IAsyncEnumerable<SourceRecord> ReadModuleAsync(WetrooModule module, DateTimeOffset? modifiedSince, [EnumeratorCancellation] CancellationToken ct)
    {
        var since = module.Incremental && modifiedSince is { } s
            ? "&updatedSince=" + Uri.EscapeDataString(s.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture))
            : string.Empty;
        long after = 0;
        while (true)
        {
            var uri = $"api/v1/{module.Resource}?limit={_options.PageSize.ToString(CultureInfo.InvariantCulture)}&after={after.ToString(CultureInfo.InvariantCulture)}{since}";
            var body = await _transport.GetAsync(uri, ct).ConfigureAwait(false);
            var page = JsonPageParser.Parse(body);
            if (page.Malformed is not null)
            {
                // Without rows there is no id to continue after: keep the page's bytes and stop loudly.
                yield return new SourceRecord(module.Name, null, null, body, $"page after id {after}: {page.Malformed}");
                throw new WetrooApiException($"Wetroo returned an unreadable page for '{module.Name}' after id {after}; stopping");
            }

            var highest = after;
            foreach (var row in page.Rows)
            {
                var record = SourceRecordFactory.Create(module.Name, row, module.Fields);
                if (record.Id is { } id && long.TryParse(id, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value))
                {
                    highest = Math.Max(highest, value);
                }

                if (ModifiedFilter.Passes(record, modifiedSince))
                {
                    yield return record;
                }
            }

            if (page.Rows.Count < _options.PageSize)
            {
                yield break;
            }

            if (highest == after)
            {
                // A full page without one readable id cannot be continued from; its rows are already quarantined.
                throw new WetrooApiException($"Wetroo page for '{module.Name}' after id {after} holds no readable id; stopping");
            }

            after = highest;
        }
    }
}
