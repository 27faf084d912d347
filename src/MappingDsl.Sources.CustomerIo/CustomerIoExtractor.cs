using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.Json;
using MappingDsl.Sources.Events;

namespace MappingDsl.Sources.CustomerIo;

/// <summary>
/// Reads a Customer.io workspace through the App API (source-apis.md §3). People come from the search endpoint and are
/// hydrated with their attributes in batches of up to 100; objects come per type with their attributes and related
/// people; events and deliveries are read newest-first and by time window; segments, campaigns, broadcasts and
/// transactional messages from their lists. Every record carries a <c>_key</c> and the extractor's annotations
/// (<c>_</c>-prefixed) in its JSON, so the pack reads them like the source's own fields. A malformed answer becomes a
/// record with a problem (quarantined); the read goes on.
/// </summary>
public sealed partial class CustomerIoExtractor : ISourceReader, IDisposable
{
    private readonly CustomerIoTransport _transport;
    private readonly CustomerIoOptions _options;
    private readonly CustomerIoExports _exports;
    private readonly SemaphoreSlim _typesGate = new(1, 1);
    private List<ObjectTypeInfo>? _types;
    private Dictionary<string, string>? _companyOfPerson;

    /// <summary>Creates an extractor.</summary>
    /// <param name="options">Workspace, key, region, windows and limits.</param>
    /// <param name="http">An HTTP client to use; the extractor makes and owns one when omitted.</param>
    public CustomerIoExtractor(CustomerIoOptions options, HttpClient? http = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options;
        _transport = new CustomerIoTransport(options, http);
        _exports = new CustomerIoExports(_transport, options);
    }

    /// <summary>API calls made so far, retries included.</summary>
    public long Calls => _transport.Calls;

    /// <summary>429 answers met so far (each was retried after a wait).</summary>
    public long Throttled => _transport.Throttled;

    /// <inheritdoc />
    public IAsyncEnumerable<SourceRecord> ReadAsync(string module, DateTimeOffset? modifiedSince, CancellationToken ct) => module switch
    {
        CustomerIoModules.ObjectType => ObjectTypesAsync(ct),
        CustomerIoModules.Company => CompaniesAsync(ct),
        CustomerIoModules.Person => PersonSourceAsync(ct),
        CustomerIoModules.Object => CustomObjectsAsync(ct),
        CustomerIoModules.Event => EventsAsync(modifiedSince, ct),
        CustomerIoModules.Delivery => _options.Via == CustomerIoReadPath.Export ? ExportDeliveriesAsync(modifiedSince, ct) : DeliveriesAsync(modifiedSince, ct),
        CustomerIoModules.Segment => SegmentsAsync(ct),
        CustomerIoModules.Campaign => CampaignsAsync(ct),
        CustomerIoModules.Broadcast => BroadcastsAsync(ct),
        CustomerIoModules.Transactional => TransactionalAsync(ct),
        CustomerIoModules.Trait => TraitsAsync(ct),
        _ when module.StartsWith(CustomerIoModules.ObjectsOfType, StringComparison.Ordinal) => CustomObjectsAsync(ct, module[CustomerIoModules.ObjectsOfType.Length..]),
        _ => throw new ArgumentException($"Customer.io has no module '{module}'; known: {string.Join(", ", CustomerIoModules.All)}", nameof(module)),
    };

    /// <inheritdoc />
    public void Dispose()
    {
        _exports.Dispose();
        _transport.Dispose();
        _typesGate.Dispose();
    }

    private static string Text(JsonElement element, string property) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(property, out var value)
            ? value.ValueKind switch
            {
                JsonValueKind.String => value.GetString() ?? "",
                JsonValueKind.Number => value.GetRawText(),
                _ => "",
            }
            : "";

