using System.Globalization;
using System.Text.Json;

namespace MappingDsl.Sources.Profiling;

/// <summary>
/// Profiles JSON records as discovery reads them: per group and field path, the inferred type, presence, null rate
/// and distinct values. Nested objects are flattened into dotted paths up to <see cref="MaxDepth"/> levels, so a
/// profile's <c>address.city</c> and a source's literal dotted key <c>itblInternal.emailDomain</c> land on the same
/// kind of path; arrays are one value (kind <c>array</c>). Distinct values are tracked exactly up to
/// <see cref="DistinctCap"/> per field; beyond that the count is a lower bound and the field is marked capped.
/// Memory is bounded by fields × cap, never by the record count.
/// </summary>
public sealed class DataProfiler
{
    /// <summary>How deep nested objects are flattened.</summary>
    public const int MaxDepth = 3;

    private readonly Dictionary<string, Group> _groups = new(StringComparer.Ordinal);

    /// <summary>Distinct values tracked per field before counting stops.</summary>
    public int DistinctCap { get; init; } = 1000;

    /// <summary>Values longer than this are counted as distinct but not kept as values.</summary>
    public int MaxValueLength { get; init; } = 200;

    /// <summary>Profiles one record into <paramref name="group"/>. Malformed JSON is ignored (the record is quarantined elsewhere).</summary>
    /// <param name="group">The group: a module, or a module and an event name.</param>
    /// <param name="json">The record.</param>
    public void Observe(string group, ReadOnlySpan<byte> json)
    {
        ArgumentNullException.ThrowIfNull(group);
        if (!_groups.TryGetValue(group, out var g))
        {
            _groups[group] = g = new Group();
        }

        try
        {
            var reader = new Utf8JsonReader(json);
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                return;
            }

            var seen = new HashSet<string>(StringComparer.Ordinal);
            ObserveObject(ref reader, g, "", 1, seen);
            g.Records++;
            foreach (var path in seen)
            {
                g.Fields[path].Present++;
            }
        }
        catch (JsonException)
        {
            // Quarantined by the reader; the profile describes the usable data.
        }
    }

    /// <summary>The profile so far, per group.</summary>
    public SortedDictionary<string, GroupProfile> Snapshot()
    {
        var result = new SortedDictionary<string, GroupProfile>(StringComparer.Ordinal);
        foreach (var (name, group) in _groups)
        {
            var profile = new GroupProfile { Records = group.Records };
            foreach (var (path, field) in group.Fields)
            {
                var present = field.Present;
                profile.Fields[path] = new FieldProfile
                {
                    Type = field.Type,
                    Kinds = new SortedDictionary<string, long>(field.Kinds, StringComparer.Ordinal),
                    Present = present,
                    Nulls = field.Nulls,
                    Frequency = Ratio(present, group.Records),
                    NullRate = Ratio(group.Records - present + field.Nulls, group.Records),
                    Distinct = field.Values.Count + field.Unkept,
                    DistinctCapped = field.Capped,
                };
            }

            result[name] = profile;
        }

        return result;
    }

    /// <summary>
    /// Per <c>group.field</c>, the distinct values of text fields with at most <paramref name="maxDistinct"/> of them
    /// (not capped): the candidates a value matrix must cover, for the discovery snapshot's <c>values</c>.
    /// </summary>
    /// <param name="maxDistinct">The most values a field may have to count as an enumeration.</param>
    public SortedDictionary<string, List<string>> EnumerationValues(int maxDistinct = 50)
    {
        var result = new SortedDictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var (name, group) in _groups)
        {
            foreach (var (path, field) in group.Fields)
            {
                if (field.Type == ValueKinds.String && !field.Capped && field.Unkept == 0
                    && field.Values.Count > 0 && field.Values.Count <= maxDistinct)
                {
                    result[$"{name}.{path}"] = [.. field.Values.Order(StringComparer.Ordinal)];
                }
            }
        }

        return result;
    }

    private static double Ratio(long part, long whole) => whole == 0 ? 0 : Math.Round((double)part / whole, 4);

    private void ObserveObject(ref Utf8JsonReader reader, Group group, string prefix, int depth, HashSet<string> seen)
    {
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var path = prefix + reader.GetString();
            reader.Read();
            if (reader.TokenType == JsonTokenType.StartObject && depth < MaxDepth)
            {
                ObserveObject(ref reader, group, path + ".", depth + 1, seen);
                continue;
            }

            if (!group.Fields.TryGetValue(path, out var field))
            {
                group.Fields[path] = field = new Field();
            }

            seen.Add(path);
            var (kind, text) = Classify(ref reader);
            if (kind == ValueKinds.Null)
            {
                field.Nulls++;
                continue;
            }

            field.Kinds[kind] = field.Kinds.GetValueOrDefault(kind) + 1;
            field.Type = ValueKinds.Widen(field.Type, kind);
            if (text is not null)
            {
                Track(field, text);
            }
        }
    }

    private void Track(Field field, string text)
    {
        if (field.Capped || field.Values.Contains(text))
        {
            return;
        }

        if (field.Values.Count + field.Unkept >= DistinctCap)
        {
            field.Capped = true;
            return;
        }

        if (text.Length > MaxValueLength)
        {
            // Long texts are not enumeration candidates; count them without keeping them (approximate: not deduplicated).
            field.Unkept++;
            return;
        }

        field.Values.Add(text);
    }

    private static (string Kind, string? Text) Classify(ref Utf8JsonReader reader)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.Null:
                return (ValueKinds.Null, null);
            case JsonTokenType.True:
            case JsonTokenType.False:
                return (ValueKinds.Boolean, reader.GetBoolean() ? "true" : "false");
            case JsonTokenType.Number:
                var number = System.Text.Encoding.UTF8.GetString(reader.ValueSpan);
                return (reader.TryGetInt64(out _) ? ValueKinds.Integer : ValueKinds.Decimal, number);
            case JsonTokenType.String:
                var text = reader.GetString()!;
                if (text.Length == 0)
                {
                    return (ValueKinds.Null, null);
                }

                return (KindOf(text), text);
            case JsonTokenType.StartArray:
                reader.Skip();
                return (ValueKinds.Array, null);
            default:
                reader.Skip();
                return (ValueKinds.Object, null);
        }
    }

    private static string KindOf(string text)
    {
        if (text.Length == 10 && DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
        {
            return ValueKinds.Date;
        }

        // Only strings that look like a date-time: a bare number or a word is text, however DateTimeOffset would read it.
        if (text.Length >= 16 && char.IsAsciiDigit(text[0]) && text[4] == '-' && TimestampParser.TryParse(text, out _))
        {
            return ValueKinds.DateTime;
        }

        return ValueKinds.String;
    }

    private sealed class Group
    {
        public long Records { get; set; }
        public Dictionary<string, Field> Fields { get; } = new(StringComparer.Ordinal);
    }

    private sealed class Field
    {
        public string Type { get; set; } = ValueKinds.Null;
        public Dictionary<string, long> Kinds { get; } = new(StringComparer.Ordinal);
        public long Present { get; set; }
        public long Nulls { get; set; }
        public HashSet<string> Values { get; } = new(StringComparer.Ordinal);
        public long Unkept { get; set; }
        public bool Capped { get; set; }
    }
}
