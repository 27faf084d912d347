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
    /// Salesmate tags are stored on companies, contacts, deals and activities as comma-separated text in sm_tags;
    /// this inventory lists every distinct tag so the customer can choose, during scoping, to turn them into a
    /// multi-select choice (fewer than 300 distinct values) instead.
    /// </summary>
    [Pair("Tag", Module = "tag", TargetDescription = "Multi-select choice or text column (sm_tags)")]
    [Lossy("Tags become text; a multi-select choice keeps at most 300 distinct values and is decided per customer")]
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
