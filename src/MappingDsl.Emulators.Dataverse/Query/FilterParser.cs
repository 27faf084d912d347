using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using MappingDsl.Emulators.Dataverse.Protocol;

namespace MappingDsl.Emulators.Dataverse.Query;

/// <summary>
/// Parses the <c>$filter</c> subset a migration uses: <c>eq ne gt ge lt le</c>, <c>and or not</c>, parentheses,
/// <c>startswith/endswith/contains</c>, <c>x in ('a','b')</c> and <c>Microsoft.Dynamics.CRM.In(PropertyName=…,PropertyValues=[…])</c>.
/// Strings compare case-insensitively, as Dataverse's default collation does. Metadata queries also use property paths
/// into complex types (<c>RequiredLevel/Value</c>) and enum literals (<c>Microsoft.Dynamics.CRM.AttributeTypeCode'Picklist'</c>),
/// both from query-metadata-web-api ("Use enum types / complex types in $filter operations").
/// </summary>
internal sealed class FilterParser
{
    private readonly List<string> _tokens;
    private readonly Func<string, bool> _isProperty;
    private int _at;

    private FilterParser(string text, Func<string, bool> isProperty)
    {
        _tokens = Tokenize(text);
        _isProperty = isProperty;
    }

    public static Func<JsonObject, bool> Parse(string text, Func<string, bool> isProperty)
    {
        var parser = new FilterParser(text, isProperty);
        var predicate = parser.Or();
        if (parser._at < parser._tokens.Count) throw Syntax($"unexpected '{parser._tokens[parser._at]}'");
        return predicate;
    }

    private Func<JsonObject, bool> Or()
    {
        var left = And();
        while (Accept("or"))
        {
            var l = left;
            var r = And();
            left = o => l(o) || r(o);
        }
        return left;
    }

    private Func<JsonObject, bool> And()
    {
        var left = Unary();
        while (Accept("and"))
        {
            var l = left;
            var r = Unary();
            left = o => l(o) && r(o);
        }
        return left;
    }

    private Func<JsonObject, bool> Unary()
    {
        if (Accept("not"))
        {
            var inner = Unary();
            return o => !inner(o);
        }
        if (Accept("("))
        {
            var inner = Or();
            Expect(")");
            return inner;
        }
        var token = Next();
        if (token.Equals("Microsoft.Dynamics.CRM.In", StringComparison.Ordinal)) return DynamicsIn();
        if (token is "startswith" or "endswith" or "contains")
        {
            Expect("(");
            var property = Property();
            Expect(",");
            var value = Literal() as string ?? throw Syntax($"{token} needs a string");
            Expect(")");
            return o => Value(o, property) is string s && token switch
            {
                "startswith" => s.StartsWith(value, StringComparison.OrdinalIgnoreCase),
                "endswith" => s.EndsWith(value, StringComparison.OrdinalIgnoreCase),
                _ => s.Contains(value, StringComparison.OrdinalIgnoreCase),
            };
        }
        _at--;
        var name = Property();
        if (Accept("in"))
        {
            Expect("(");
            var values = List(")");
            return o => values.Any(v => Compare(Value(o, name), v) == 0);
        }
        var op = Next();
        var literal = Literal();
        return op switch
        {
            "eq" => o => Compare(Value(o, name), literal) == 0,
            "ne" => o => Compare(Value(o, name), literal) != 0,
            "gt" => o => Compare(Value(o, name), literal) is > 0 and not int.MaxValue,
            "ge" => o => Compare(Value(o, name), literal) is >= 0 and not int.MaxValue,
            "lt" => o => Compare(Value(o, name), literal) < 0,
            "le" => o => Compare(Value(o, name), literal) <= 0,
            _ => throw Syntax($"unknown operator '{op}'"),
        };
    }

    private Func<JsonObject, bool> DynamicsIn()
    {
        Expect("(");
        string? property = null;
        List<object?> values = [];
        while (!Accept(")"))
        {
            var parameter = Next();
            Expect("=");
            if (parameter == "PropertyName") property = Literal() as string;
            else if (parameter == "PropertyValues")
            {
                Expect("[");
                values = List("]");
            }
            else throw Syntax($"unknown parameter '{parameter}'");
            Accept(",");
        }
        if (property is null || !_isProperty(property)) throw Syntax("Microsoft.Dynamics.CRM.In needs a valid PropertyName");
        var set = new HashSet<string>(values.Select(v => Convert.ToString(v, CultureInfo.InvariantCulture) ?? ""), StringComparer.OrdinalIgnoreCase);
        return o => Value(o, property) is { } v && set.Contains(Convert.ToString(v, CultureInfo.InvariantCulture) ?? "");
    }

