using System.Xml.Linq;
using MappingDsl.Segments;

namespace MappingDsl.Sources.Tests.Segments;

public sealed class FetchXmlTranslatorTests
{
    private static readonly SegmentColumnMap Contacts = SegmentTestColumns.Contacts;

    private static AttributeCondition Attr(string attribute, AttributeOperator op, params string[] values) => new(attribute, op, values);

    private static string Fetch(SegmentRule rule, IReadOnlyDictionary<string, SegmentRule>? others = null)
    {
        var translation = new FetchXmlTranslator(Contacts, others).Translate(rule);
        Assert.True(translation.IsExpressible, string.Join("; ", translation.Reasons));
        Assert.Empty(translation.Reasons);
        return translation.FetchXml!;
    }

    private static void AssertFilter(string expectedFilter, string fetchXml) =>
        Assert.Equal(XElement.Parse(expectedFilter).ToString(), XElement.Parse(fetchXml).Element("entity")!.Element("filter")!.ToString());

    [Fact]
    public void A_simple_segment_becomes_a_standard_query_returning_the_primary_key()
    {
        var fetch = Fetch(new AllOf([Attr("email", AttributeOperator.Exists), Attr("contact_pref", AttributeOperator.Eq, "EMAIL")]));

        Assert.Equal("""
            <fetch mapping="logical">
              <entity name="contact">
                <attribute name="contactid" />
                <filter type="and">
                  <condition attribute="emailaddress1" operator="not-null" />
                  <condition attribute="preferredcontactmethodcode" operator="eq" value="2" />
                </filter>
              </entity>
            </fetch>
            """.ReplaceLineEndings(), fetch.ReplaceLineEndings());
    }

    [Fact]
    public void An_attribute_kept_in_two_columns_is_found_in_either_and_absent_or_different_only_in_both()
    {
        var leads = new SegmentColumnMap("lead", "leadid", new Dictionary<string, SegmentColumn>
        {
            ["email"] = new("emailaddress1", SegmentValueKind.Text, AlsoIn: ["cio_rawemail"]),
        });
        var translator = new FetchXmlTranslator(leads);
        string Filter(SegmentRule rule) => XElement.Parse(translator.Translate(rule).FetchXml!).Element("entity")!.Element("filter")!.ToString(SaveOptions.DisableFormatting);

        Assert.Equal(
            """<filter type="or"><condition attribute="emailaddress1" operator="not-null" /><condition attribute="cio_rawemail" operator="not-null" /></filter>""",
            Filter(Attr("email", AttributeOperator.Exists)));
        Assert.Equal(
            """<filter type="and"><condition attribute="emailaddress1" operator="null" /><condition attribute="cio_rawemail" operator="null" /></filter>""",
            Filter(new NotRule(Attr("email", AttributeOperator.Exists))));
        Assert.Equal(
            """<filter type="and"><filter type="or"><condition attribute="emailaddress1" operator="ne" value="a@b.c" /><condition attribute="emailaddress1" operator="null" /></filter>"""
            + """<filter type="or"><condition attribute="cio_rawemail" operator="ne" value="a@b.c" /><condition attribute="cio_rawemail" operator="null" /></filter></filter>""",
            Filter(Attr("email", AttributeOperator.NotEq, "a@b.c")));
    }

    [Fact]
    public void Negation_is_pushed_to_complement_operators_that_keep_people_without_the_attribute()
    {
        var fetch = Fetch(new NotRule(new AnyOf([Attr("city", AttributeOperator.Eq, "Paris"), Attr("orders", AttributeOperator.GreaterThan, "3"), Attr("email", AttributeOperator.Exists)])));

        AssertFilter("""
            <filter type="and">
              <filter type="or"><condition attribute="address1_city" operator="ne" value="Paris" /><condition attribute="address1_city" operator="null" /></filter>
              <filter type="or"><condition attribute="numberofchildren" operator="le" value="3" /><condition attribute="numberofchildren" operator="null" /></filter>
              <condition attribute="emailaddress1" operator="null" />
            </filter>
            """, fetch);
    }

