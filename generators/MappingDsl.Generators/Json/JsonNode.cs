using System;
using System.Collections.Generic;
using System.Globalization;

namespace MappingDsl.Generators.Json;

/// <summary>The kinds of value a JSON document holds.</summary>
internal enum JsonKind
{
    Null,
    False,
    True,
    Number,
    String,
    Array,
    Object,
}

/// <summary>
/// One parsed JSON value. Objects keep their members in document order in a flat array; lookups are linear because
/// metadata objects have a few dozen members at most, and a dictionary per object would cost more than it saves.
/// Numbers keep their source text and are converted only when a reader asks for them.
/// </summary>
internal sealed class JsonNode
{
    private static readonly JsonNode[] NoItems = [];
    private static readonly KeyValuePair<string, JsonNode>[] NoMembers = [];

    public static readonly JsonNode Null = new(JsonKind.Null, null, NoItems, NoMembers);
    public static readonly JsonNode False = new(JsonKind.False, null, NoItems, NoMembers);
    public static readonly JsonNode True = new(JsonKind.True, null, NoItems, NoMembers);

    private readonly string? _text;
    private readonly JsonNode[] _items;
    private readonly KeyValuePair<string, JsonNode>[] _members;

    private JsonNode(JsonKind kind, string? text, JsonNode[] items, KeyValuePair<string, JsonNode>[] members)
    {
        Kind = kind;
        _text = text;
        _items = items;
        _members = members;
    }

    public JsonKind Kind { get; }

    /// <summary>Array items; empty for anything but an array.</summary>
    public IReadOnlyList<JsonNode> Items => _items;

    /// <summary>Object members in document order; empty for anything but an object.</summary>
    public IReadOnlyList<KeyValuePair<string, JsonNode>> Members => _members;

    /// <summary>The string's value, or the number's source text; null for other kinds.</summary>
    public string? Text => _text;

    public static JsonNode String(string value) => new(JsonKind.String, value, NoItems, NoMembers);

    public static JsonNode Number(string text) => new(JsonKind.Number, text, NoItems, NoMembers);

    public static JsonNode Array(JsonNode[] items) => new(JsonKind.Array, null, items, NoMembers);

    public static JsonNode Object(KeyValuePair<string, JsonNode>[] members) => new(JsonKind.Object, null, NoItems, members);

    /// <summary>The member named <paramref name="name"/> (ordinal), or null when absent or when this is not an object.</summary>
    public JsonNode? this[string name]
    {
        get
        {
            foreach (var member in _members)
            {
                if (string.Equals(member.Key, name, StringComparison.Ordinal))
                    return member.Value;
            }
            return null;
        }
    }

    /// <summary>The number as an <see cref="int"/>, or null when it is not an integral number in range.</summary>
    public int? AsInt32() =>
        Kind == JsonKind.Number && int.TryParse(_text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value)
            ? value
            : null;
}
