using System.Text.Json;

namespace MappingDsl.Segments;

/// <summary>
/// Reads Customer.io segments (<c>GET /v1/segments</c>: <c>id, name, type: dynamic|manual, conditions</c>) and their
/// condition JSON into the source-agnostic <see cref="SegmentRule"/> model. Nothing is dropped: a condition that cannot
/// be read becomes an <see cref="UnsupportedCondition"/> with its reason and text.
/// </summary>
/// <remarks>
/// Documented grammar (App API people filter, shared with segment conditions): an object with exactly one of
/// <c>and</c> (array), <c>or</c> (array), <c>not</c> (object), or a leaf <c>{"segment":{"id":3}}</c> or
/// <c>{"attribute":{"field":"interest","operator":"eq"|"exists","value":"…"}}</c>.
/// ASSUMED (the reference is thin, see docs/sources/customerio-segments.md): the segment builder's other attribute
/// operators in snake case (<c>ne</c>, <c>not_exists</c>, <c>contains</c>, <c>not_contains</c>, <c>starts_with</c>,
/// <c>gt</c>, <c>lt</c>, <c>in</c> with an array value, and a few spellings of each); event leaves
/// <c>{"event":{"name":"purchase",…}}</c>; <c>object_attribute</c> leaves (documented for the objects filter) are kept
/// as unsupported.
/// </remarks>
public static class CustomerIoSegmentReader
{
    private static readonly Dictionary<string, AttributeOperator> Operators = new(StringComparer.OrdinalIgnoreCase)
    {
        ["eq"] = AttributeOperator.Eq,
        ["ne"] = AttributeOperator.NotEq,
        ["neq"] = AttributeOperator.NotEq,
        ["not_eq"] = AttributeOperator.NotEq,
        ["exists"] = AttributeOperator.Exists,
        ["not_exists"] = AttributeOperator.NotExists,
        ["does_not_exist"] = AttributeOperator.NotExists,
        ["contains"] = AttributeOperator.Contains,
        ["not_contains"] = AttributeOperator.NotContains,
        ["does_not_contain"] = AttributeOperator.NotContains,
        ["starts_with"] = AttributeOperator.StartsWith,
        ["begins_with"] = AttributeOperator.StartsWith,
        ["gt"] = AttributeOperator.GreaterThan,
        ["greater_than"] = AttributeOperator.GreaterThan,
        ["lt"] = AttributeOperator.LessThan,
        ["less_than"] = AttributeOperator.LessThan,
        ["in"] = AttributeOperator.In,
        ["one_of"] = AttributeOperator.In,
    };

    /// <summary>Reads one item of the <c>segments</c> array.</summary>
    /// <param name="segment">The segment object.</param>
    public static SegmentDefinition ReadSegment(JsonElement segment)
    {
        var id = segment.TryGetProperty("id", out var i) ? Text(i) ?? "" : "";
        var name = segment.TryGetProperty("name", out var n) ? n.GetString() ?? "" : "";
        var type = segment.TryGetProperty("type", out var t) && t.ValueKind == JsonValueKind.String ? t.GetString() : null;
        return Read(id, name, type, segment.TryGetProperty("conditions", out var conditions) ? conditions : null);
    }

    /// <summary>Reads a segment from its parts, as a map pack's source record holds them.</summary>
    /// <param name="id">The segment id.</param>
    /// <param name="name">The segment's name.</param>
    /// <param name="type"><c>dynamic</c> or <c>manual</c>.</param>
    /// <param name="conditions">The <c>conditions</c> object, when the segment has one.</param>
    public static SegmentDefinition Read(string id, string name, string? type, JsonElement? conditions)
    {
        if (type == "manual")
            return new SegmentDefinition(id, name, null, "a manual segment: people are added by hand or through the API, not selected by rules, so it can only be a static marketing list");
        if (conditions is not { ValueKind: not (JsonValueKind.Null or JsonValueKind.Undefined) } rules)
            return new SegmentDefinition(id, name, null, "the segment came without conditions");
        return new SegmentDefinition(id, name, ReadConditions(rules));
    }

