using MappingDsl.Maps.Salesmate.Source;

namespace MappingDsl.Maps.Salesmate;

public static partial class SalesmatePack
{
    /// <summary>
    /// Smart Flow logic is not readable through the Salesmate API, so it cannot migrate as code. Each enrolment
    /// (contact, flow, date, step reached, status) is exported to a CSV for the admin who rebuilds the flows in Power
    /// Automate or Dynamics 365 Sales automated flows.
    /// </summary>
    [Pair("Smart Flow (sequence membership)", Module = "smartFlowMembership", TargetDescription = "Power Automate (rebuild required): membership CSV and inventory")]
    [Ignore(nameof(SmSmartFlowMembership.CreatedAt), Reason = "Same as the enrolment time")]
    [Ignore(nameof(SmSmartFlowMembership.LastModifiedAt), Reason = "Drives delta runs")]
    public static InventoryRow SmartFlowMemberships(SmSmartFlowMembership s, MapContext m) => new()
    {
        ["Flow id"] = s.FlowId?.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Flow"] = s.FlowName,
        ["Contact id"] = s.Contact?.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Contact"] = s.Contact?.Name,
        ["Contact email"] = s.Contact?.Email,
        ["Enrolled at"] = s.EnrolledAt?.ToString("O", System.Globalization.CultureInfo.InvariantCulture),
        ["Step reached"] = s.CurrentStep?.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Step"] = s.StepName,
        ["Status"] = s.Status,
        ["Completed at"] = s.CompletedAt?.ToString("O", System.Globalization.CultureInfo.InvariantCulture),
    };

    /// <summary>
    /// Salesmate owners map to Dynamics 365 users by email. The engine's owner reconciliation matches them against
    /// systemusers before any record loads; this inventory lists every owner with the match the admin must provision.
    /// </summary>
    [Pair("Owner (User)", Module = "user", TargetDescription = "systemuser, matched by email (reconciliation queue)")]
    [Ignore(nameof(SmUser.FirstName), Reason = "The display name is listed")]
    [Ignore(nameof(SmUser.LastName), Reason = "The display name is listed")]
    [Ignore(nameof(SmUser.Nickname), Reason = "Not used by Dynamics 365")]
    public static InventoryRow Owners(SmUser s, MapContext m) => new()
    {
        ["Email"] = s.Email,
        ["Name"] = s.Name,
        ["Salesmate status"] = s.Status,
        ["Role"] = s.Role,
        ["Dynamics 365 user"] = m.Resolver.TryResolveOwner(s.Email, out var user) && user.Table == "systemuser"
            ? user.Id.ToString()
            : "missing: provision a user with this email (reconciliation queue)",
    };

    /// <summary>
    /// Salesmate tags: on companies and contacts (accounts, contacts, leads) the multi-select choice sm_tagset when
    /// discovery found fewer than 300 distinct tags — its options and their values come from the discovery snapshot,
    /// which keeps every value it once assigned, so re-running discovery never renumbers them — and on every record
    /// the comma-separated text in sm_tags, so nothing is lost either way. At 300 tags or more the build says so
    /// (MDSL017) and tags travel as text only. This inventory lists every distinct tag for the customer's scoping.
    /// </summary>
    [Pair("Tag", Module = "tag", TargetDescription = "Multi-select choice sm_tagset (under 300 distinct tags) and text column sm_tags")]
    [Lossy("A tag created after discovery is not yet a choice option: it stays in sm_tags and its record is flagged until discovery and provisioning run again")]
    public static InventoryRow Tags(SmTag s, MapContext m) => new()
    {
        ["Tag"] = s.Tag,
    };

    /// <summary>
    /// Salesmate custom fields, typed during scoping: text → text column, number → whole or decimal number, date →
    /// date, select → choice, multi-select → multi-select choice. Each becomes an sm_ column provisioned before any
    /// record loads; this inventory lists every definition the source has, including ones the pack does not map yet.
    /// </summary>
    [Pair("Custom Fields", Module = "field", TargetDescription = "Custom columns (sm_ prefix), provisioned before load")]
    [Lossy("Salesmate field types are wider than Dataverse's in places (a number field may hold decimals a whole-number column rounds)")]
    public static InventoryRow CustomFields(SmCustomField s, MapContext m) => new()
    {
        ["Field"] = s.FieldName,
        ["Module"] = s.Module,
        ["Label"] = s.DisplayName,
        ["Type"] = s.Type,
        ["Options"] = s.FieldOptions,
    };
}
