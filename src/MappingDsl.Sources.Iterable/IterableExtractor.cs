using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using MappingDsl.Sources.Events;

namespace MappingDsl.Sources.Iterable;

/// <summary>
/// Reads an Iterable project through its API (source-apis.md §2). Profiles and events come from
/// <c>export/data.json</c> as JSON Lines, one date window at a time, streamed line by line so no window is held in
/// memory; a broken-off stream is asked for again from where it broke, and with a spool folder a crashed run replays
/// its finished windows from disk. Everything else comes from the small list endpoints. Rows that are not whole JSON
/// objects, a stream cut off mid-record and events of an unknown shape come back with a problem (quarantined); the
/// read goes on.
/// </summary>
public sealed class IterableExtractor : ISourceReader, IAsyncDisposable, IDisposable
{
    private readonly IterableTransport _transport;
    private readonly IterableOptions _options;
    private readonly WindowSpool? _spool;
    private readonly SemaphoreSlim _profilesGate = new(1, 1);
    private ProfileSet? _profiles;

    /// <summary>Creates an extractor.</summary>
    /// <param name="options">Project, key, windows and limits.</param>
    /// <param name="http">An HTTP client to use; the extractor makes and owns one when omitted.</param>
    public IterableExtractor(IterableOptions options, HttpClient? http = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options;
        _transport = new IterableTransport(options, http);
        _spool = options.SpoolFolder is { } folder ? new WindowSpool(folder) : null;
    }

    /// <summary>API calls made so far, retries included.</summary>
    public long Calls => _transport.Calls;

    /// <summary>429 answers met so far (each was retried after a back-off).</summary>
    public long Throttled => _transport.Throttled;

    /// <summary>Export windows asked for again because their stream broke off.</summary>
    public long WindowRetries { get; private set; }

    /// <summary>Export windows replayed from the spool instead of the API.</summary>
    public long WindowsFromSpool { get; private set; }

    /// <inheritdoc />
    public IAsyncEnumerable<SourceRecord> ReadAsync(string module, DateTimeOffset? modifiedSince, CancellationToken ct) => module switch
    {
        IterableModules.User => UsersAsync(modifiedSince, ct),
        IterableModules.Company => CompaniesAsync(modifiedSince, ct),
        IterableModules.List => ArrayAsync(module, "lists", "lists", "id", ct),
        IterableModules.ListMember => ListMembersAsync(ct),
        IterableModules.CustomEvent or IterableModules.Purchase or IterableModules.Subscription => EventsAsync(module, modifiedSince, ct),
        IterableModules.PurchaseItem => PurchaseItemsAsync(modifiedSince, ct),
        IterableModules.Campaign => CampaignsAsync(ct),
        IterableModules.CatalogItem => CatalogItemsAsync(ct),
        IterableModules.Catalog => PagedAsync(module, "catalogs", "catalogNames", "name", ct),
        IterableModules.Template => PagedAsync(module, "templates", "templates", "templateId", ct),
        IterableModules.Journey => PagedAsync(module, "journeys", "journeys", "id", ct),
        IterableModules.Channel => ArrayAsync(module, "channels", "channels", "id", ct),
        IterableModules.MessageType => ArrayAsync(module, "messageTypes", "messageTypes", "id", ct),
        IterableModules.UserField => UserFieldsAsync(ct),
        _ => throw new ArgumentException($"Iterable has no module '{module}'; known: {string.Join(", ", IterableModules.All)}", nameof(module)),
    };