    /// <summary>Reads a condition tree.</summary>
    /// <param name="condition">The <c>conditions</c> object (or any node of it).</param>
    public static SegmentRule ReadConditions(JsonElement condition)
    {
        var raw = condition.GetRawText();
        if (condition.ValueKind != JsonValueKind.Object)
            return new UnsupportedCondition($"a condition must be a JSON object, this one is {condition.ValueKind}: {raw}", raw);
        var properties = condition.EnumerateObject().ToList();
        if (properties.Count != 1)
            return new UnsupportedCondition($"a condition has exactly one key (and, or, not, segment, attribute, event), this one has {properties.Count}: {raw}", raw);
        var (key, value) = (properties[0].Name, properties[0].Value);
        switch (key)
        {
            case "and" or "or" when value.ValueKind == JsonValueKind.Array:
                var children = value.EnumerateArray().Select(ReadConditions).ToList();
                return key == "and" ? new AllOf(children) : new AnyOf(children);
            case "not" when value.ValueKind == JsonValueKind.Object:
                return new NotRule(ReadConditions(value));
            case "segment" when value.ValueKind == JsonValueKind.Object && value.TryGetProperty("id", out var segmentId) && Text(segmentId) is { Length: > 0 } id:
                return new SegmentReference(id);
            case "attribute" when value.ValueKind == JsonValueKind.Object:
                return Attribute(value, raw);
            case "event" when value.ValueKind == JsonValueKind.Object:
                return new EventCondition(value.TryGetProperty("name", out var eventName) ? Text(eventName) ?? "" : "", raw);
            case "object_attribute":
                return new UnsupportedCondition($"a condition on a related custom object's attribute (object_attribute) is not translated: {raw}", raw);
            case "and" or "or" or "not" or "segment" or "attribute" or "event":
                return new UnsupportedCondition($"'{key}' has the wrong shape: {raw}", raw);
            default:
                return new UnsupportedCondition($"condition kind '{key}' is not known: {raw}", raw);
        }
    }

    private static SegmentRule Attribute(JsonElement leaf, string raw)
    {
        if (!leaf.TryGetProperty("field", out var field) || field.ValueKind != JsonValueKind.String || field.GetString() is not { Length: > 0 } name)
            return new UnsupportedCondition($"an attribute condition without a field: {raw}", raw);
        var spelled = leaf.TryGetProperty("operator", out var o) && o.ValueKind == JsonValueKind.String ? o.GetString()! : "";
        if (!Operators.TryGetValue(spelled, out var op))
            return new UnsupportedCondition($"attribute '{name}': operator '{spelled}' is not known: {raw}", raw);
        if (op is AttributeOperator.Exists or AttributeOperator.NotExists) return new AttributeCondition(name, op, []);
        if (!leaf.TryGetProperty("value", out var value) || value.ValueKind is JsonValueKind.Null)
            return new UnsupportedCondition($"attribute '{name}': operator '{spelled}' needs a value: {raw}", raw);
        if (value.ValueKind == JsonValueKind.Array)
        {
            if (op != AttributeOperator.In) return new UnsupportedCondition($"attribute '{name}': operator '{spelled}' takes one value, not a list: {raw}", raw);
            var values = value.EnumerateArray().Select(Text).ToList();
            return values.Any(v => v is null)
                ? new UnsupportedCondition($"attribute '{name}': the list holds a value that is not text, a number or a boolean: {raw}", raw)
                : new AttributeCondition(name, op, values!);
        }
        return Text(value) is { } single
            ? new AttributeCondition(name, op, [single])
            : new UnsupportedCondition($"attribute '{name}': the value is not text, a number or a boolean: {raw}", raw);
    }

    private static string? Text(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString(),
        JsonValueKind.Number => value.GetRawText(),
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        _ => null,
    };
}
