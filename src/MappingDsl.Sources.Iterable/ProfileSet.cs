using System.Text.Json;
using MappingDsl.Sources.Events;

namespace MappingDsl.Sources.Iterable;

/// <summary>
/// One pass over the project's profiles: deduplicated by profile key (lower-case email, else userId), newest
/// <c>profileUpdatedAt</c> kept (the scope's dedupe rule), plus what companies are implied by organisation lists and
/// corporate email domains. Each surviving profile is annotated with <c>_profileKey</c>, <c>_companyKey</c> and
/// <c>_optOut</c> (per channel medium, from <c>unsubscribedChannelIds</c> and the channel list).
/// </summary>
internal sealed class ProfileSet : IAsyncDisposable
{
    private readonly IterableOptions _options;
    private readonly Dictionary<string, string> _companyLists = new(StringComparer.Ordinal);
    private readonly Dictionary<long, string> _channelMedium = [];
    private readonly SortedSet<string> _domains = new(StringComparer.Ordinal);
    private readonly SortedSet<string> _usedLists = new(StringComparer.Ordinal);

    public ProfileSet(IterableOptions options, DateTimeOffset? since, IEnumerable<SourceRecord> lists, IEnumerable<SourceRecord> channels)
    {
        _options = options;
        Since = since;
        foreach (var list in lists.Where(l => l.Problem is null))
        {
            using var document = JsonDocument.Parse(list.Json);
            if (document.RootElement.TryGetProperty("name", out var name) && name.GetString() is { } text
                && text.StartsWith(options.CompanyListPrefix, StringComparison.Ordinal))
            {
                _companyLists[list.Id!] = text[options.CompanyListPrefix.Length..].Trim();
            }
        }

        foreach (var channel in channels.Where(c => c.Problem is null))
        {
            using var document = JsonDocument.Parse(channel.Json);
            if (long.TryParse(channel.Id, out var id) && document.RootElement.TryGetProperty("messageMedium", out var medium))
            {
                _channelMedium[id] = medium.GetString() ?? "";
            }
        }
    }

    public DateTimeOffset? Since { get; }

    public NewestByKey Deduplicated { get; } = new();

    public async ValueTask AddAsync(SourceRecord record, CancellationToken ct)
    {
        if (record.Problem is null)
        {
            var (listKey, domain) = CompanyOf(record.Json.Span);
            if (listKey is not null)
            {
                _usedLists.Add(listKey);
            }
            else if (domain is not null)
            {
                _domains.Add(domain);
            }
        }

        await Deduplicated.AddAsync(record, record.Id, record.ModifiedAt, ct).ConfigureAwait(false);
    }

    /// <summary>Accounts: one per organisation list, then one per corporate domain of a profile in no such list.</summary>
    public IEnumerable<SourceRecord> Companies()
    {
        foreach (var (id, name) in _companyLists.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            yield return Company("list:" + id, name, "list", id);
        }

        foreach (var domain in _domains)
        {
            yield return Company("domain:" + domain, domain, "emailDomain", domain);
        }
    }

    public void Annotate(Utf8JsonWriter w, string key, byte[] json)
    {
        w.WriteString("_profileKey", key);
        var (listKey, domain) = CompanyOf(json);
        var company = listKey is not null ? "list:" + listKey : domain is not null ? "domain:" + domain : null;
        if (company is null)
        {
            w.WriteNull("_companyKey");
        }
        else
        {
            w.WriteString("_companyKey", company);
        }

        var media = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        using (var document = JsonDocument.Parse(json))
        {
            if (document.RootElement.TryGetProperty("unsubscribedChannelIds", out var ids) && ids.ValueKind == JsonValueKind.Array)
            {
                foreach (var id in ids.EnumerateArray())
                {
                    if (id.TryGetInt64(out var channel) && _channelMedium.TryGetValue(channel, out var medium))
                    {
                        media.Add(medium);
                    }
                }
            }
        }

        w.WriteStartObject("_optOut");
        w.WriteBoolean("email", media.Contains("Email"));
        w.WriteBoolean("sms", media.Contains("SMS"));
        w.WriteBoolean("push", media.Contains("Push"));
        w.WriteBoolean("inApp", media.Contains("InApp"));
        w.WriteEndObject();
    }

    public async ValueTask DisposeAsync() => await Deduplicated.DisposeAsync().ConfigureAwait(false);

    private static SourceRecord Company(string key, string name, string basis, string from)
    {
        var json = JsonSerializerWriter.Object(w =>
        {
            w.WriteString("key", key);
            w.WriteString("name", name);
            w.WriteString("basis", basis);
            w.WriteString("from", from);
        });
        return new SourceRecord(IterableModules.Company, key, null, json, null);
    }

    private (string? ListKey, string? Domain) CompanyOf(ReadOnlySpan<byte> json)
    {
        string? email = null;
        string? list = null;
        var reader = new Utf8JsonReader(json);
        reader.Read();
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var name = reader.GetString();
            reader.Read();
            if (name == "email" && reader.TokenType == JsonTokenType.String)
            {
                email = reader.GetString();
            }
            else if (name == "emailListIds" && reader.TokenType == JsonTokenType.StartArray)
            {
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    var id = reader.TokenType == JsonTokenType.Number ? reader.GetInt64().ToString(System.Globalization.CultureInfo.InvariantCulture) : reader.GetString();
                    if (list is null && id is not null && _companyLists.ContainsKey(id))
                    {
                        list = id;
                    }
                }

                continue;
            }

            reader.Skip();
        }

        if (list is not null)
        {
            return (list, null);
        }

        var at = email?.LastIndexOf('@') ?? -1;
        var domain = at > 0 ? email![(at + 1)..].Trim().ToLowerInvariant() : null;
        return (null, domain is { Length: > 0 } && !_options.FreeMailDomains.Contains(domain) ? domain : null);
    }
}