    /// <summary>Raw export rows of one data type over <c>[from, to)</c>, classified but not deduplicated (discovery, tests).</summary>
    /// <param name="module">The module the rows are for (decides how they are keyed and checked).</param>
    /// <param name="dataType">The export <c>dataTypeName</c>.</param>
    /// <param name="from">Inclusive start.</param>
    /// <param name="to">Exclusive end.</param>
    /// <param name="ct">Stops the read.</param>
    public async IAsyncEnumerable<SourceRecord> ExportAsync(string module, string dataType, DateTimeOffset from, DateTimeOffset to, [EnumeratorCancellation] CancellationToken ct)
    {
        if (_options.ExportFolder is { } folder)
        {
            await foreach (var record in ExportFileAsync(folder, module, dataType, ct).ConfigureAwait(false))
            {
                if (record.Problem is not null || record.ModifiedAt is not { } at || (at >= from && at < to))
                {
                    yield return record;
                }
            }

            yield break;
        }

        foreach (var window in DateWindow.Cover(from, to, _options.WindowSize))
        {
            await foreach (var record in WindowAsync(module, dataType, window, ct).ConfigureAwait(false))
            {
                yield return record;
            }
        }
    }

    /// <inheritdoc />
    public void Dispose() => DisposeAsync().AsTask().GetAwaiter().GetResult();

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        _transport.Dispose();
        if (_profiles is not null)
        {
            await _profiles.DisposeAsync().ConfigureAwait(false);
        }