    [Fact]
    public void Negative_operators_include_null_and_their_negation_does_not()
    {
        // A single top-level or-group is the query's filter itself; a lone condition is wrapped in an and-filter.
        AssertFilter("""
            <filter type="or"><condition attribute="address1_city" operator="not-like" value="%a[%]b[_]c[[]%" /><condition attribute="address1_city" operator="null" /></filter>
            """, Fetch(Attr("city", AttributeOperator.NotContains, "a%b_c[")));
        AssertFilter("""
            <filter type="and"><condition attribute="address1_city" operator="eq" value="Lima" /></filter>
            """, Fetch(new NotRule(Attr("city", AttributeOperator.NotEq, "Lima"))));
        AssertFilter("""
            <filter type="or"><condition attribute="address1_city" operator="not-like" value="Li%" /><condition attribute="address1_city" operator="null" /></filter>
            """, Fetch(new NotRule(Attr("city", AttributeOperator.StartsWith, "Li"))));
        AssertFilter("""
            <filter type="or"><condition attribute="numberofchildren" operator="not-in"><value>1</value><value>2</value></condition><condition attribute="numberofchildren" operator="null" /></filter>
            """, Fetch(new NotRule(Attr("orders", AttributeOperator.In, "1", "2"))));
    }

    [Fact]
    public void Values_convert_to_the_columns_types()
    {
        AssertFilter("""
            <filter type="and">
              <condition attribute="lastonholdtime" operator="lt" value="2024-01-01T00:00:00Z" />
              <condition attribute="lastonholdtime" operator="gt" value="2023-06-01T12:00:00Z" />
              <condition attribute="donotbulkemail" operator="eq" value="1" />
              <condition attribute="numberofchildren" operator="eq" value="3.5" />
              <condition attribute="preferredcontactmethodcode" operator="in"><value>2</value><value>3</value></condition>
            </filter>
            """, Fetch(new AllOf([
                Attr("signed_up_at", AttributeOperator.LessThan, "1704067200"),
                Attr("signed_up_at", AttributeOperator.GreaterThan, "2023-06-01T14:00:00+02:00"),
                Attr("unsubscribed", AttributeOperator.Eq, "true"),
                Attr("orders", AttributeOperator.Eq, "3.50"),
                Attr("contact_pref", AttributeOperator.In, "Email", "phone"),
            ])));
    }

    [Fact]
    public void Empty_groups_are_the_constants_true_and_false_on_the_primary_key()
    {
        AssertFilter("""<filter type="and"><condition attribute="contactid" operator="not-null" /></filter>""", Fetch(new AllOf([])));
        AssertFilter("""<filter type="and"><condition attribute="contactid" operator="null" /></filter>""", Fetch(new AnyOf([])));
        AssertFilter("""<filter type="and"><condition attribute="contactid" operator="not-null" /></filter>""", Fetch(new NotRule(new AnyOf([]))));
    }

    [Fact]
    public void Membership_of_another_segment_is_inlined_from_its_rules()
    {
        var others = new Dictionary<string, SegmentRule> { ["12"] = Attr("city", AttributeOperator.Eq, "Lagos") };

        AssertFilter("""
            <filter type="and"><condition attribute="emailaddress1" operator="not-null" /><filter type="or"><condition attribute="address1_city" operator="ne" value="Lagos" /><condition attribute="address1_city" operator="null" /></filter></filter>
            """, Fetch(new AllOf([Attr("email", AttributeOperator.Exists), new NotRule(new SegmentReference("12"))]), others));
    }

    [Theory]
    [MemberData(nameof(Untranslatable))]
    public void Rules_that_cannot_be_expressed_give_every_precise_reason(SegmentRule rule, string[] reasons)
    {
        var others = new Dictionary<string, SegmentRule> { ["1"] = new SegmentReference("2"), ["2"] = new AllOf([new SegmentReference("1")]) };

        var translation = new FetchXmlTranslator(Contacts, others).Translate(rule);

        Assert.False(translation.IsExpressible);
        Assert.Null(translation.FetchXml);
        Assert.Equal(reasons.Length, translation.Reasons.Count);
        foreach (var (expected, actual) in reasons.Zip(translation.Reasons)) Assert.Contains(expected, actual);
    }

