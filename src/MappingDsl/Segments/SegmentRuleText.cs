using System.Text;

namespace MappingDsl.Segments;

/// <summary>Segment rules as one line of plain text, for the rule document and a list's description.</summary>
public static class SegmentRuleText
{
    /// <summary>Describes the rules, e.g. <c>city equals 'Paris' AND orders greater than '2'</c>.</summary>
    /// <param name="rule">The rules.</param>
    public static string Describe(SegmentRule rule)
    {
        var text = new StringBuilder();
        Append(text, rule, nested: false);
        return text.ToString();
    }

    private static void Append(StringBuilder text, SegmentRule rule, bool nested)
    {
        switch (rule)
        {
            case AllOf { Rules.Count: 0 }:
                text.Append("everyone");
                break;
            case AnyOf { Rules.Count: 0 }:
                text.Append("no one");
                break;
            case AllOf all:
                Group(text, all.Rules, " AND ", nested);
                break;
            case AnyOf any:
                Group(text, any.Rules, " OR ", nested);
                break;
            case NotRule not:
                text.Append("NOT ");
                Append(text, not.Rule, nested: true);
                break;
            case AttributeCondition c:
                text.Append(c.Attribute).Append(' ').Append(Verb(c.Operator));
                if (c.Values.Count > 0) text.Append(' ').Append(string.Join(", ", c.Values.Select(v => "'" + v + "'")));
                break;
            case EventCondition e:
                text.Append("event '").Append(e.EventName).Append("' ").Append(e.Source);
                break;
            case SegmentReference s:
                text.Append("member of segment ").Append(s.SegmentId);
                break;
            case UnsupportedCondition u:
                text.Append("[unsupported: ").Append(u.Reason).Append(']');
                break;
        }
    }

    private static void Group(StringBuilder text, IReadOnlyList<SegmentRule> rules, string separator, bool nested)
    {
        if (nested && rules.Count > 1) text.Append('(');
        for (var i = 0; i < rules.Count; i++)
        {
            if (i > 0) text.Append(separator);
            Append(text, rules[i], nested: true);
        }
        if (nested && rules.Count > 1) text.Append(')');
    }

    private static string Verb(AttributeOperator op) => op switch
    {
        AttributeOperator.Eq => "equals",
        AttributeOperator.NotEq => "does not equal",
        AttributeOperator.Exists => "exists",
        AttributeOperator.NotExists => "does not exist",
        AttributeOperator.Contains => "contains",
        AttributeOperator.NotContains => "does not contain",
        AttributeOperator.StartsWith => "starts with",
        AttributeOperator.GreaterThan => "greater than",
        AttributeOperator.LessThan => "less than",
        _ => "is one of",
    };
}
