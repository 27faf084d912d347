using System.Text.Json;
using MappingDsl.Segments;

namespace MappingDsl.Sources.Tests.Segments;

public sealed class CustomerIoSegmentReaderTests
{
    private static SegmentRule Read(string json) => CustomerIoSegmentReader.ReadConditions(JsonDocument.Parse(json).RootElement);

    [Fact]
    public void The_documented_grammar_reads_into_groups_attributes_and_segment_references()
    {
        var rule = Read("""{"and":[{"attribute":{"field":"interest","operator":"eq","value":"roadrunners"}},{"not":{"segment":{"id":3}}},{"or":[{"attribute":{"field":"email","operator":"exists"}}]}]}""");

        var all = Assert.IsType<AllOf>(rule);
        Assert.Equal(3, all.Rules.Count);
        var interest = Assert.IsType<AttributeCondition>(all.Rules[0]);
        Assert.Equal(("interest", AttributeOperator.Eq, "roadrunners"), (interest.Attribute, interest.Operator, interest.Values.Single()));
        Assert.Equal("3", Assert.IsType<SegmentReference>(Assert.IsType<NotRule>(all.Rules[1]).Rule).SegmentId);
        var exists = Assert.IsType<AttributeCondition>(Assert.Single(Assert.IsType<AnyOf>(all.Rules[2]).Rules));
        Assert.Equal(AttributeOperator.Exists, exists.Operator);
        Assert.Empty(exists.Values);
    }

    [Theory]
    [InlineData("""{"field":"age","operator":"gt","value":30}""", AttributeOperator.GreaterThan, "30")]
    [InlineData("""{"field":"vip","operator":"ne","value":true}""", AttributeOperator.NotEq, "true")]
    [InlineData("""{"field":"name","operator":"starts_with","value":"Jo"}""", AttributeOperator.StartsWith, "Jo")]
    [InlineData("""{"field":"name","operator":"does_not_contain","value":"test"}""", AttributeOperator.NotContains, "test")]
    [InlineData("""{"field":"plan","operator":"not_exists"}""", AttributeOperator.NotExists, "")]
    [InlineData("""{"field":"plan","operator":"in","value":["pro",2,false]}""", AttributeOperator.In, "pro|2|false")]
    public void Assumed_operators_read_with_their_values_as_text(string leaf, AttributeOperator op, string values)
    {
        var condition = Assert.IsType<AttributeCondition>(Read($$"""{"attribute":{{leaf}}}"""));

        Assert.Equal(op, condition.Operator);
        Assert.Equal(values, string.Join('|', condition.Values));
    }

    [Fact]
    public void An_event_leaf_is_an_event_condition_with_its_name_and_text()
    {
        var condition = Assert.IsType<EventCondition>(Read("""{"event":{"name":"purchase","count":{"gte":2},"within_days":30}}"""));

        Assert.Equal("purchase", condition.EventName);
        Assert.Contains("within_days", condition.Source);
    }

    [Theory]
    [InlineData("""{"and":[],"or":[]}""", "exactly one key")]
    [InlineData("""{"audience":{"id":1}}""", "condition kind 'audience' is not known")]
    [InlineData("""{"attribute":{"field":"age","operator":"between","value":[1,2]}}""", "operator 'between' is not known")]
    [InlineData("""{"attribute":{"field":"age","operator":"eq","value":[1,2]}}""", "takes one value, not a list")]
    [InlineData("""{"attribute":{"operator":"eq","value":1}}""", "without a field")]
    [InlineData("""{"attribute":{"field":"age","operator":"eq"}}""", "needs a value")]
    [InlineData("""{"and":{"attribute":{"field":"age","operator":"exists"}}}""", "'and' has the wrong shape")]
    [InlineData("""{"object_attribute":{"type_id":"1","field":"name","operator":"eq","value":"x"}}""", "object_attribute")]
    [InlineData("""[1]""", "must be a JSON object")]
    public void A_condition_that_cannot_be_read_is_kept_with_its_reason(string json, string reason)
    {
        var unsupported = Assert.IsType<UnsupportedCondition>(Read(json));

        Assert.Contains(reason, unsupported.Reason);
        Assert.Equal(JsonDocument.Parse(json).RootElement.GetRawText(), unsupported.Source);
    }

    [Fact]
    public void A_manual_segment_has_no_rules_and_says_why_and_a_dynamic_one_has_its_conditions()
    {
        var segments = JsonDocument.Parse("""
            {"segments":[
              {"id":7,"name":"Hand-picked","type":"manual","state":"finished","tags":[]},
              {"id":8,"name":"Parisians","type":"dynamic","conditions":{"and":[{"attribute":{"field":"city","operator":"eq","value":"Paris"}}]}},
              {"id":9,"name":"Empty","type":"dynamic","conditions":null}
            ]}
            """).RootElement.GetProperty("segments").EnumerateArray().Select(CustomerIoSegmentReader.ReadSegment).ToList();

        Assert.Equal(("7", "Hand-picked"), (segments[0].Id, segments[0].Name));
        Assert.Null(segments[0].Rule);
        Assert.Contains("static marketing list", segments[0].NoRulesReason);
        Assert.IsType<AllOf>(segments[1].Rule);
        Assert.Null(segments[2].Rule);
        Assert.Contains("without conditions", segments[2].NoRulesReason);
    }
}