    public static TheoryData<SegmentRule, string[]> Untranslatable() => new()
    {
        { new EventCondition("purchase", "{}"), ["event condition on 'purchase'"] },
        { Attr("plan", AttributeOperator.Eq, "pro"), ["attribute 'plan' has no migrated column on table 'contact'"] },
        { Attr("contact_pref", AttributeOperator.Eq, "pigeon"), ["value 'pigeon' has no option in choice column 'preferredcontactmethodcode'"] },
        { Attr("orders", AttributeOperator.Contains, "1"), ["Contains tests text, and column 'numberofchildren' holds Number"] },
        { Attr("city", AttributeOperator.GreaterThan, "M"), ["GreaterThan is translated for numbers and dates only"] },
        { Attr("orders", AttributeOperator.GreaterThan, "many"), ["'many' is not a number"] },
        { Attr("signed_up_at", AttributeOperator.LessThan, "last tuesday"), ["neither Unix seconds nor an ISO 8601 date"] },
        { Attr("unsubscribed", AttributeOperator.Eq, "maybe"), ["'maybe' is not true or false"] },
        { Attr("city", AttributeOperator.Eq, "a", "b"), ["Eq takes 1 value(s), the rule has 2"] },
        { new SegmentReference("99"), ["membership of segment 99: that segment's rules are not known"] },
        { new SegmentReference("1"), ["segment 1 refers to itself (through 1 → 2)"] },
        { new UnsupportedCondition("condition kind 'audience' is not known", "{}"), ["condition kind 'audience' is not known"] },
        {
            new AnyOf([Attr("city", AttributeOperator.Eq, "Lima"), new NotRule(new EventCondition("opened_email", "{}")), Attr("plan", AttributeOperator.Exists)]),
            ["event condition on 'opened_email'", "attribute 'plan' has no migrated column"]
        },
    };

    [Fact]
    public void A_manual_segment_is_not_expressible_with_its_reason()
    {
        var translation = new FetchXmlTranslator(Contacts).Translate(new SegmentDefinition("7", "Hand-picked", null, "a manual segment"));

        Assert.Equal("segment 'Hand-picked' (7) has no rules: a manual segment", Assert.Single(translation.Reasons));
    }

    [Fact]
    public void A_translated_segment_becomes_a_dynamic_marketing_list_with_its_rules_in_words()
    {
        var rule = new AllOf([Attr("city", AttributeOperator.Eq, "Paris"), new NotRule(new AnyOf([Attr("orders", AttributeOperator.GreaterThan, "2"), Attr("email", AttributeOperator.NotExists)]))]);
        var segment = new SegmentDefinition("4", new string('S', 140), rule);
        var translation = new FetchXmlTranslator(Contacts).Translate(segment);

        var list = SegmentMarketingList.For(segment, translation, Contacts, "Customer.io")!;

        Assert.Equal(128, list.ListName.Length);
        Assert.Equal(2, list.CreatedFromCode);
        Assert.Equal(translation.FetchXml, list.Query);
        Assert.EndsWith(": city equals 'Paris' AND NOT (orders greater than '2' OR email does not exist)", list.Description);
        var record = list.ToRecord();
        Assert.Equal((true, 2), ((bool)record["type"]!, (int)record["createdfromcode"]!));
        Assert.Null(SegmentMarketingList.For(segment, new FetchXmlTranslator(Contacts).Translate(new EventCondition("x", "{}")), Contacts, "Customer.io"));
        Assert.Throws<ArgumentException>(() => SegmentMarketingList.For(segment, translation, new SegmentColumnMap("cio_event", "cio_eventid", new Dictionary<string, SegmentColumn>()), "Customer.io"));
    }

    [Fact]
    public void The_evaluator_counts_a_value_of_the_wrong_kind_as_absent_as_the_load_quarantines_it()
    {
        var evaluator = new SegmentRuleEvaluator(Contacts.KindOf);
        var person = new Dictionary<string, string?> { ["orders"] = "n/a", ["city"] = "" };

        Assert.False(evaluator.Matches(Attr("orders", AttributeOperator.Exists), person));
        Assert.True(evaluator.Matches(Attr("orders", AttributeOperator.NotEq, "2"), person));
        Assert.False(evaluator.Matches(Attr("orders", AttributeOperator.LessThan, "2"), person));
        Assert.True(evaluator.Matches(Attr("city", AttributeOperator.NotExists), person));
        Assert.Throws<NotSupportedException>(() => evaluator.Matches(new EventCondition("purchase", "{}"), person));
    }
}