        _profilesGate.Dispose();
    }

    // The export's endDateTime has whole seconds and is exclusive: "now" cut to its second would leave out what changed
    // earlier in the current second, so the open end is the next whole second.
    private DateTimeOffset ExportTo => _options.ExportTo ?? NextWholeSecond(DateTimeOffset.UtcNow);

    private static DateTimeOffset NextWholeSecond(DateTimeOffset now) =>
        new DateTimeOffset(now.UtcTicks - (now.UtcTicks % TimeSpan.TicksPerSecond), TimeSpan.Zero).AddSeconds(1);

    private async IAsyncEnumerable<SourceRecord> WindowAsync(string module, string dataType, DateWindow window, [EnumeratorCancellation] CancellationToken ct)
    {
        var origin = $"export {dataType} {window}";
        if (_spool?.Finished(dataType, window) is { } finished)
        {
            WindowsFromSpool++;
            await using var file = File.OpenRead(finished);
            await foreach (var line in JsonLinesStream.ReadAsync(file, ct).ConfigureAwait(false))
            {
                yield return IterableRecords.Classify(module, line, origin, dataType);
            }

            yield break;
        }

        var writer = _spool?.Begin(dataType, window);
        await using (writer)
        {
            long delivered = 0;
            for (var attempt = 0; ; attempt++)
            {
                var uri = $"export/data.json?dataTypeName={dataType}&startDateTime={Uri.EscapeDataString(DateWindow.Format(window.Start))}&endDateTime={Uri.EscapeDataString(DateWindow.Format(window.End))}";
                using var response = await _transport.GetAsync(uri, ct).ConfigureAwait(false);
                await using var stream = await response.Content.ReadAsStreamAsync(ct).ConfigureAwait(false);
                long index = 0;
                JsonLine? broken = null;
                await foreach (var line in JsonLinesStream.ReadAsync(stream, ct).ConfigureAwait(false))
                {
                    if (line.Failure is not null || (!line.Terminated && !IsWholeObject(line.Bytes.Span)))
                    {
                        broken = line;
                        break;
                    }

                    if (++index <= delivered)
                    {
                        continue;
                    }

                    delivered++;
                    if (writer is not null)
                    {
                        await writer.WriteAsync(line.Bytes, ct).ConfigureAwait(false);
                    }

                    yield return IterableRecords.Classify(module, line, origin, dataType);
                }

                if (broken is { } cut && attempt < _options.TruncatedWindowRetries)
                {
                    // Airbyte meets servers closing long exports early (source-apis.md §2.4); ask for the window again
                    // and skip the lines already delivered, so nothing is duplicated.
                    WindowRetries++;
                    continue;
                }

                if (broken is { } tail)
                {
                    var record = IterableRecords.Classify(module, tail with { Terminated = false }, origin, dataType);
                    if (record.Problem is null)
                    {
                        record = record with { Problem = $"truncated export stream ({origin}): the stream broke off after this line; {tail.Failure ?? "it ended mid-record"}" };
                    }

                    if (writer is not null && !tail.Bytes.IsEmpty)
                    {
                        await writer.WriteAsync(tail.Bytes, ct).ConfigureAwait(false);
                    }

                    yield return record;
                }

                if (writer is not null)
                {
                    await writer.CompleteAsync(ct).ConfigureAwait(false);
                }

                yield break;
            }
        }
    }

    private static async IAsyncEnumerable<SourceRecord> ExportFileAsync(string folder, string module, string dataType, [EnumeratorCancellation] CancellationToken ct)
    {
        var jsonl = Path.Combine(folder, dataType + ".jsonl");
        if (File.Exists(jsonl))
        {
            await using var file = File.OpenRead(jsonl);
            await foreach (var line in JsonLinesStream.ReadAsync(file, ct).ConfigureAwait(false))
            {
                yield return IterableRecords.Classify(module, line, $"file {dataType}.jsonl", dataType);
            }

            yield break;
        }

        if (!File.Exists(Path.Combine(folder, dataType + ".csv")))
        {
            // An export without a file for a data type had no rows of it (a project that never sent opt-ins).
            yield break;
        }

        // CSV rows become JSON objects through the shared CSV reader, then are keyed and checked like API rows.
        var reader = new Files.FileSourceReader(folder, _ => new RecordFields("\u0001", null));
        await foreach (var row in reader.ReadAsync(dataType, null, ct).ConfigureAwait(false))
        {
            yield return row.Problem is { } problem && !problem.StartsWith("record has no", StringComparison.Ordinal)
                ? row with { Module = module }
                : IterableRecords.Classify(module, new JsonLine(row.Json, true), $"file {dataType}.csv", dataType);
        }
    }

    private static bool IsWholeObject(ReadOnlySpan<byte> json)
    {
        try
        {
            var reader = new Utf8JsonReader(json);
            return reader.Read() && reader.TokenType == JsonTokenType.StartObject && reader.TrySkip() && !reader.Read();
        }
        catch (JsonException)
        {
            return false;
        }
    }

    private async IAsyncEnumerable<SourceRecord> EventsAsync(string module, DateTimeOffset? modifiedSince, [EnumeratorCancellation] CancellationToken ct)
    {
        // Event rows never change, so a delta asks only for windows after the watermark (startDateTime is inclusive).
        var from = modifiedSince ?? _options.ExportFrom;
        foreach (var dataType in IterableModules.DataTypes(module))
        {
            await foreach (var record in ExportAsync(module, dataType, from, ExportTo, ct).ConfigureAwait(false))
            {
                if (ModifiedFilter.Passes(record, modifiedSince))
                {
                    yield return record;
                }
            }
        }
    }

    private async IAsyncEnumerable<SourceRecord> PurchaseItemsAsync(DateTimeOffset? modifiedSince, [EnumeratorCancellation] CancellationToken ct)
    {
        // Cart items name an item id but not its catalog; the product lines need both (source-apis.md §2.5).
        var catalogOf = new Dictionary<string, string>(StringComparer.Ordinal);
        await foreach (var item in CatalogItemsAsync(ct).ConfigureAwait(false))
        {
            if (item.Id is { } key && key.IndexOf('/', StringComparison.Ordinal) is var slash and > 0)
            {
                catalogOf.TryAdd(key[(slash + 1)..], key[..slash]);
            }
        }

        await foreach (var purchase in EventsAsync(IterableModules.PurchaseItem, modifiedSince, ct).ConfigureAwait(false))
        {
            if (purchase.Problem is not null)
            {
                yield return purchase;
                continue;
            }

            foreach (var item in PurchaseItems.Split(purchase, catalogOf))
            {
                yield return item;
            }
        }
    }

    private async IAsyncEnumerable<SourceRecord> UsersAsync(DateTimeOffset? modifiedSince, [EnumeratorCancellation] CancellationToken ct)
    {
        var profiles = await ProfilesAsync(modifiedSince, ct).ConfigureAwait(false);
        await foreach (var record in profiles.Deduplicated.ReadAsync(profiles.Annotate, ct).ConfigureAwait(false))
        {
            // The window applies to the merged profile, not to each version: see ProfilesAsync.
            if (ModifiedFilter.Passes(record, modifiedSince))
            {
                yield return record;
            }
        }

        // The profile set serves one company + user pass; the next pass (a delta) reads the project again.
        await _profilesGate.WaitAsync(ct).ConfigureAwait(false);
        try
        {
            if (ReferenceEquals(_profiles, profiles))
            {
                _profiles = null;
                await profiles.DisposeAsync().ConfigureAwait(false);
            }
        }
        finally
        {
            _profilesGate.Release();
        }
    }

    private async IAsyncEnumerable<SourceRecord> CompaniesAsync(DateTimeOffset? modifiedSince, [EnumeratorCancellation] CancellationToken ct)
    {
        var profiles = await ProfilesAsync(modifiedSince, ct).ConfigureAwait(false);
        foreach (var company in profiles.Companies())
        {
            yield return company;
        }
    }

    private async Task<ProfileSet> ProfilesAsync(DateTimeOffset? modifiedSince, CancellationToken ct)
    {
        await _profilesGate.WaitAsync(ct).ConfigureAwait(false);
        try
        {
            if (_profiles is { } cached && cached.Since == modifiedSince)
            {
                return cached;
            }

            if (_profiles is not null)
            {
                await _profiles.DisposeAsync().ConfigureAwait(false);
            }

            var lists = await ArrayAsync(IterableModules.List, "lists", "lists", "id", ct).ToListAsync(ct).ConfigureAwait(false);
            var channels = await ArrayAsync(IterableModules.Channel, "channels", "channels", "id", ct).ToListAsync(ct).ConfigureAwait(false);
            var set = new ProfileSet(_options, modifiedSince, lists, channels);
            // Every version of every profile, also for a delta: a profile edited since the watermark is merged with its
            // older duplicates again, so the delta rewrites it with the same merge history (ib_mergedprofiles) instead
            // of a window's single version that would erase it.
            await foreach (var record in ExportAsync(IterableModules.User, "user", _options.ExportFrom, ExportTo, ct).ConfigureAwait(false))
            {
                await set.AddAsync(record, ct).ConfigureAwait(false);
            }

            _profiles = set;
            return set;
        }
        finally
        {
            _profilesGate.Release();
        }
    }

    private async IAsyncEnumerable<SourceRecord> ListMembersAsync([EnumeratorCancellation] CancellationToken ct)
    {
        var lists = await ArrayAsync(IterableModules.List, "lists", "lists", "id", ct).ToListAsync(ct).ConfigureAwait(false);
        foreach (var list in lists.Where(l => l.Problem is null))
        {
            // text/plain, one email per line (source-apis.md §2.3); 5 calls a minute.
            var body = await _transport.GetBytesAsync($"lists/getUsers?listId={Uri.EscapeDataString(list.Id!)}", ct).ConfigureAwait(false);
            foreach (var member in Encoding.UTF8.GetString(body).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                var key = IterableRecords.ProfileKey(member.Contains('@', StringComparison.Ordinal) ? member : null, member.Contains('@', StringComparison.Ordinal) ? null : member);
                var json = JsonSerializerWriter.Object(w =>
                {
                    w.WriteString("listId", list.Id);
                    w.WriteString("member", member);
                    w.WriteString("_profileKey", key);
                    w.WriteString("_key", $"{list.Id}:{key}");
                });
                yield return new SourceRecord(IterableModules.ListMember, $"{list.Id}:{key}", null, json, null);
            }
        }
    }

    private async IAsyncEnumerable<SourceRecord> CampaignsAsync([EnumeratorCancellation] CancellationToken ct)
    {
        var campaigns = await PagedAsync(IterableModules.Campaign, "campaigns", "campaigns", "id", ct).ToListAsync(ct).ConfigureAwait(false);
        var metrics = new Dictionary<string, Dictionary<string, string>>(StringComparer.Ordinal);
        foreach (var batch in campaigns.Where(c => c.Problem is null).Select(c => c.Id!).Chunk(20))
        {
            // Airbyte batches 20 ids per metrics call (source-apis.md §2.3); the answer is CSV, one row per campaign.
            var query = string.Join('&', batch.Select(id => "campaignId=" + Uri.EscapeDataString(id)));
            var csv = Encoding.UTF8.GetString(await _transport.GetBytesAsync($"campaigns/metrics?{query}", ct).ConfigureAwait(false));
            foreach (var (id, row) in MetricsCsv.Parse(csv))
            {
                metrics[id] = row;
            }
        }

        foreach (var campaign in campaigns)
        {
            if (campaign.Problem is not null || !metrics.TryGetValue(campaign.Id!, out var row))
            {
                yield return campaign;
                continue;
            }

            var json = JsonObjectAppender.Append(campaign.Json.Span, w =>
            {
                w.WriteStartObject("_metrics");
                foreach (var (name, value) in row)
                {
                    if (double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
                    {
                        w.WriteNumber(name, number);
                    }
                    else
                    {
                        w.WriteString(name, value);
                    }
                }

                w.WriteEndObject();
            });
            yield return campaign with { Json = json };
        }
    }

    private async IAsyncEnumerable<SourceRecord> CatalogItemsAsync([EnumeratorCancellation] CancellationToken ct)
    {
        var catalogs = await PagedAsync("catalog", "catalogs", "catalogNames", "name", ct).ToListAsync(ct).ConfigureAwait(false);
        foreach (var catalog in catalogs.Where(c => c.Problem is null))
        {
            await foreach (var item in PagedAsync(IterableModules.CatalogItem, $"catalogs/{Uri.EscapeDataString(catalog.Id!)}/items", "catalogItemsWithProperties", "itemId", ct).ConfigureAwait(false))
            {
                if (item.Problem is not null)
                {
                    yield return item;
                    continue;
                }

                // Item ids are unique within a catalog only.
                var key = $"{catalog.Id}/{item.Id}";
                yield return item with { Id = key, Json = JsonObjectAppender.Append(item.Json.Span, w => w.WriteString("_key", key)) };
            }
        }
    }

    private async IAsyncEnumerable<SourceRecord> UserFieldsAsync([EnumeratorCancellation] CancellationToken ct)
    {
        var body = await _transport.GetBytesAsync("users/getFields", ct).ConfigureAwait(false);
        using var document = JsonDocument.Parse(body);
        if (!document.RootElement.TryGetProperty("fields", out var fields) || fields.ValueKind != JsonValueKind.Object)
        {
            yield return new SourceRecord(IterableModules.UserField, null, null, body, "users/getFields answered without a 'fields' object");
            yield break;
        }

        foreach (var field in fields.EnumerateObject())
        {
            var json = JsonSerializerWriter.Object(w =>
            {
                w.WriteString("name", field.Name);
                w.WriteString("type", field.Value.ValueKind == JsonValueKind.String ? field.Value.GetString() : field.Value.GetRawText());
            });
            yield return new SourceRecord(IterableModules.UserField, field.Name, null, json, null);
        }
    }

    private async IAsyncEnumerable<SourceRecord> PagedAsync(string module, string path, string property, string idField, [EnumeratorCancellation] CancellationToken ct)
    {
        var size = _options.PageSize;
        for (var page = 1; ; page++)
        {
            var separator = path.Contains('?', StringComparison.Ordinal) ? '&' : '?';
            var body = await _transport.GetBytesAsync($"{path}{separator}page={page}&pageSize={size}", ct).ConfigureAwait(false);
            var count = 0;
            foreach (var record in ArrayRecords.Read(body, property, module, idField))
            {
                count++;
                yield return record;
            }

            if (count < size)
            {
                yield break;
            }
        }
    }

    private async IAsyncEnumerable<SourceRecord> ArrayAsync(string module, string path, string property, string idField, [EnumeratorCancellation] CancellationToken ct)
    {
        var body = await _transport.GetBytesAsync(path, ct).ConfigureAwait(false);
        foreach (var record in ArrayRecords.Read(body, property, module, idField))
        {
            yield return record;
        }
    }
}
