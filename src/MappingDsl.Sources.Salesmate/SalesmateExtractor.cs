using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.Json;

namespace MappingDsl.Sources.Salesmate;

/// <summary>
/// Reads a Salesmate account through API v4, one page at a time: each page's bytes are split into row slices
/// and every row is yielded as its own raw UTF-8 JSON, so only one page is ever held. Rows with broken JSON or a
/// wrong-typed id come back with <see cref="SourceRecord.Problem"/> set; the read goes on.
/// </summary>
public sealed class SalesmateExtractor : ISourceReader, ISourceCounter, IDisposable
{
    private const int MaxMalformedPagesInARow = 3;
    private readonly SalesmateTransport _transport;
    private readonly SalesmateOptions _options;
    private IReadOnlyList<SalesmateFieldDefinition>? _fields;

    /// <summary>Creates an extractor.</summary>
    /// <param name="options">Account, credentials and limits (see <see cref="SalesmateOptions.FromEnvironment"/>).</param>
    /// <param name="http">An HTTP client to use; the extractor makes and owns one when omitted.</param>
    public SalesmateExtractor(SalesmateOptions options, HttpClient? http = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options;
        _transport = new SalesmateTransport(options, http);
    }

    /// <summary>API calls made so far, retries included.</summary>
    public long Calls => _transport.Calls;

    /// <inheritdoc />
    public IAsyncEnumerable<SourceRecord> ReadAsync(string module, DateTimeOffset? modifiedSince, CancellationToken ct)
    {
        var descriptor = SalesmateModules.Get(module);
        return descriptor.Kind switch
        {
            SalesmateModuleKind.Search => SearchAsync(descriptor, modifiedSince, ct),
            SalesmateModuleKind.Users => UsersAsync(descriptor, ct),
            SalesmateModuleKind.Tags => PagedGetAsync(descriptor, "apis/v1/tags", ct),
            SalesmateModuleKind.Fields => CustomFieldsAsync(descriptor, ct),
            SalesmateModuleKind.NoteFiles => NoteFilesAsync(descriptor, modifiedSince, ct),
            _ => SingleGetAsync(descriptor, "apis/v3/apps/dealPipeline", ct),
        };
    }

    /// <inheritdoc />
    /// <remarks>
    /// The search API's own <c>totalRows</c> (one call for one row). Deltas and the modules that are not searches
    /// return null: Salesmate filters dates to the minute, so its total for a delta counts records the read rightly
    /// leaves out.
    /// </remarks>
    public async Task<SourceTally?> CountAsync(string module, DateTimeOffset? modifiedSince, CancellationToken ct)
    {
        var descriptor = SalesmateModules.Get(module);
        if (descriptor.Kind != SalesmateModuleKind.Search || modifiedSince is not null)
        {
            return null;
        }

        var fields = await GetFieldsAsync(ct).ConfigureAwait(false);
        var displaying = fields.Where(f => string.Equals(f.MetadataModule, descriptor.ApiModule, StringComparison.OrdinalIgnoreCase))
            .Select(f => f.FieldName)
            .ToList();
        var response = await _transport.SendAsync(HttpMethod.Post, $"apis/{descriptor.ApiModule}/v4/search?rows=1&from=0", SearchBodyWriter.Write(descriptor, displaying, null), ct)
            .ConfigureAwait(false);
        return response.Page.TotalRows is { } total ? new SourceTally(total, "Salesmate totalRows") : null;
    }

    /// <summary>The account's visible fields (standard and custom) with picklist options; fetched once.</summary>
    /// <param name="ct">Stops the call.</param>
    public async Task<IReadOnlyList<SalesmateFieldDefinition>> GetFieldsAsync(CancellationToken ct)
    {
        if (_fields is null)
        {
            var response = await _transport.SendAsync(HttpMethod.Get, "apis/v3/fields/getAllVisibleFields", null, ct).ConfigureAwait(false);
            _fields = SalesmateFieldMetadataParser.Parse(response.Body);
        }

        return _fields;
    }

    /// <inheritdoc />
    public void Dispose() => _transport.Dispose();