    // Follows `next` until it is empty, null or absent. Activities also end on an empty page (their `next` may stay);
    // for messages an empty page with a `next` is not the end (source-apis.md §3.3).
    private async IAsyncEnumerable<CursorPage> PagesAsync(string path, string property, int limit, bool emptyPageEnds, Func<string, Task<byte[]>>? post, [EnumeratorCancellation] CancellationToken ct)
    {
        string? start = null;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        while (true)
        {
            var separator = path.Contains('?', StringComparison.Ordinal) ? '&' : '?';
            var relative = $"{path}{separator}limit={limit}" + (start is null ? "" : "&start=" + Uri.EscapeDataString(start));
            var body = post is null ? await _transport.GetAsync(relative, ct).ConfigureAwait(false) : await post(relative).ConfigureAwait(false);
            var page = CursorPage.Parse(body, property);
            yield return page;
            if (page.Next is null || (emptyPageEnds && page.Items.Count == 0) || !seen.Add(page.Next))
            {
                yield break;
            }

            start = page.Next;
        }
    }

    private async IAsyncEnumerable<SourceRecord> ObjectTypesAsync([EnumeratorCancellation] CancellationToken ct)
    {
        var body = await _transport.GetAsync("object_types", ct).ConfigureAwait(false);
        foreach (var record in ArrayRecords.Read(body, "types", CustomerIoModules.ObjectType, "id"))
        {
            yield return record.Problem is null ? Keyed(record, record.Id!) : record;
        }
    }

    private async Task<List<ObjectTypeInfo>> TypesAsync(CancellationToken ct)
    {
        await _typesGate.WaitAsync(ct).ConfigureAwait(false);
        try
        {
            if (_types is null)
            {
                var types = new List<ObjectTypeInfo>();
                await foreach (var record in ObjectTypesAsync(ct).ConfigureAwait(false))
                {
                    if (record.Problem is null)
                    {
                        using var document = JsonDocument.Parse(record.Json);
                        types.Add(new ObjectTypeInfo(record.Id!, Text(document.RootElement, "name")));
                    }
                }

                _types = types;
            }

            return _types;
        }
        finally
        {
            _typesGate.Release();
        }
    }

    private async Task<ObjectTypeInfo?> CompanyTypeAsync(CancellationToken ct) =>
        (await TypesAsync(ct).ConfigureAwait(false)).FirstOrDefault(t => string.Equals(t.Name, _options.CompanyObjectType, StringComparison.OrdinalIgnoreCase));

    private async IAsyncEnumerable<SourceRecord> CompaniesAsync([EnumeratorCancellation] CancellationToken ct)
    {
        if (await CompanyTypeAsync(ct).ConfigureAwait(false) is not { } type)
        {
            yield break;
        }

        var companyOf = new Dictionary<string, string>(StringComparer.Ordinal);
        await foreach (var record in ObjectsOfTypeAsync(CustomerIoModules.Company, type, ct).ConfigureAwait(false))
        {
            if (record.Problem is null)
            {
                // A person related to several companies keeps the first: Dataverse contacts have one parent account.
                using var document = JsonDocument.Parse(record.Json);
                foreach (var person in document.RootElement.GetProperty("_people").EnumerateArray())
                {
                    companyOf.TryAdd(person.GetString()!, Text(document.RootElement, "object_id"));
                }
            }

            yield return record;
        }

        _companyOfPerson = companyOf;
    }

    private async IAsyncEnumerable<SourceRecord> CustomObjectsAsync([EnumeratorCancellation] CancellationToken ct, string? typeName = null)
    {
        var company = await CompanyTypeAsync(ct).ConfigureAwait(false);
        foreach (var type in await TypesAsync(ct).ConfigureAwait(false))
        {
            if (type == company || (typeName is not null && !string.Equals(type.Name, typeName, StringComparison.OrdinalIgnoreCase)))
            {
                continue;
            }

            var module = typeName is null ? CustomerIoModules.Object : CustomerIoModules.ObjectsOfType + typeName;
            await foreach (var record in ObjectsOfTypeAsync(module, type, ct).ConfigureAwait(false))
            {
                yield return record;
            }
        }
    }

