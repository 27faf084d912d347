using System.Xml.Linq;

namespace MappingDsl.Segments;

/// <summary>
/// Translates segment rules into one standard FetchXML query on the table the people were migrated to, returning the
/// members' primary keys, or every reason the rules cannot be expressed.
/// </summary>
/// <remarks>
/// FetchXML has <c>filter type="and|or"</c> but no negation (fetchxml/reference/filter), so negations are pushed down
/// to the conditions (De Morgan), each condition replaced by its complement operator (<c>eq</c>/<c>ne</c>,
/// <c>like</c>/<c>not-like</c>, <c>gt</c>/<c>le</c>, <c>lt</c>/<c>ge</c>, <c>in</c>/<c>not-in</c>,
/// <c>null</c>/<c>not-null</c>). A comparison never matches a null column (the platform evaluates conditions in SQL),
/// while the rule model counts an absent attribute as "not equal", so every negative comparison is emitted as
/// <c>filter type="or"</c> of the comparison and <c>operator="null"</c>. Text operands of <c>like</c> enclose the
/// wildcard characters in brackets (wildcard-characters). Operators and elements used: fetch, entity, attribute,
/// filter, condition, value (fetchxml/reference/condition, fetchxml/filter-rows).
/// </remarks>
public sealed class FetchXmlTranslator
{
    private readonly SegmentColumnMap _map;
    private readonly IReadOnlyDictionary<string, SegmentRule> _segments;

    /// <summary>Creates a translator for one table.</summary>
    /// <param name="map">Where each source attribute was migrated.</param>
    /// <param name="otherSegments">The rules of other segments by id, so a "member of segment N" condition is inlined.</param>
    public FetchXmlTranslator(SegmentColumnMap map, IReadOnlyDictionary<string, SegmentRule>? otherSegments = null)
    {
        _map = map;
        _segments = otherSegments ?? new Dictionary<string, SegmentRule>();
    }

    /// <summary>Translates a segment; one without rules (a manual segment) is not expressible, with its reason.</summary>
    /// <param name="segment">The segment.</param>
    public SegmentTranslation Translate(SegmentDefinition segment) => segment.Rule is { } rule
        ? Translate(rule)
        : SegmentTranslation.NotExpressible([$"segment '{segment.Name}' ({segment.Id}) has no rules: {segment.NoRulesReason ?? "none were read"}"]);

    /// <summary>Translates rules into FetchXML selecting the table's primary key.</summary>
    /// <param name="rule">The rules.</param>
    public SegmentTranslation Translate(SegmentRule rule)
    {
        var reasons = new List<string>();
        var filter = Node(rule, negated: false, reasons, []);
        if (reasons.Count > 0) return SegmentTranslation.NotExpressible([.. reasons.Distinct(StringComparer.Ordinal)]);
        if (filter.Name != "filter") filter = new XElement("filter", new XAttribute("type", "and"), filter);
        var fetch = new XElement("fetch", new XAttribute("mapping", "logical"),
            new XElement("entity", new XAttribute("name", _map.Table),
                new XElement("attribute", new XAttribute("name", _map.PrimaryId)),
                filter));
        return SegmentTranslation.Expressed(fetch.ToString());
    }

    private XElement Node(SegmentRule rule, bool negated, List<string> reasons, List<string> visiting)
    {
        switch (rule)
        {
            case AllOf all:
                return Group(all.Rules, negated ? "or" : "and", negated, reasons, visiting);
            case AnyOf any:
                return Group(any.Rules, negated ? "and" : "or", negated, reasons, visiting);
            case NotRule not:
                return Node(not.Rule, !negated, reasons, visiting);
            case AttributeCondition condition:
                return Leaf(condition, negated, reasons);
            case SegmentReference reference when visiting.Contains(reference.SegmentId):
                reasons.Add($"segment {reference.SegmentId} refers to itself (through {string.Join(" → ", visiting)})");
                return Always(true);
            case SegmentReference reference when _segments.TryGetValue(reference.SegmentId, out var other):
                visiting.Add(reference.SegmentId);
                var inlined = Node(other, negated, reasons, visiting);
                visiting.RemoveAt(visiting.Count - 1);
                return inlined;
            case SegmentReference reference:
                reasons.Add($"membership of segment {reference.SegmentId}: that segment's rules are not known");
                return Always(true);
            case EventCondition e:
                reasons.Add($"event condition on '{e.EventName}': a FetchXML filter tests the person's columns, and events (with their counts and time windows) are not columns of '{_map.Table}'");
                return Always(true);
            case UnsupportedCondition unsupported:
                reasons.Add(unsupported.Reason);
                return Always(true);
            default:
                reasons.Add($"rule {rule.GetType().Name} is not known to the translator");
                return Always(true);
        }
    }

