using MappingDsl.Sources.Scaffolding;
using static MappingDsl.Sources.Scaffolding.FieldKind;
using K = MappingDsl.Sources.Scaffolding.FieldKind;

namespace MappingDsl.Sources.Salesmate;

/// <summary>
/// Salesmate's record shapes as <c>docs/sources/salesmate.md</c> ("Modules and fields") documents them, and the
/// Dynamics 365 table each module usually becomes; <c>mapdsl scaffold salesmate</c> proposes a pack from it, discovery's
/// custom fields and values, and the org metadata. Fields a discovery snapshot lists as picklist values become choices.
/// </summary>
public static class SalesmateShape
{
    private static readonly FieldShape[] Audit =
        [new("owner", User), new("createdBy", User), new("lastModifiedBy", User), new("createdAt", K.DateTime), new("lastModifiedAt", K.DateTime)];

    private static readonly FieldShape[] Billing =
    [
        new("billingAddressLine1", Text), new("billingAddressLine2", Text), new("billingCity", Text), new("billingState", Text),
        new("billingZipCode", Text), new("billingCountry", Text),
    ];

    private static readonly FieldShape[] Activity =
    [
        new("id", Id), new("type", Text), new("title", Text), new("description", LongText), new("dueDate", K.DateTime),
        new("duration", Integer), new("isCompleted", K.Boolean), new("completedAt", K.DateTime),
        new("primaryContact", Reference, RefersTo: "contact"), new("primaryCompany", Reference, RefersTo: "company"),
        new("deal", Reference, RefersTo: "deal"), new("tags", Tags), .. Audit,
    ];

    /// <summary>The shape.</summary>
    public static SourceShape Shape { get; } = new(
        "salesmate",
        "Salesmate",
        "sm",
        [
            new("company", "Company", ["account"],
            [
                new("id", Id), new("name", Text), new("website", Url), new("phone", Phone), new("otherPhone", Phone),
                new("industry", Text), new("numberOfEmployees", Integer), new("annualRevenue", Money), new("currency", Text),
                new("description", LongText), new("tags", Tags), .. Billing, new("linkedInHandle", Text),
                new("openDealCount", Integer), new("wonDealCount", Integer), .. Audit,
            ]),
            // A Salesmate contact is a lead until its lifecycle stage says customer: the usual split.
            new("contact", "Contact", ["lead", "contact"],
            [
                new("id", Id), new("firstName", Text), new("lastName", Text), new("name", Text), new("email", Email),
                new("secondaryEmail", Email), new("phone", Phone), new("mobile", Phone), new("designation", Text),
                new("type", Text), new("lifecycleStage", Text), new("company", Reference, RefersTo: "company"),
                new("emailOptOut", K.Boolean), new("description", LongText), new("tags", Tags), .. Billing,
                new("utmSource", Text), new("utmCampaign", Text), new("utmMedium", Text), new("lastCommunicationAt", K.DateTime), .. Audit,
            ]) { SplitBy = "lifecycleStage" },
            new("deal", "Deal", ["opportunity"],
            [
                new("id", Id), new("title", Text), new("pipeline", Text), new("stage", Text), new("status", Text),
                new("dealValue", Money), new("currency", Text), new("probability", Integer), new("priority", Text),
                new("source", Text), new("estimatedCloseDate", Date), new("closedDate", K.DateTime), new("lostReason", Text),
                new("wonReason", Text), new("primaryContact", Reference, RefersTo: "contact"),
                new("primaryCompany", Reference, RefersTo: "company"), new("description", LongText), new("tags", Tags), .. Audit,
            ]),
            new("task", "Task", ["task"], [.. Activity, new("status", Text), new("priority", Text)]) { CustomFieldModule = "activity" },
            new("call", "Call", ["phonecall"],
            [
                .. Activity, new("callDirection", Text), new("callOutcome", Text), new("callDurationSeconds", Integer),
                new("recordingUrl", Url), new("phoneNumber", Phone),
            ]) { CustomFieldModule = "activity" },
            new("meeting", "Meeting", ["appointment"],
            [
                .. Activity, new("endDate", K.DateTime), new("location", Text), new("isCalendarInvite", K.Boolean), new("attendees", Parties),
            ]) { CustomFieldModule = "activity" },
            new("email", "Email", ["email"],
            [
                new("id", Id), new("subject", Text), new("body", LongText), new("direction", Text), new("fromEmail", Email),
                new("fromName", Text), new("to", Parties), new("cc", Parties), new("sentAt", K.DateTime), new("threadId", Text),
                new("openCount", Integer), new("clickCount", Integer), new("primaryContact", Reference, RefersTo: "contact"),
                new("deal", Reference, RefersTo: "deal"), new("owner", User), new("createdAt", K.DateTime), new("lastModifiedAt", K.DateTime),
            ]),
            new("note", "Note", ["annotation"],
            [
                new("id", Id), new("note", LongText), new("relatedTo", Reference, RefersTo: "*"), new("createdBy", User),
                new("createdAt", K.DateTime), new("lastModifiedAt", K.DateTime),
            ]),
            // Dataverse has no shared-inbox thread: a custom table is the usual home.
            new("teamInboxThread", "TeamInboxThread", ["sm_teaminboxthread"],
            [
                new("id", Id), new("subject", Text), new("inboxName", Text), new("channel", Text), new("status", Text),
                new("assignedTo", User), new("contact", Reference, RefersTo: "contact"), new("messageCount", Integer),
                new("firstMessageAt", K.DateTime), new("lastMessageAt", K.DateTime), new("createdAt", K.DateTime), new("lastModifiedAt", K.DateTime),
            ]),
            new("teamInboxMessage", "TeamInboxMessage", ["email"],
            [
                new("id", Id), new("threadId", Reference, RefersTo: "teamInboxThread") { ScalarId = true }, new("order", Integer),
                new("direction", Text), new("fromEmail", Email), new("fromName", Text), new("respondedBy", User),
                new("body", LongText), new("sentAt", K.DateTime), new("createdAt", K.DateTime), new("lastModifiedAt", K.DateTime),
            ]),
        ],
        new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["user"] = "owners are matched to Dynamics 365 users by email (owner reconciliation), not loaded",
            ["tag"] = "tags travel on their records (text, or a multi-select choice under 300 distinct tags)",
            ["pipeline"] = "pipelines and stages configure the sales process (an inventory for the admin)",
            ["smartFlowMembership"] = "Smart Flow logic is not readable through the API: an inventory for the rebuild",
        });
}