    // POST /v1/objects lists a type's ids ("may return duplicates across pages": deduplicated here); each object's
    // attributes and related people follow, one call each.
    private async IAsyncEnumerable<SourceRecord> ObjectsOfTypeAsync(string module, ObjectTypeInfo type, [EnumeratorCancellation] CancellationToken ct)
    {
        var filter = JsonSerializerWriter.Object(w =>
        {
            w.WriteString("object_type_id", type.Id);
            w.WriteStartObject("filter");
            w.WriteStartArray("and");
            w.WriteStartObject();
            w.WriteStartObject("object_attribute");
            w.WriteString("field", "object_id");
            w.WriteString("operator", "exists");
            w.WriteString("type_id", type.Id);
            w.WriteEndObject();
            w.WriteEndObject();
            w.WriteEndArray();
            w.WriteEndObject();
        });
        var seen = new HashSet<string>(StringComparer.Ordinal);
        await foreach (var page in PagesAsync("objects", "identifiers", _options.ObjectPageSize, false, relative => _transport.PostAsync(relative, filter, ct), ct).ConfigureAwait(false))
        {
            if (page.Problem is { } problem)
            {
                yield return new SourceRecord(module, null, null, "{}"u8.ToArray(), $"object list of type {type.Name}: {problem}");
                continue;
            }

            foreach (var item in page.Items)
            {
                using var identifiers = JsonDocument.Parse(item);
                var objectId = Text(identifiers.RootElement, "object_id");
                if (objectId.Length == 0 || !seen.Add(objectId))
                {
                    continue;
                }

                yield return await ObjectAsync(module, type, objectId, ct).ConfigureAwait(false);
            }
        }
    }

    private async Task<SourceRecord> ObjectAsync(string module, ObjectTypeInfo type, string objectId, CancellationToken ct)
    {
        var escaped = Uri.EscapeDataString(type.Id) + "/" + Uri.EscapeDataString(objectId);
        var body = await _transport.GetAsync($"objects/{escaped}/attributes?id_type=object_id", ct).ConfigureAwait(false);
        var people = new List<string>();
        await foreach (var page in PagesAsync($"objects/{escaped}/relationships", "cio_relationships", 1000, false, null, ct).ConfigureAwait(false))
        {
            foreach (var relation in page.Items)
            {
                using var document = JsonDocument.Parse(relation);
                if (document.RootElement.TryGetProperty("identifiers", out var ids) && Text(ids, "cio_id") is { Length: > 0 } cio)
                {
                    people.Add(cio);
                }
            }
        }

        // Per-type modules (and companies) key by object id, unique within a type; the all-types module by type and id.
        var key = module == CustomerIoModules.Object ? type.Id + ":" + objectId : objectId;
        try
        {
            using var document = JsonDocument.Parse(body);
            if (!document.RootElement.TryGetProperty("object", out var found) || found.ValueKind != JsonValueKind.Object)
            {
                return new SourceRecord(module, key, null, body, "the object's attributes answer has no 'object'");
            }

            var json = JsonObjectAppender.Append(JsonSerializer.SerializeToUtf8Bytes(found), w =>
            {
                w.WriteString("_key", key);
                w.WriteString("_typeId", type.Id);
                w.WriteString("_typeName", type.Name);
                w.WriteStartArray("_people");
                foreach (var person in people)
                {
                    w.WriteStringValue(person);
                }

                w.WriteEndArray();
            });
            return new SourceRecord(module, key, null, json, null);
        }
        catch (JsonException ex)
        {
            return new SourceRecord(module, key, null, body, $"malformed JSON answer: {ex.Message}");
        }
    }

