using MappingDsl.Segments;

namespace MappingDsl.Sources.Tests.Segments;

/// <summary>Where the test people's Customer.io traits went: standard contact columns of every kind the translator converts.</summary>
internal static class SegmentTestColumns
{
    public static readonly SegmentColumnMap Contacts = new("contact", "contactid", new Dictionary<string, SegmentColumn>
    {
        ["email"] = new("emailaddress1", SegmentValueKind.Text),
        ["first_name"] = new("firstname", SegmentValueKind.Text),
        ["city"] = new("address1_city", SegmentValueKind.Text),
        ["title"] = new("jobtitle", SegmentValueKind.Text),
        ["orders"] = new("numberofchildren", SegmentValueKind.Number),
        ["lifetime_value"] = new("creditlimit", SegmentValueKind.Number),
        ["unsubscribed"] = new("donotbulkemail", SegmentValueKind.Boolean),
        ["signed_up_at"] = new("lastonholdtime", SegmentValueKind.DateTime),
        ["contact_pref"] = new("preferredcontactmethodcode", SegmentValueKind.Choice,
            new Dictionary<string, int> { ["any"] = 1, ["email"] = 2, ["phone"] = 3, ["fax"] = 4, ["mail"] = 5 }),
    });
}
