using MappingDsl.Segments;

namespace MappingDsl.Maps.CustomerIo.Tests;

/// <summary>
/// The pack-side pieces of the person split and the segment lists: the attribute → column map the segment queries use
/// is read from the Person pair itself, and the review setting flags people who do not qualify as contacts.
/// </summary>
public sealed class PersonRulesTests
{
    [Fact]
    public void Segment_rules_look_for_a_trait_in_the_columns_the_person_pair_fills_from_it()
    {
        var contact = CustomerIoPack.PersonSegmentColumns("contact");
        var lead = CustomerIoPack.PersonSegmentColumns("lead");

        Assert.Equal(new SegmentColumn("cio_plan", SegmentValueKind.Text), contact.Column("plan"));
        Assert.Equal(new SegmentColumn("cio_vip", SegmentValueKind.Boolean), lead.Column("vip"));
        Assert.Equal(SegmentValueKind.Number, contact.KindOf("lifetime_value"));
        Assert.Equal("cio_signedupat", lead.Column("signed_up_at")?.Column);
        Assert.Equal(["emailaddress1"], contact.Column("email")!.Columns);
        // A lead keeps a valid email in emailaddress1 and an invalid one in cio_rawemail: rules on email test both.
        Assert.Equal(["emailaddress1", "cio_rawemail"], lead.Column("email")!.Columns);
        Assert.Equal("cio_anonymousid", lead.Column("anonymous_id")?.Column);
        Assert.Null(contact.Column("anonymous_id"));
        // Reached through a conversion (a choice, JSON), or not a single attribute: nothing a condition can compare.
        Assert.Null(contact.Column("industry"));
        Assert.Null(contact.Column("interests"));
        Assert.Null(lead.Column("last_name"));
    }

    [Fact]
    public void Under_the_review_setting_a_person_who_is_not_a_contact_is_flagged_with_the_reason_and_under_lead_not()
    {
        var asLead = new MapContext(new InMemoryLookupResolver());
        Assert.Null(CustomerIoPack.NotAContact(NonContactPeople.Lead, validEmail: false, traits: 1, asLead));
        Assert.Empty(asLead.Flags);

        var review = new MapContext(new InMemoryLookupResolver());
        var comment = CustomerIoPack.NotAContact(NonContactPeople.Review, validEmail: false, traits: 1, review);
        Assert.Equal("Customer.io person for review, a lead because it has no valid email and 1 trait(s) are not more than 2: make it a contact or keep it as a lead", comment);
        Assert.Equal([comment!], review.Flags);

        var fewTraits = new MapContext(new InMemoryLookupResolver());
        Assert.Equal("Customer.io person for review, a lead because 2 trait(s) are not more than 2: make it a contact or keep it as a lead",
            CustomerIoPack.NotAContact(NonContactPeople.Review, validEmail: true, traits: 2, fewTraits));
        Assert.Equal(NonContactPeople.Lead, CustomerIoPack.PeopleWhoAreNotContacts);
    }
}