    // Search finds every person (the match-all filter Airbyte uses); attributes come in batches of up to 100 ids.
    private async IAsyncEnumerable<SourceRecord> PeopleAsync([EnumeratorCancellation] CancellationToken ct)
    {
        await EnsureCompaniesAsync(ct).ConfigureAwait(false);
        var filter = """{"filter":{"and":[{"attribute":{"field":"cio_id","operator":"exists"}}]}}"""u8.ToArray();
        var batch = new List<string>(_options.HydrateBatch);
        await foreach (var page in PagesAsync("customers", "identifiers", _options.PeoplePageSize, false, relative => _transport.PostAsync(relative, filter, ct), ct).ConfigureAwait(false))
        {
            if (page.Problem is { } problem)
            {
                yield return new SourceRecord(CustomerIoModules.Person, null, null, "{}"u8.ToArray(), $"people search: {problem}");
                continue;
            }

            foreach (var item in page.Items)
            {
                using var identifiers = JsonDocument.Parse(item);
                if (Text(identifiers.RootElement, "cio_id") is { Length: > 0 } cio)
                {
                    batch.Add(cio);
                }

                if (batch.Count == _options.HydrateBatch)
                {
                    foreach (var person in await HydrateAsync(batch, ct).ConfigureAwait(false))
                    {
                        yield return person;
                    }

                    batch.Clear();
                }
            }
        }

        if (batch.Count > 0)
        {
            foreach (var person in await HydrateAsync(batch, ct).ConfigureAwait(false))
            {
                yield return person;
            }
        }
    }

    private async Task<List<SourceRecord>> HydrateAsync(List<string> ids, CancellationToken ct)
    {
        var request = JsonSerializerWriter.Object(w =>
        {
            w.WriteStartArray("ids");
            foreach (var id in ids)
            {
                w.WriteStringValue(id);
            }

            w.WriteEndArray();
        });
        var body = await _transport.PostAsync("customers/attributes?id_type=cio_id", request, ct).ConfigureAwait(false);
        var records = new List<SourceRecord>();
        try
        {
            using var document = JsonDocument.Parse(body);
            if (!document.RootElement.TryGetProperty("customers", out var customers) || customers.ValueKind != JsonValueKind.Array)
            {
                return [new SourceRecord(CustomerIoModules.Person, null, null, body, "the attributes answer has no 'customers' array")];
            }

            foreach (var entry in customers.EnumerateArray())
            {
                // The spec wraps each person in "customer"; the live API does not (Airbyte): both are read.
                var person = entry.TryGetProperty("customer", out var wrapped) && wrapped.ValueKind == JsonValueKind.Object ? wrapped : entry;
                records.Add(Person(person, _companyOfPerson));
            }
        }
        catch (JsonException ex)
        {
            records.Add(new SourceRecord(CustomerIoModules.Person, null, null, body, $"malformed JSON answer: {ex.Message}"));
        }

        return records;
    }

    /// <summary>A person as the App API serves it (hydrated) or an export row rebuilt to that shape, keyed and annotated.</summary>
    internal static SourceRecord Person(JsonElement person, IReadOnlyDictionary<string, string>? companyOf)
    {
        var raw = JsonSerializer.SerializeToUtf8Bytes(person);
        var attributes = person.TryGetProperty("attributes", out var a) ? a : default;
        var cio = Text(person.TryGetProperty("identifiers", out var ids) ? ids : attributes, "cio_id");
        if (cio.Length == 0)
        {
            cio = Text(attributes, "cio_id");
        }

        if (cio.Length == 0)
        {
            return new SourceRecord(CustomerIoModules.Person, null, null, raw, "person has no cio_id");
        }

        var email = Text(attributes, "email");
        var json = JsonObjectAppender.Append(raw, w =>
        {
            w.WriteString("_key", cio);
            w.WriteNumber("_traitCount", PersonTraits.Count(attributes));
            w.WriteBoolean("_validEmail", PersonTraits.IsValidEmail(email));
            if (companyOf?.TryGetValue(cio, out var company) == true)
            {
                w.WriteString("_companyId", company);
            }
        });
        return new SourceRecord(CustomerIoModules.Person, cio, null, json, null);
    }

