namespace MappingDsl.Segments;

/// <summary>
/// One node of a segment's rules, independent of the source that defined it: groups (<see cref="AllOf"/>,
/// <see cref="AnyOf"/>, <see cref="NotRule"/>) and leaves (attribute, event, segment membership, or a condition the
/// reader could not understand, kept with its text so nothing is dropped).
/// </summary>
/// <remarks>
/// Semantics are two-valued: a person either matches or not. A condition on an attribute the person does not have
/// (absent, JSON null or empty text) is false, except the negative operators, which are the negation of their positive
/// twin (<see cref="AttributeOperator.NotEq"/> matches a person without the attribute). <see cref="NotRule"/> is plain
/// negation. <see cref="SegmentRuleEvaluator"/> is the reference implementation of these semantics.
/// </remarks>
public abstract record SegmentRule;

/// <summary>Every rule must match (an empty group matches everyone).</summary>
/// <param name="Rules">The rules.</param>
public sealed record AllOf(IReadOnlyList<SegmentRule> Rules) : SegmentRule;

/// <summary>At least one rule must match (an empty group matches no one).</summary>
/// <param name="Rules">The rules.</param>
public sealed record AnyOf(IReadOnlyList<SegmentRule> Rules) : SegmentRule;

/// <summary>The rule must not match.</summary>
/// <param name="Rule">The negated rule.</param>
public sealed record NotRule(SegmentRule Rule) : SegmentRule;

/// <summary>A test of one attribute (trait) of the person.</summary>
/// <param name="Attribute">The source attribute name, as the source spells it.</param>
/// <param name="Operator">How the value is tested.</param>
/// <param name="Values">The operands as source text (none for exists, several for in).</param>
public sealed record AttributeCondition(string Attribute, AttributeOperator Operator, IReadOnlyList<string> Values) : SegmentRule;

/// <summary>A test of the person's events or activities (performed X, N times, within a window): no column holds it.</summary>
/// <param name="EventName">The event name, when the source gives one.</param>
/// <param name="Source">The condition as the source wrote it, for the rule document.</param>
public sealed record EventCondition(string EventName, string Source) : SegmentRule;

/// <summary>Membership of another segment, resolved through the other segments' rules when they are known.</summary>
/// <param name="SegmentId">The other segment's id.</param>
public sealed record SegmentReference(string SegmentId) : SegmentRule;

/// <summary>A condition the reader did not understand or that has no meaning on a person's columns.</summary>
/// <param name="Reason">Why it cannot be expressed.</param>
/// <param name="Source">The condition as the source wrote it.</param>
public sealed record UnsupportedCondition(string Reason, string Source) : SegmentRule;

/// <summary>How an <see cref="AttributeCondition"/> tests its attribute.</summary>
public enum AttributeOperator
{
    /// <summary>Equal to the single value.</summary>
    Eq,

    /// <summary>Not equal to the value, or absent.</summary>
    NotEq,

    /// <summary>Has a value.</summary>
    Exists,

    /// <summary>Has no value.</summary>
    NotExists,

    /// <summary>Text containing the value.</summary>
    Contains,

    /// <summary>Text not containing the value, or absent.</summary>
    NotContains,

    /// <summary>Text starting with the value.</summary>
    StartsWith,

    /// <summary>Number or date greater than the value.</summary>
    GreaterThan,

    /// <summary>Number or date less than the value.</summary>
    LessThan,

    /// <summary>Equal to one of the values.</summary>
    In,
}

/// <summary>A segment as read from a source: its rules, or why it has none.</summary>
/// <param name="Id">The source's segment id.</param>
/// <param name="Name">The segment's name.</param>
/// <param name="Rule">The rules; null when the segment has none (a manual segment).</param>
/// <param name="NoRulesReason">Why <paramref name="Rule"/> is null.</param>
public sealed record SegmentDefinition(string Id, string Name, SegmentRule? Rule, string? NoRulesReason = null);
