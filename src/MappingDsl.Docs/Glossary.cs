namespace MappingDsl.Docs;

/// <summary>One Salesforce-flavoured term the migration scopes use, and what MappingDsl builds in Dataverse instead.</summary>
internal sealed record GlossaryRow(string Term, string Equivalent);

/// <summary>
/// The scopes are written in Salesforce words; Dataverse has its own mechanisms for each. The customer docs print
/// this table so nobody looks for a <c>__c</c> field or a Record Type in Dynamics 365.
/// </summary>
internal static class Glossary
{
    // The custom-field row names the pack's own prefix, so a Wetroo document does not show Salesmate's.
    public static IReadOnlyList<GlossaryRow> For(string publisher) =>
        [new("Custom field (`name__c`)", $"A custom column with the pack's publisher prefix (`{publisher}_name`), created by the provisioning manifest before any record loads."), .. Rows];

    private static readonly IReadOnlyList<GlossaryRow> Rows =
    [
        new("Record Type", "A choice column on the table (for example the source pipeline) plus, where the customer wants it, a business process flow per value; Dataverse has no record types."),
        new("Sales Process / Opportunity Stage", "The opportunity's `salesstage` choice and close probability; stages are mapped by the pack's stage matrix."),
        new("WhoId / WhatId", "The activity's `regardingobjectid` (one record) and its activity parties (`to`, `from`, attendees) bound per target table."),
        new("ActivityPointer", "Dataverse's activity base table: every task, phone call, appointment and email appears on the timeline through it; nothing is loaded into it directly."),
        new("Product2 / Price Book", "`product` and `pricelevel` / `productpricelevel` tables."),
        new("External id", "The source-id column (`<prefix>_sourceid`) with an alternate key, used for idempotent upserts, lookups and delta runs."),
    ];
}