    // There is no attribute-schema endpoint (source-apis.md §3.7): the traits are the union of the people's attribute
    // keys, each with the JSON kinds it holds and how often it is missing or null (the 80 % flag).
    private async IAsyncEnumerable<SourceRecord> TraitsAsync([EnumeratorCancellation] CancellationToken ct)
    {
        var stats = new SortedDictionary<string, (long Filled, SortedSet<string> Kinds)>(StringComparer.Ordinal);
        long people = 0;
        await foreach (var person in PersonSourceAsync(ct).ConfigureAwait(false))
        {
            if (person.Problem is not null)
            {
                continue;
            }

            people++;
            using var document = JsonDocument.Parse(person.Json);
            if (!document.RootElement.TryGetProperty("attributes", out var attributes) || attributes.ValueKind != JsonValueKind.Object)
            {
                continue;
            }

            foreach (var attribute in attributes.EnumerateObject())
            {
                if (!stats.TryGetValue(attribute.Name, out var entry))
                {
                    stats[attribute.Name] = entry = (0, new SortedSet<string>(StringComparer.Ordinal));
                }

                if (attribute.Value.ValueKind is not JsonValueKind.Null && !(attribute.Value.ValueKind == JsonValueKind.String && attribute.Value.GetString()!.Length == 0))
                {
                    entry.Kinds.Add(attribute.Value.ValueKind.ToString().ToLowerInvariant());
                    stats[attribute.Name] = (entry.Filled + 1, entry.Kinds);
                }
            }
        }

        foreach (var (name, (filled, kinds)) in stats)
        {
            var json = JsonSerializerWriter.Object(w =>
            {
                w.WriteString("_key", name);
                w.WriteString("name", name);
                w.WriteBoolean("reserved", PersonTraits.Reserved.Contains(name));
                w.WriteString("kinds", string.Join("|", kinds));
                w.WriteNumber("people", people);
                w.WriteNumber("filled", filled);
                w.WriteNumber("null_rate", people == 0 ? 0 : Math.Round(1 - ((double)filled / people), 4));
            });
            yield return new SourceRecord(CustomerIoModules.Trait, name, null, json, null);
        }
    }

    // Activities are a newest-first log; a delta stops at the first page older than the watermark.
    private async IAsyncEnumerable<SourceRecord> EventsAsync(DateTimeOffset? modifiedSince, [EnumeratorCancellation] CancellationToken ct)
    {
        await foreach (var page in PagesAsync("activities?type=event", "activities", _options.ActivityPageSize, true, null, ct).ConfigureAwait(false))
        {
            if (page.Problem is { } problem)
            {
                yield return new SourceRecord(CustomerIoModules.Event, null, null, "{}"u8.ToArray(), $"activities: {problem}");
                continue;
            }

            var older = false;
            foreach (var item in page.Items)
            {
                var record = Activity(item);
                older |= modifiedSince is { } since && record.ModifiedAt is { } at && at <= since;
                if (ModifiedFilter.Passes(record, modifiedSince))
                {
                    yield return record;
                }
            }

            if (older)
            {
                yield break;
            }
        }
    }

