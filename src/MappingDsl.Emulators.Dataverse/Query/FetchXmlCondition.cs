using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using MappingDsl.Emulators.Dataverse.Metadata;

namespace MappingDsl.Emulators.Dataverse.Query;

/// <summary>
/// One FetchXML <c>condition</c> as a predicate on a stored row (fetchxml/reference/condition): the operators a
/// segment translation emits and their documented relatives. Values compare by the column's type; text compares
/// case-insensitively (Dataverse's default collation). A comparison never matches a null column (the platform runs the
/// condition in SQL, where a comparison with NULL is not true), so <c>ne</c>, <c>not-like</c> and <c>not-in</c> skip
/// rows without a value; only <c>null</c> finds those.
/// </summary>
internal static class FetchXmlCondition
{
    private static readonly HashSet<string> Comparisons = ["eq", "ne", "gt", "ge", "lt", "le"];

    public static Func<JsonObject, bool> Parse(EntityModel entity, XElement condition)
    {
        var name = (string?)condition.Attribute("attribute") ?? throw FetchXmlErrors.InvalidXml("A condition element needs an attribute.");
        var op = (string?)condition.Attribute("operator") ?? throw FetchXmlErrors.InvalidXml($"The condition on '{name}' has no operator.");
        if (condition.Attribute("entityname") is not null || condition.Attribute("valueof") is not null)
            throw FetchXmlErrors.NotImplemented("conditions with entityname or valueof");
        var column = entity.Attribute(name) ?? throw FetchXmlErrors.NoAttribute(entity.LogicalName, name);
        // A lookup's value is stored (and returned by the Web API) as _<name>_value.
        var stored = column.IsLookup ? "_" + name + "_value" : name;
        var values = condition.Elements("value").Select(v => v.Value).ToList();
        if ((string?)condition.Attribute("value") is { } single) values.Insert(0, single);
        object? Read(JsonObject row) => Typed(column, row[stored]);
        object Operand(string text) => Parse(entity, column, text);

        switch (op)
        {
            case "null":
                return row => Read(row) is null;
            case "not-null":
                return row => Read(row) is not null;
            case var comparison when Comparisons.Contains(comparison):
                {
                    if (values.Count != 1) throw FetchXmlErrors.InvalidXml($"The '{op}' condition on '{name}' needs one value.");
                    var operand = Operand(values[0]);
                    return row => Read(row) is { } value && Test(comparison, Compare(value, operand));
                }
            case "in" or "not-in":
                {
                    if (values.Count == 0) throw FetchXmlErrors.InvalidXml($"The '{op}' condition on '{name}' needs value elements.");
                    var operands = values.Select(Operand).ToList();
                    var wanted = op == "in";
                    return row => Read(row) is { } value && operands.Any(o => Compare(value, o) == 0) == wanted;
                }
            case "like" or "not-like" or "begins-with" or "not-begin-with" or "ends-with" or "not-end-with":
                {
                    if (!column.IsText) throw FetchXmlErrors.NotImplemented($"'{op}' on the {column.AttributeType} column '{name}'");
                    if (values.Count != 1) throw FetchXmlErrors.InvalidXml($"The '{op}' condition on '{name}' needs one value.");
                    // begins-with and ends-with are like with an implied trailing or leading % (wildcard-characters).
                    var pattern = op switch
                    {
                        "begins-with" or "not-begin-with" => values[0] + "%",
                        "ends-with" or "not-end-with" => "%" + values[0],
                        _ => values[0],
                    };
                    var regex = Like(pattern);
                    var wanted = !op.StartsWith("not-", StringComparison.Ordinal);
                    return row => Read(row) is string text && regex.IsMatch(text) == wanted;
                }
            default:
                throw FetchXmlErrors.NotImplemented($"the condition operator '{op}'");
        }
    }

    private static bool Test(string comparison, int order) => comparison switch
    {
        "eq" => order == 0,
        "ne" => order != 0,
        "gt" => order > 0,
        "ge" => order >= 0,
        "lt" => order < 0,
        _ => order <= 0,
    };

    private static int Compare(object value, object operand) => (value, operand) switch
    {
        (string a, string b) => string.Compare(a, b, StringComparison.OrdinalIgnoreCase),
        (double a, double b) => a.CompareTo(b),
        (bool a, bool b) => a.CompareTo(b),
        (DateTimeOffset a, DateTimeOffset b) => a.CompareTo(b),
        (Guid a, Guid b) => a.CompareTo(b),
        _ => string.Compare(Convert.ToString(value, CultureInfo.InvariantCulture), Convert.ToString(operand, CultureInfo.InvariantCulture), StringComparison.OrdinalIgnoreCase),
    };

    private enum Kind { Text, Number, Boolean, Date, Guid }

    private static Kind KindOf(AttributeModel column) => column.AttributeType switch
    {
        "Integer" or "BigInt" or "Decimal" or "Double" or "Money" or "Picklist" or "State" or "Status" => Kind.Number,
        "Boolean" => Kind.Boolean,
        "DateTime" => Kind.Date,
        "Uniqueidentifier" => Kind.Guid,
        _ when column.IsLookup => Kind.Guid,
        _ => Kind.Text,
    };

    private static object? Typed(AttributeModel column, JsonNode? node)
    {
        if (node is not JsonValue value) return null;
        var kind = KindOf(column);
        if (value.GetValueKind() == JsonValueKind.String)
        {
            var text = value.GetValue<string>();
            return kind switch
            {
                Kind.Number => double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var n) ? n : null,
                Kind.Date => DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var d) ? d : null,
                Kind.Guid => Guid.TryParse(text, out var g) ? g : null,
                _ => text,
            };
        }
        return value.GetValueKind() switch
        {
            JsonValueKind.Number => value.GetValue<double>(),
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            _ => null,
        };
    }

    private static object Parse(EntityModel entity, AttributeModel column, string text)
    {
        switch (KindOf(column))
        {
            case Kind.Number when double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var n):
                return n;
            case Kind.Boolean when text.Trim() is "1" or "0" || bool.TryParse(text, out _):
                return text.Trim() == "1" || (bool.TryParse(text, out var b) && b);
            case Kind.Date when DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var d):
                return d;
            case Kind.Guid when Guid.TryParse(text, out var g):
                return g;
            case Kind.Text:
                return text;
            default:
                throw FetchXmlErrors.BadValue(entity.LogicalName, column.LogicalName, text, column.AttributeType);
        }
    }

    /// <summary>
    /// A SQL LIKE pattern as a regular expression: <c>%</c> any run, <c>_</c> one character, <c>[…]</c> a set and
    /// <c>[^…]</c> its complement, a wildcard in brackets a literal (wildcard-characters).
    /// </summary>
    public static Regex Like(string pattern)
    {
        var regex = new StringBuilder("^");
        for (var i = 0; i < pattern.Length; i++)
        {
            var c = pattern[i];
            var close = c == '[' ? pattern.IndexOf(']', i + 2) : -1;
            if (c == '%') regex.Append(".*");
            else if (c == '_') regex.Append('.');
            else if (close > 0)
            {
                var set = pattern[(i + 1)..close];
                var negated = set.StartsWith('^');
                if (negated) set = set[1..];
                regex.Append(negated ? "[^" : "[").Append(set.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("[", "\\[", StringComparison.Ordinal).Replace("^", "\\^", StringComparison.Ordinal)).Append(']');
                i = close;
            }
            else regex.Append(Regex.Escape(c.ToString()));
        }
        return new Regex(regex.Append('$').ToString(), RegexOptions.IgnoreCase | RegexOptions.Singleline | RegexOptions.CultureInvariant);
    }
}