    private async IAsyncEnumerable<SourceRecord> SearchAsync(
        SalesmateModule module,
        DateTimeOffset? modifiedSince,
        [EnumeratorCancellation] CancellationToken ct)
    {
        var fields = await GetFieldsAsync(ct).ConfigureAwait(false);
        var displaying = fields.Where(f => string.Equals(f.MetadataModule, module.ApiModule, StringComparison.OrdinalIgnoreCase))
            .Select(f => f.FieldName)
            .ToList();
        var body = SearchBodyWriter.Write(module, displaying, modifiedSince);
        var rows = _options.PageSize;
        var malformedInARow = 0;
        for (long from = 0; ; from += rows)
        {
            var uri = $"apis/{module.ApiModule}/v4/search?rows={rows}&from={from.ToString(CultureInfo.InvariantCulture)}";
            var response = await _transport.SendAsync(HttpMethod.Post, uri, body, ct).ConfigureAwait(false);
            var page = response.Page;
            if (page.Malformed is not null)
            {
                // A page that cannot be split is kept whole as one quarantined record; the next page is still read.
                yield return new SourceRecord(module.Name, null, null, response.Body, $"page from={from}: {page.Malformed}");
                ThrowIfHopeless(ref malformedInARow, module.Name);
                continue;
            }

            malformedInARow = 0;

            foreach (var row in page.Rows)
            {
                var record = SourceRecordFactory.Create(module.Name, row, module.Fields);
                if (ModifiedFilter.Passes(record, modifiedSince))
                {
                    yield return record;
                }
            }

            if (page.Rows.Count < rows || (page.TotalRows is { } total && from + rows >= total))
            {
                yield break;
            }
        }
    }

    /// <summary>
    /// Reads the notes (modified since, for a delta) and downloads each image they embed, one at a time: at most one
    /// file's bytes are held while its record is yielded. A malformed note has no images here; the note pair
    /// quarantines it.
    /// </summary>
    private async IAsyncEnumerable<SourceRecord> NoteFilesAsync(SalesmateModule module, DateTimeOffset? modifiedSince, [EnumeratorCancellation] CancellationToken ct)
    {
        var account = _options.EffectiveBaseUri;
        await foreach (var note in SearchAsync(SalesmateModules.Get("note"), modifiedSince, ct).ConfigureAwait(false))
        {
            if (!note.IsUsable || note.Id is not { } noteId)
            {
                continue;
            }

            using var document = JsonDocument.Parse(note.Json);
            var root = document.RootElement;
            var html = root.TryGetProperty("note", out var text) && text.ValueKind == JsonValueKind.String ? text.GetString() : null;
            var n = 0;
            foreach (var image in NoteFileRecords.Images(html, account))
            {
                n++;
                var download = await _transport.DownloadAsync(image, ct).ConfigureAwait(false);
                yield return NoteFileRecords.Create(module.Name, root, noteId, n, image, download);
            }
        }
    }

    private async IAsyncEnumerable<SourceRecord> CustomFieldsAsync(SalesmateModule module, [EnumeratorCancellation] CancellationToken ct)
    {
        // Definitions carry no timestamp, so every read is a full one; the metadata call is shared with the searches.
        var fields = await GetFieldsAsync(ct).ConfigureAwait(false);
        foreach (var record in CustomFieldRecords.Create(module, fields))
        {
            yield return record;
        }
    }

    private async IAsyncEnumerable<SourceRecord> UsersAsync(SalesmateModule module, [EnumeratorCancellation] CancellationToken ct)
    {
        foreach (var status in (string[])["active", "inactive"])
        {
            await foreach (var record in SingleGetAsync(module, $"apis/core/v4/users?status={status}", ct).ConfigureAwait(false))
            {
                yield return record;
            }
        }
    }

    private async IAsyncEnumerable<SourceRecord> SingleGetAsync(SalesmateModule module, string uri, [EnumeratorCancellation] CancellationToken ct)
    {
        var response = await _transport.SendAsync(HttpMethod.Get, uri, null, ct).ConfigureAwait(false);
        foreach (var record in Records(module, response))
        {
            yield return record;
        }
    }

    private async IAsyncEnumerable<SourceRecord> PagedGetAsync(SalesmateModule module, string path, [EnumeratorCancellation] CancellationToken ct)
    {
        var rows = _options.PageSize;
        var malformedInARow = 0;
        for (long from = 0; ; from += rows)
        {
            var response = await _transport.SendAsync(HttpMethod.Get, $"{path}?rows={rows}&from={from.ToString(CultureInfo.InvariantCulture)}", null, ct)
                .ConfigureAwait(false);
            foreach (var record in Records(module, response))
            {
                yield return record;
            }

            if (response.Page.Malformed is not null)
            {
                ThrowIfHopeless(ref malformedInARow, module.Name);
            }
            else if (response.Page.Rows.Count < rows)
            {
                yield break;
            }
            else
            {
                malformedInARow = 0;
            }
        }
    }

    private static void ThrowIfHopeless(ref int malformedInARow, string module)
    {
        // Without a readable page the end of the list cannot be seen; a run of them means the answers are not pages.
        if (++malformedInARow >= MaxMalformedPagesInARow)
        {
            throw new SalesmateApiException($"Salesmate returned {malformedInARow} unreadable pages in a row for '{module}'; stopping");
        }
    }

    private static IEnumerable<SourceRecord> Records(SalesmateModule module, SalesmateResponse response)
    {
        if (response.Page.Malformed is not null)
        {
            return [new SourceRecord(module.Name, null, null, response.Body, response.Page.Malformed)];
        }

        return response.Page.Rows.Select(row => SourceRecordFactory.Create(module.Name, row, module.Fields));
    }
}