    private static SourceRecord Activity(byte[] item)
    {
        using var document = JsonDocument.Parse(item);
        var root = document.RootElement;
        var id = Text(root, "id");
        var at = root.TryGetProperty("timestamp", out var ts) && ts.TryGetInt64(out var seconds) ? DateTimeOffset.FromUnixTimeSeconds(seconds) : (DateTimeOffset?)null;
        var person = root.TryGetProperty("customer_identifiers", out var ids) ? Text(ids, "cio_id") : "";
        string? problem = id.Length == 0 ? "event has no id"
            : at is null ? "event has no Unix timestamp"
            : Text(root, "name").Length == 0 ? "event has no name"
            : null;
        if (problem is not null)
        {
            return new SourceRecord(CustomerIoModules.Event, id.Length == 0 ? null : id, at, item, problem);
        }

        var json = JsonObjectAppender.Append(item, w =>
        {
            w.WriteString("_key", id);
            if (person.Length > 0)
            {
                w.WriteString("_person", person);
            }
        });
        return new SourceRecord(CustomerIoModules.Event, id, at, json, null);
    }

    // Deliveries are read by creation window; start_ts and end_ts are both inclusive, so windows do not overlap by a second.
    private async IAsyncEnumerable<SourceRecord> DeliveriesAsync(DateTimeOffset? modifiedSince, [EnumeratorCancellation] CancellationToken ct)
    {
        var (from, to) = DeliveryRange(modifiedSince);
        foreach (var window in DateWindow.Cover(from, to, _options.WindowSize))
        {
            var path = string.Create(CultureInfo.InvariantCulture, $"messages?start_ts={window.Start.ToUnixTimeSeconds()}&end_ts={window.End.ToUnixTimeSeconds() - 1}");
            await foreach (var page in PagesAsync(path, "messages", _options.MessagePageSize, false, null, ct).ConfigureAwait(false))
            {
                if (page.Problem is { } problem)
                {
                    yield return new SourceRecord(CustomerIoModules.Delivery, null, null, "{}"u8.ToArray(), $"messages {window}: {problem}");
                    continue;
                }

                foreach (var item in page.Items)
                {
                    yield return Delivery(item);
                }
            }
        }
    }

    /// <summary>The statuses a delivery's metrics can reach, furthest last: a later one wins a tie.</summary>
    internal static readonly string[] StatusOrder =
        ["drafted", "attempted", "sent", "delivered", "opened", "clicked", "converted", "unsubscribed", "suppressed", "dropped", "deferred", "bounced", "spammed", "failed", "undeliverable"];

    /// <summary>A delivery (a message) keyed and given its <c>_status</c>, from the API or from an export row.</summary>
    internal static SourceRecord Delivery(byte[] item)
    {
        using var document = JsonDocument.Parse(item);
        var root = document.RootElement;
        var id = Text(root, "id");
        if (id.Length == 0)
        {
            return new SourceRecord(CustomerIoModules.Delivery, null, null, item, "delivery has no id");
        }

        // The delivery's state is its latest metric (metrics map each reached state to a Unix time).
        string? status = null;
        long latest = long.MinValue;
        if (root.TryGetProperty("metrics", out var metrics) && metrics.ValueKind == JsonValueKind.Object)
        {
            foreach (var metric in metrics.EnumerateObject())
            {
                if (metric.Value.ValueKind == JsonValueKind.Number && metric.Value.TryGetInt64(out var at) && (at > latest || (at == latest && Array.IndexOf(StatusOrder, metric.Name) > Array.IndexOf(StatusOrder, status))))
                {
                    latest = at;
                    status = metric.Name;
                }
            }
        }

        var person = root.TryGetProperty("customer_identifiers", out var ids) ? Text(ids, "cio_id") : "";
        var created = root.TryGetProperty("created", out var c) && c.ValueKind == JsonValueKind.Number && c.TryGetInt64(out var seconds) ? DateTimeOffset.FromUnixTimeSeconds(seconds) : (DateTimeOffset?)null;
        var json = JsonObjectAppender.Append(item, w =>
        {
            w.WriteString("_key", id);
            w.WriteString("_status", status ?? "drafted");
            if (person.Length > 0)
            {
                w.WriteString("_person", person);
            }
        });
        return new SourceRecord(CustomerIoModules.Delivery, id, created, json, null);
    }

