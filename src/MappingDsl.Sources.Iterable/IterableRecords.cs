using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using MappingDsl.Sources.Events;

namespace MappingDsl.Sources.Iterable;

/// <summary>
/// Classifies one Iterable export row in a single pass over its top-level keys: whether it is a whole JSON object,
/// its key, its timestamp and, for events, whether its shape is one the pack knows. Iterable rows carry no common id:
/// profiles are keyed by lower-case email (userId for anonymous profiles), events by their <c>id</c> when the
/// sender gave one, else by a hash of the row (stable, so re-runs upsert instead of duplicating).
/// </summary>
internal static class IterableRecords
{
    public static SourceRecord Classify(string module, JsonLine line, string origin, string dataType)
    {
        var record = ExportLineRecords.Create(line, module, Any, origin);
        if (record.Problem is { } problem && !problem.StartsWith("record has no", StringComparison.Ordinal))
        {
            return record;
        }

        var top = TopLevel.Read(line.Bytes.Span);
        return module switch
        {
            IterableModules.User => Profile(record, top),
            _ => Event(module, record, top, line.Bytes.Span, dataType),
        };
    }

    public static string? ProfileKey(string? email, string? userId) =>
        !string.IsNullOrWhiteSpace(email) ? email.Trim().ToLowerInvariant()
        : !string.IsNullOrWhiteSpace(userId) ? "user:" + userId.Trim()
        : null;

    private static readonly RecordFields Any = new("\u0001", null);

    private static SourceRecord Profile(SourceRecord record, TopLevel top)
    {
        var key = ProfileKey(top.Email, top.UserId);
        return record with
        {
            Id = key,
            ModifiedAt = top.ProfileUpdatedAt,
            Problem = key is null ? "profile has neither email nor userId" : top.Problem,
        };
    }

    private static SourceRecord Event(string module, SourceRecord record, TopLevel top, ReadOnlySpan<byte> json, string dataType)
    {
        var id = top.Id ?? "h" + Convert.ToHexStringLower(SHA256.HashData(json))[..24];
        string? problem = top.Problem;
        if (problem is null && ProfileKey(top.Email, top.UserId) is null)
        {
            problem = "unknown event shape: no email or userId, so no person to attach it to";
        }
        else if (problem is null && top.CreatedAt is null)
        {
            problem = "unknown event shape: no createdAt";
        }
        else if (problem is null && module == IterableModules.CustomEvent && string.IsNullOrWhiteSpace(top.EventName))
        {
            problem = "unknown event shape: a customEvent row without eventName";
        }
        else if (problem is null && module is IterableModules.Purchase or IterableModules.PurchaseItem && !top.HasItems)
        {
            problem = "unknown event shape: a purchase row without shoppingCartItems";
        }

        if (problem is not null)
        {
            return record with { Id = id, ModifiedAt = top.CreatedAt, Problem = problem };
        }

        // The key and the person travel in the record, where the pack's source type reads them.
        var person = ProfileKey(top.Email, top.UserId);
        var keyed = JsonObjectAppender.Append(json, w =>
        {
            w.WriteString("_key", id);
            w.WriteString("_profileKey", person);
            // data.json rows do not name their type (only userEvents rows carry _type); modules reading two types need it.
            w.WriteString("_dataType", dataType);
        });
        return new SourceRecord(module, id, top.CreatedAt, keyed, null);
    }

    internal sealed class TopLevel
    {
        public string? Email { get; private set; }
        public string? UserId { get; private set; }
        public string? Id { get; private set; }
        public string? EventName { get; private set; }
        public DateTimeOffset? CreatedAt { get; private set; }
        public DateTimeOffset? ProfileUpdatedAt { get; private set; }
        public bool HasItems { get; private set; }
        public string? Problem { get; private set; }

        public static TopLevel Read(ReadOnlySpan<byte> json)
        {
            var top = new TopLevel();
            var reader = new Utf8JsonReader(json);
            reader.Read();
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var name = reader.GetString();
                reader.Read();
                switch (name)
                {
                    case "email": top.Email = Text(ref reader); break;
                    case "userId": top.UserId = Text(ref reader); break;
                    case "id": top.Id = Text(ref reader); break;
                    case "eventName": top.EventName = Text(ref reader); break;
                    case "createdAt": top.CreatedAt = top.Time(ref reader, name); break;
                    case "profileUpdatedAt": top.ProfileUpdatedAt = top.Time(ref reader, name); break;
                    case "shoppingCartItems": top.HasItems = reader.TokenType == JsonTokenType.StartArray; break;
                    default: break;
                }

                reader.Skip();
            }

            return top;
        }

        private static string? Text(ref Utf8JsonReader reader) => reader.TokenType switch
        {
            JsonTokenType.String => reader.GetString(),
            JsonTokenType.Number => System.Text.Encoding.UTF8.GetString(reader.ValueSpan),
            _ => null,
        };

        private DateTimeOffset? Time(ref Utf8JsonReader reader, string field)
        {
            if (reader.TokenType == JsonTokenType.Number && reader.TryGetInt64(out var ms))
            {
                return DateTimeOffset.FromUnixTimeMilliseconds(ms);
            }

            if (reader.TokenType == JsonTokenType.String)
            {
                var text = reader.GetString()!;
                if (IterableDates.TryParse(text, out var value))
                {
                    return value;
                }

                Problem ??= $"'{field}' is not a timestamp: '{text}'";
            }

            return null;
        }
    }
}

/// <summary>
/// The date formats Iterable mixes, even within one row (source-apis.md §2.5): <c>yyyy-MM-dd HH:mm:ss +00:00</c>,
/// ISO 8601 with or without fractions, a bare date, and epoch milliseconds.
/// </summary>
public static class IterableDates
{
    private static readonly string[] Formats =
    [
        "yyyy-MM-dd HH:mm:ss zzz", "yyyy-MM-dd HH:mm:ss.FFFFFFF zzz", "yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd'T'HH:mm:ssK",
        "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK", "yyyy-MM-dd",
    ];

    /// <summary>Parses <paramref name="text"/>; no offset means UTC.</summary>
    /// <param name="text">The text.</param>
    /// <param name="value">The instant.</param>
    public static bool TryParse(string text, out DateTimeOffset value)
    {
        if (DateTimeOffset.TryParseExact(text, Formats, CultureInfo.InvariantCulture,
                DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out value))
        {
            return true;
        }

        return TimestampParser.TryParse(text, out value);
    }
}
