using System.Text.Json;
using MappingDsl.Entities;
using MappingDsl.Maps.CustomerIo.Source;
using MappingDsl.Segments;

namespace MappingDsl.Maps.CustomerIo;

public static partial class CustomerIoPack
{
    /// <summary>
    /// Each segment becomes a marketing list of contacts. Where its rules translate, the list is dynamic: its query
    /// (list.query) is the FetchXML that selects the segment's members among the migrated contacts, written with the
    /// columns the Person pair fills. Where they do not (a manual segment, an event condition, a trait without a
    /// column), the list is static and empty, and its description and the Segment inventory give the reason.
    /// </summary>
    [Pair("Segment", Module = "segment")]
    [LeaveUnset(nameof(List.OwnerId), Reason = "Customer.io segments have no owner; Dataverse assigns the migration user")]
    [Ignore(nameof(CioSegmentList.SegmentKey), Reason = "Kept in the list's source id (<segment id>-contacts)")]
    public static List ContactSegmentLists(CioContactSegment s, MapContext m) =>
        SegmentListColumns(new List { CreatedFromCode = List.CreatedFromCodeOption.Contact }, s);

    /// <summary>
    /// Each segment also becomes a marketing list of leads, the people who did not become contacts: dynamic with the
    /// FetchXML over leads where the rules translate, otherwise static and empty with the reason. The contact list
    /// and the lead list together hold exactly the segment's members.
    /// </summary>
    [Pair("Segment", Module = "segment")]
    [LeaveUnset(nameof(List.OwnerId), Reason = "Customer.io segments have no owner; Dataverse assigns the migration user")]
    [Ignore(nameof(CioSegmentList.SegmentKey), Reason = "Kept in the list's source id (<segment id>-leads)")]
    public static List LeadSegmentLists(CioLeadSegment s, MapContext m) =>
        SegmentListColumns(new List { CreatedFromCode = List.CreatedFromCodeOption.Lead }, s);

    /// <summary>
    /// What both lists of a segment carry, each over its own member table: dynamic (type) with the FetchXML (query)
    /// where the rules translate over that table, the rules in words or the reasons they do not (description), the
    /// segment's name and origin.
    /// </summary>
    [SharedColumns]
    public static List SegmentListColumns(List t, CioSegmentList s)
    {
        t.Type = SegmentQuery(s.MemberTable, s.Id, s.Name, s.Type, s.Conditions, s.ReferencedConditions) is not null;
        t.Query = Lossy.Because(SegmentQuery(s.MemberTable, s.Id, s.Name, s.Type, s.Conditions, s.ReferencedConditions), "Rules FetchXML cannot express (manual, event conditions, traits without a column) leave the list static and empty; its description says why");
        t.Description = Lossy.Truncate(SegmentListText(s.MemberTable, s.Id, s.Name, s.Type, s.Conditions, s.ReferencedConditions), 2000, "List descriptions are limited to 2 000 characters");
        t.ListName = Lossy.Truncate(s.Name ?? "Customer.io segment " + s.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), 128, "List names are limited to 128 characters");
        t.Source = "Customer.io segment " + s.Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return t;
    }

    /// <summary>The segment's rules as FetchXML over <paramref name="table"/> (contact or lead), or null when they cannot be expressed.</summary>
    internal static string? SegmentQuery(string table, long id, string? name, string? type, JsonElement? conditions, Dictionary<string, JsonElement>? referenced) =>
        Translate(table, id, name, type, conditions, referenced).Translation.FetchXml;

    /// <summary>A list's description: where it came from and its rules in words, or why its rules cannot be expressed.</summary>
    internal static string SegmentListText(string table, long id, string? name, string? type, JsonElement? conditions, Dictionary<string, JsonElement>? referenced)
    {
        var (segment, translation) = Translate(table, id, name, type, conditions, referenced);
        var origin = "Customer.io segment " + segment.Id + " '" + segment.Name + "'";
        return translation.IsExpressible && segment.Rule is { } rule
            ? origin + ": " + SegmentRuleText.Describe(rule)
            : origin + " cannot be expressed over " + table + "s, so this list is static and empty (add its members by hand): " + string.Join("; ", translation.Reasons);
    }

    /// <summary>The Segment inventory's cell for one table: the FetchXML, or the reason it cannot be written.</summary>
    internal static string SegmentQueryCell(string table, long id, string? name, string? type, JsonElement? conditions, Dictionary<string, JsonElement>? referenced)
    {
        var translation = Translate(table, id, name, type, conditions, referenced).Translation;
        return translation.FetchXml ?? "not expressible (static, empty list): " + string.Join("; ", translation.Reasons);
    }

    private static (SegmentDefinition Segment, SegmentTranslation Translation) Translate(
        string table, long id, string? name, string? type, JsonElement? conditions, Dictionary<string, JsonElement>? referenced)
    {
        var segment = CustomerIoSegmentReader.Read(id.ToString(System.Globalization.CultureInfo.InvariantCulture), name ?? "", type, conditions);
        var others = new Dictionary<string, SegmentRule>(StringComparer.Ordinal);
        foreach (var (other, rules) in referenced ?? [])
            others[other] = CustomerIoSegmentReader.ReadConditions(rules);
        return (segment, new FetchXmlTranslator(PersonSegmentColumns(table), others).Translate(segment));
    }
}