    private XElement Group(IReadOnlyList<SegmentRule> rules, string type, bool negated, List<string> reasons, List<string> visiting)
    {
        // An empty "all" matches everyone and an empty "any" no one; negation swaps them.
        if (rules.Count == 0) return Always(type == "and");
        return new XElement("filter", new XAttribute("type", type), rules.Select(r => Node(r, negated, reasons, visiting)));
    }

    // The primary key is never null, which gives the constants true and false as standard conditions.
    private XElement Always(bool value) => Condition(_map.PrimaryId, value ? "not-null" : "null", []);

    private XElement Leaf(AttributeCondition condition, bool negated, List<string> reasons)
    {
        var attribute = condition.Attribute;
        if (_map.Column(attribute) is not { } column)
        {
            reasons.Add($"attribute '{attribute}' has no migrated column on table '{_map.Table}'");
            return Always(true);
        }
        var op = condition.Operator;
        var textual = op is AttributeOperator.Contains or AttributeOperator.NotContains or AttributeOperator.StartsWith;
        if (textual && column.Kind != SegmentValueKind.Text)
        {
            reasons.Add($"attribute '{attribute}': {op} tests text, and column '{column.Column}' holds {column.Kind}");
            return Always(true);
        }
        if (op is AttributeOperator.GreaterThan or AttributeOperator.LessThan && column.Kind is not (SegmentValueKind.Number or SegmentValueKind.DateTime))
        {
            reasons.Add($"attribute '{attribute}': {op} is translated for numbers and dates only, and column '{column.Column}' holds {column.Kind}");
            return Always(true);
        }
        var expected = op switch
        {
            AttributeOperator.Exists or AttributeOperator.NotExists => 0..0,
            AttributeOperator.In => 1..int.MaxValue,
            _ => 1..1,
        };
        if (condition.Values.Count < expected.Start.Value || condition.Values.Count > expected.End.Value)
        {
            reasons.Add($"attribute '{attribute}': {op} takes {(expected.End.Value == int.MaxValue ? "one or more values" : expected.End.Value + " value(s)")}, the rule has {condition.Values.Count}");
            return Always(true);
        }
        var values = new List<string>();
        foreach (var raw in condition.Values)
        {
            if (textual)
            {
                var literal = SegmentValueConverter.LikeLiteral(raw);
                values.Add(op == AttributeOperator.StartsWith ? literal + "%" : "%" + literal + "%");
                continue;
            }
            var (value, reason) = SegmentValueConverter.Convert(attribute, raw, column);
            if (reason is not null) reasons.Add(reason);
            else values.Add(value!);
        }
        var (fetchOperator, includesNull) = op switch
        {
            AttributeOperator.Eq => ("eq", false),
            AttributeOperator.NotEq => ("ne", true),
            AttributeOperator.Exists => ("not-null", false),
            AttributeOperator.NotExists => ("null", false),
            AttributeOperator.Contains or AttributeOperator.StartsWith => ("like", false),
            AttributeOperator.NotContains => ("not-like", true),
            AttributeOperator.GreaterThan => ("gt", false),
            AttributeOperator.LessThan => ("lt", false),
            _ => ("in", false),
        };
        if (negated)
        {
            fetchOperator = Complement(fetchOperator);
            includesNull = fetchOperator is not ("null" or "not-null") && !includesNull;
        }
        var tests = column.Columns.Select(c => Test(c, fetchOperator, values, includesNull)).ToList();
        if (tests.Count == 1) return tests[0];
        // The value sits in at most one of the columns: a positive test holds when one column passes it, a negative
        // test (or "has no value") only when every column does.
        var every = includesNull || fetchOperator == "null";
        return new XElement("filter", new XAttribute("type", every ? "and" : "or"), tests);
    }

    private static XElement Test(string column, string fetchOperator, IReadOnlyList<string> values, bool includesNull)
    {
        var test = Condition(column, fetchOperator, values);
        return includesNull
            ? new XElement("filter", new XAttribute("type", "or"), test, Condition(column, "null", []))
            : test;
    }

    private static string Complement(string fetchOperator) => fetchOperator switch
    {
        "eq" => "ne",
        "ne" => "eq",
        "like" => "not-like",
        "not-like" => "like",
        "gt" => "le",
        "lt" => "ge",
        "in" => "not-in",
        "not-in" => "in",
        "null" => "not-null",
        _ => "null",
    };

    // A single operand goes in the value attribute, several (in, not-in) in value elements (fetchxml/reference/condition).
    private static XElement Condition(string column, string fetchOperator, IReadOnlyList<string> values)
    {
        var element = new XElement("condition", new XAttribute("attribute", column), new XAttribute("operator", fetchOperator));
        if (fetchOperator is "in" or "not-in") element.Add(values.Select(v => new XElement("value", v)));
        else if (values.Count == 1) element.Add(new XAttribute("value", values[0]));
        return element;
    }
}