    private async IAsyncEnumerable<SourceRecord> SegmentsAsync([EnumeratorCancellation] CancellationToken ct)
    {
        var body = await _transport.GetAsync("segments", ct).ConfigureAwait(false);
        var conditions = SegmentConditions(body);
        foreach (var segment in ArrayRecords.Read(body, "segments", CustomerIoModules.Segment, "id"))
        {
            if (segment.Problem is not null)
            {
                yield return segment;
                continue;
            }

            var members = new List<string>();
            await foreach (var page in PagesAsync($"segments/{Uri.EscapeDataString(segment.Id!)}/membership", "identifiers", _options.MembershipPageSize, false, null, ct).ConfigureAwait(false))
            {
                foreach (var item in page.Items)
                {
                    using var document = JsonDocument.Parse(item);
                    if (Text(document.RootElement, "cio_id") is { Length: > 0 } cio)
                    {
                        members.Add(cio);
                    }
                }
            }

            yield return Keyed(segment, segment.Id!, w =>
            {
                w.WriteNumber("_memberCount", members.Count);
                w.WriteStartArray("_members");
                foreach (var member in members)
                {
                    w.WriteStringValue(member);
                }

                w.WriteEndArray();
                WriteReferencedConditions(w, segment.Id!, conditions);
            });
        }
    }

    // Each segment's conditions by id, as served, so a segment record can carry the rules of the segments it names.
    private static Dictionary<string, JsonElement> SegmentConditions(byte[] body)
    {
        var conditions = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        try
        {
            using var document = JsonDocument.Parse(body);
            if (document.RootElement.ValueKind != JsonValueKind.Object || !document.RootElement.TryGetProperty("segments", out var segments) || segments.ValueKind != JsonValueKind.Array)
            {
                return conditions;
            }

            foreach (var segment in segments.EnumerateArray())
            {
                if (segment.ValueKind == JsonValueKind.Object && segment.TryGetProperty("id", out var id) && segment.TryGetProperty("conditions", out var rules) && rules.ValueKind == JsonValueKind.Object)
                {
                    conditions[id.ValueKind == JsonValueKind.String ? id.GetString()! : id.GetRawText()] = rules.Clone();
                }
            }
        }
        catch (JsonException)
        {
            // The records themselves report the malformed body (ArrayRecords); there are no conditions to lend.
        }

        return conditions;
    }

    /// <summary>
    /// <c>_referencedConditions</c>: the conditions of every segment this one's rules name (<c>{"segment":{"id":1}}</c>),
    /// and of the segments those name, by id, so the record is a complete rule document on its own. Source data only:
    /// what the pack makes of the rules is its own business.
    /// </summary>
    private static void WriteReferencedConditions(Utf8JsonWriter w, string id, Dictionary<string, JsonElement> conditions)
    {
        if (!conditions.TryGetValue(id, out var own))
        {
            return;
        }

        var named = new SortedDictionary<string, JsonElement>(StringComparer.Ordinal);
        var pending = new Stack<JsonElement>([own]);
        while (pending.TryPop(out var node))
        {
            foreach (var referenced in ReferencedSegments(node))
            {
                if (referenced != id && conditions.TryGetValue(referenced, out var rules) && named.TryAdd(referenced, rules))
                {
                    pending.Push(rules);
                }
            }
        }

        if (named.Count == 0)
        {
            return;
        }

        w.WriteStartObject("_referencedConditions");
        foreach (var (key, rules) in named)
        {
            w.WritePropertyName(key);
            rules.WriteTo(w);
        }

        w.WriteEndObject();
    }

