using System.Globalization;

namespace MappingDsl.Segments;

/// <summary>
/// Decides, from a person's source attributes, whether the person matches segment rules: the reference semantics of
/// <see cref="SegmentRule"/>, written directly from the model (not from FetchXML) so that a query's members can be
/// checked against it.
/// </summary>
/// <remarks>
/// Text compares case-insensitively, as Dataverse's default collation does. An empty text value counts as absent.
/// Numbers compare numerically, dates as instants to the second (Dataverse stores date and time to the second), yes/no
/// as booleans, choices by label. A person's value that is not of the attribute's kind (text in a number trait) counts
/// as absent, as the load quarantines it and leaves the column empty. Event conditions and unknown conditions cannot
/// be evaluated on attributes and throw.
/// </remarks>
public sealed class SegmentRuleEvaluator
{
    private readonly Func<string, SegmentValueKind> _kindOf;
    private readonly IReadOnlyDictionary<string, SegmentRule> _segments;

    /// <summary>Creates an evaluator.</summary>
    /// <param name="kindOf">How each attribute's values are typed (the trait typing decided at discovery).</param>
    /// <param name="otherSegments">Rules of other segments, for membership conditions.</param>
    public SegmentRuleEvaluator(Func<string, SegmentValueKind> kindOf, IReadOnlyDictionary<string, SegmentRule>? otherSegments = null)
    {
        _kindOf = kindOf;
        _segments = otherSegments ?? new Dictionary<string, SegmentRule>();
    }

    /// <summary>Whether the person matches.</summary>
    /// <param name="rule">The rules.</param>
    /// <param name="attributes">The person's attributes as source text (absent or null when the person has none).</param>
    public bool Matches(SegmentRule rule, IReadOnlyDictionary<string, string?> attributes) => rule switch
    {
        AllOf all => all.Rules.All(r => Matches(r, attributes)),
        AnyOf any => any.Rules.Any(r => Matches(r, attributes)),
        NotRule not => !Matches(not.Rule, attributes),
        AttributeCondition condition => Test(condition, attributes.GetValueOrDefault(condition.Attribute)),
        SegmentReference reference when _segments.TryGetValue(reference.SegmentId, out var other) => Matches(other, attributes),
        _ => throw new NotSupportedException($"{rule} cannot be evaluated on a person's attributes."),
    };

    private bool Test(AttributeCondition condition, string? value)
    {
        var kind = _kindOf(condition.Attribute);
        // A value that is not of the attribute's kind is quarantined at load and leaves the column empty: absent here too.
        var present = !string.IsNullOrEmpty(value) && IsOfKind(kind, value);
        var operand = condition.Values.Count > 0 ? condition.Values[0] : "";
        return condition.Operator switch
        {
            AttributeOperator.Exists => present,
            AttributeOperator.NotExists => !present,
            AttributeOperator.Eq => present && Compare(kind, value!, operand) == 0,
            AttributeOperator.NotEq => !(present && Compare(kind, value!, operand) == 0),
            AttributeOperator.Contains => present && value!.Contains(operand, StringComparison.OrdinalIgnoreCase),
            AttributeOperator.NotContains => !(present && value!.Contains(operand, StringComparison.OrdinalIgnoreCase)),
            AttributeOperator.StartsWith => present && value!.StartsWith(operand, StringComparison.OrdinalIgnoreCase),
            AttributeOperator.GreaterThan => present && Compare(kind, value!, operand) > 0,
            AttributeOperator.LessThan => present && Compare(kind, value!, operand) < 0,
            AttributeOperator.In => present && condition.Values.Any(v => Compare(kind, value!, v) == 0),
            _ => throw new NotSupportedException($"Operator {condition.Operator} is not known."),
        };
    }

    private static int Compare(SegmentValueKind kind, string left, string right)
    {
        switch (kind)
        {
            case SegmentValueKind.Number:
                return double.Parse(left, NumberStyles.Float, CultureInfo.InvariantCulture).CompareTo(double.Parse(right, NumberStyles.Float, CultureInfo.InvariantCulture));
            case SegmentValueKind.Boolean:
                return Flag(left).CompareTo(Flag(right));
            case SegmentValueKind.DateTime:
                return Seconds(left).CompareTo(Seconds(right));
            default:
                return string.Compare(left, right, StringComparison.OrdinalIgnoreCase);
        }
    }

    private static bool IsOfKind(SegmentValueKind kind, string value) => kind switch
    {
        SegmentValueKind.Number => double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out _),
        SegmentValueKind.Boolean => value.Trim() is "0" or "1" || bool.TryParse(value.Trim(), out _),
        SegmentValueKind.DateTime => long.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out _)
            || DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out _),
        _ => true,
    };

    private static bool Flag(string text) => text.Trim() is "1" || text.Trim().Equals("true", StringComparison.OrdinalIgnoreCase);

    private static long Seconds(string text) =>
        long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var unix)
            ? unix
            : DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal).ToUnixTimeSeconds();
}