    private List<object?> List(string close)
    {
        var values = new List<object?>();
        while (!Accept(close))
        {
            values.Add(Literal());
            Accept(",");
        }
        return values;
    }

    private string Property()
    {
        var name = Next();
        if (!_isProperty(name)) throw new EmulatorError(400, "0x0", $"Could not find a property named '{name}' on the entity type.");
        return name;
    }

    private object? Literal()
    {
        var token = Next();
        if (token.StartsWith('\'')) return token[1..^1].Replace("''", "'", StringComparison.Ordinal);
        if (token == "null") return null;
        if (token == "true") return true;
        if (token == "false") return false;
        // An enum literal: the type name directly followed by the quoted member name; compared as the member's name.
        if (token.StartsWith("Microsoft.Dynamics.CRM.", StringComparison.Ordinal) && _at < _tokens.Count && _tokens[_at].StartsWith('\''))
            return Next()[1..^1];
        if (double.TryParse(token, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) && !Guid.TryParse(token, out _)) return number;
        return token;
    }

    private static object? Value(JsonObject record, string name) => Walk(record, name) switch
    {
        null => null,
        JsonValue v when v.GetValueKind() == JsonValueKind.String => v.GetValue<string>(),
        JsonValue v when v.GetValueKind() == JsonValueKind.Number => v.GetValue<double>(),
        JsonValue v when v.GetValueKind() is JsonValueKind.True or JsonValueKind.False => v.GetValue<bool>(),
        var other => other.ToJsonString(),
    };

    // A path (RequiredLevel/Value) reads a property of a complex-typed property.
    private static JsonNode? Walk(JsonObject record, string name)
    {
        if (!name.Contains('/', StringComparison.Ordinal)) return record[name];
        JsonNode? node = record;
        foreach (var part in name.Split('/')) node = node is JsonObject o ? o[part] : null;
        return node;
    }

    // int.MaxValue marks "not comparable" (null against a value), which only eq/ne/lt/le treat as unequal/less.
    private static int Compare(object? left, object? right)
    {
        if (left is null || right is null) return left is null && right is null ? 0 : int.MaxValue;
        if (left is double a && right is double b) return a.CompareTo(b);
        if (left is bool x && right is bool y) return x.CompareTo(y);
        return string.Compare(Convert.ToString(left, CultureInfo.InvariantCulture), Convert.ToString(right, CultureInfo.InvariantCulture), StringComparison.OrdinalIgnoreCase);
    }

    private bool Accept(string token)
    {
        if (_at < _tokens.Count && _tokens[_at] == token)
        {
            _at++;
            return true;
        }
        return false;
    }

    private void Expect(string token)
    {
        if (!Accept(token)) throw Syntax($"expected '{token}'");
    }

    private string Next() => _at < _tokens.Count ? _tokens[_at++] : throw Syntax("unexpected end");

    private static EmulatorError Syntax(string detail) => new(400, "0x0", $"Syntax error in $filter: {detail}.");

    private static List<string> Tokenize(string text)
    {
        var tokens = new List<string>();
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c)) { i++; continue; }
            if (c is '(' or ')' or ',' or '[' or ']' or '=') { tokens.Add(c.ToString()); i++; continue; }
            if (c == '\'')
            {
                var j = i + 1;
                while (j < text.Length)
                {
                    if (text[j] == '\'' && j + 1 < text.Length && text[j + 1] == '\'') { j += 2; continue; }
                    if (text[j] == '\'') break;
                    j++;
                }
                if (j >= text.Length) throw Syntax("unterminated string");
                tokens.Add(text[i..(j + 1)]);
                i = j + 1;
                continue;
            }
            var start = i;
            while (i < text.Length && !char.IsWhiteSpace(text[i]) && text[i] is not ('(' or ')' or ',' or '[' or ']' or '=' or '\'')) i++;
            tokens.Add(text[start..i]);
        }
        return tokens;
    }
}