    private static IEnumerable<string> ReferencedSegments(JsonElement node)
    {
        switch (node.ValueKind)
        {
            case JsonValueKind.Object:
                if (node.TryGetProperty("segment", out var segment) && segment.ValueKind == JsonValueKind.Object && segment.TryGetProperty("id", out var id))
                {
                    yield return id.ValueKind == JsonValueKind.String ? id.GetString()! : id.GetRawText();
                }

                foreach (var property in node.EnumerateObject())
                {
                    foreach (var inner in ReferencedSegments(property.Value))
                    {
                        yield return inner;
                    }
                }

                break;
            case JsonValueKind.Array:
                foreach (var item in node.EnumerateArray())
                {
                    foreach (var inner in ReferencedSegments(item))
                    {
                        yield return inner;
                    }
                }

                break;
        }
    }

    private async IAsyncEnumerable<SourceRecord> CampaignsAsync([EnumeratorCancellation] CancellationToken ct)
    {
        var body = await _transport.GetAsync("campaigns", ct).ConfigureAwait(false);
        foreach (var campaign in ArrayRecords.Read(body, "campaigns", CustomerIoModules.Campaign, "id"))
        {
            if (campaign.Problem is not null)
            {
                yield return campaign;
                continue;
            }

            var actions = await ListAsync($"campaigns/{Uri.EscapeDataString(campaign.Id!)}/actions", "actions", ct).ConfigureAwait(false);
            yield return Keyed(campaign, campaign.Id!, w => WriteArray(w, "_actions", actions));
        }
    }

    private async IAsyncEnumerable<SourceRecord> BroadcastsAsync([EnumeratorCancellation] CancellationToken ct)
    {
        await foreach (var page in PagesAsync("newsletters?sort=asc", "newsletters", 100, false, null, ct).ConfigureAwait(false))
        {
            foreach (var item in page.Items)
            {
                var record = SourceRecordFactory.Create(CustomerIoModules.Broadcast, item, new RecordFields("id", null));
                yield return record.Problem is null ? Keyed(record, "newsletter:" + record.Id, w => w.WriteString("_kind", "newsletter")) : record;
            }
        }

        var body = await _transport.GetAsync("broadcasts", ct).ConfigureAwait(false);
        foreach (var record in ArrayRecords.Read(body, "broadcasts", CustomerIoModules.Broadcast, "id"))
        {
            yield return record.Problem is null ? Keyed(record, "broadcast:" + record.Id, w => w.WriteString("_kind", "api_triggered")) : record;
        }
    }

    private async IAsyncEnumerable<SourceRecord> TransactionalAsync([EnumeratorCancellation] CancellationToken ct)
    {
        var body = await _transport.GetAsync("transactional", ct).ConfigureAwait(false);
        foreach (var message in ArrayRecords.Read(body, "messages", CustomerIoModules.Transactional, "id"))
        {
            if (message.Problem is not null)
            {
                yield return message;
                continue;
            }

            // The contents route's answer shape is UNCONFIRMED; the emulator's is documented in docs/sources/customerio.md.
            var contents = await ListAsync($"transactional/{Uri.EscapeDataString(message.Id!)}/contents", "contents", ct).ConfigureAwait(false);
            yield return Keyed(message, message.Id!, w => WriteArray(w, "_contents", contents));
        }
    }

    private async Task<List<byte[]>> ListAsync(string path, string property, CancellationToken ct)
    {
        var items = new List<byte[]>();
        await foreach (var page in PagesAsync(path, property, 100, false, null, ct).ConfigureAwait(false))
        {
            items.AddRange(page.Items);
        }

        return items;
    }

    private static void WriteArray(Utf8JsonWriter w, string name, List<byte[]> items)
    {
        w.WriteStartArray(name);
        foreach (var item in items)
        {
            w.WriteRawValue(item);
        }

        w.WriteEndArray();
    }

    private static SourceRecord Keyed(SourceRecord record, string key, Action<Utf8JsonWriter>? more = null) =>
        record with
        {
            Id = key,
            Json = JsonObjectAppender.Append(record.Json.Span, w =>
            {
                w.WriteString("_key", key);
                more?.Invoke(w);
            }),
        };

    private sealed record ObjectTypeInfo(string Id, string Name);
}
