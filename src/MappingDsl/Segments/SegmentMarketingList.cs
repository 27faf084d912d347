using System.Text.Json.Nodes;

namespace MappingDsl.Segments;

/// <summary>
/// A translated segment stored in Dataverse as a dynamic marketing list: a <c>list</c> row whose <c>type</c> is
/// dynamic (true) and whose <c>query</c> holds the FetchXML; members are selected by that query when the list is used
/// ("to specify the FetchXML criteria, use the List.Query attribute"; List.Type says static or dynamic; all members are
/// of one table, <c>createdfromcode</c>: 1 account, 2 contact, 4 lead). Marketing list entity, Dynamics 365 developer
/// guide gg309252(v=crm.8); codes from the list table's metadata.
/// </summary>
/// <param name="ListName">The list's name (the segment's, cut to the column's 128 characters).</param>
/// <param name="CreatedFromCode">The member table's code.</param>
/// <param name="Query">The FetchXML.</param>
/// <param name="Description">Where the list came from and its rules in plain text (cut to 2 000 characters).</param>
public sealed record SegmentMarketingList(string ListName, int CreatedFromCode, string Query, string Description)
{
    private const int NameLength = 128;
    private const int DescriptionLength = 2000;

    /// <summary>The list for a segment whose rules translated; null when they did not (document the reasons instead).</summary>
    /// <param name="segment">The segment.</param>
    /// <param name="translation">Its translation for <paramref name="map"/>'s table.</param>
    /// <param name="map">The table its members were migrated to (account, contact or lead).</param>
    /// <param name="source">The source's name, for the description (<c>Customer.io</c>).</param>
    public static SegmentMarketingList? For(SegmentDefinition segment, SegmentTranslation translation, SegmentColumnMap map, string source)
    {
        if (translation.FetchXml is not { } query || segment.Rule is not { } rule) return null;
        var code = map.Table switch
        {
            "account" => 1,
            "contact" => 2,
            "lead" => 4,
            var other => throw new ArgumentException($"A marketing list holds accounts, contacts or leads, not '{other}'.", nameof(map)),
        };
        var name = segment.Name.Length > NameLength ? segment.Name[..NameLength] : segment.Name;
        var description = $"{source} segment {segment.Id} '{segment.Name}': {SegmentRuleText.Describe(rule)}";
        if (description.Length > DescriptionLength) description = description[..(DescriptionLength - 1)] + "…";
        return new SegmentMarketingList(name, code, query, description);
    }

    /// <summary>The <c>list</c> row to create through the Web API.</summary>
    public JsonObject ToRecord() => new()
    {
        ["listname"] = ListName,
        ["type"] = true,
        ["createdfromcode"] = CreatedFromCode,
        ["query"] = Query,
        ["description"] = Description,
    };
}
