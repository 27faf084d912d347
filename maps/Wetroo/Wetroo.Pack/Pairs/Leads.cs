using MappingDsl.Entities;
using MappingDsl.Maps.Wetroo.Source;

namespace MappingDsl.Maps.Wetroo;

public static partial class WetrooPack
{
    /// <summary>
    /// Wetroo leads (captured from WhatsApp conversations) become Dynamics 365 leads, after contacts so a lead can point
    /// at the contact it came from. Status goes through the lead status matrix (qualified and unqualified leads arrive
    /// closed), source through the lead source matrix; both are kept as Wetroo named them, and the qualification score
    /// becomes the whole-number column wt_qualificationscore.
    /// </summary>
    [Pair("Lead", Module = "lead")]
    [Ignore(nameof(WtLead.UpdatedAt), Reason = "Drives delta runs; Dataverse stamps its own modified-on")]
    public static Lead Leads(WtLead s, MapContext m) => new()
    {
        FirstName = Blank(s.FirstName),
        LastName = Lossy.Truncate(NameOrStandIn(m, s.LastName, s.Email, s.Phone), 50, "Lead last names are limited to 50 characters"),
        Subject = Lossy.Truncate(Blank(s.Name) ?? "WhatsApp lead " + s.Phone, 300, "Lead topics are limited to 300 characters"),
        CompanyName = Lossy.Truncate(s.Company, 100, "Lead company names are limited to 100 characters"),
        EMailAddress1 = s.Email,
        MobilePhone = Lossy.Truncate(s.Phone, 20, "Lead mobile numbers are limited to 20 characters"),
        ParentContactId = IsMigrated(m, nameof(Contacts), s.ContactId) ? m.Ref(Contacts, s.ContactId) : null,
        LeadSourceCode = LeadSource(s.Source),
        wt_LeadSource = s.Source,
        wt_LeadStatus = s.Status,
        wt_QualificationScore = s.QualificationScore,
        wt_Campaign = s.CustomFields?.Campaign,
        wt_Budget = s.CustomFields?.Budget,
        wt_CallbackDate = s.CustomFields?.CallbackDate,
        wt_ProductInterest = ProductInterest(s.CustomFields?.ProductInterest),
        OwnerId = m.Owner(s.Owner?.Email),
        OverriddenCreatedOn = s.CreatedAt,
        StateCode = LeadState(s.Status),
        StatusCode = LeadStatus(s.Status),
    };

    /// <summary>Lead status → the lead's state, set after create (qualified and unqualified leads arrive closed).</summary>
    [Picklist("Lead status", Discovered = "lead.status")]
    public static Lead.StateCodeOption? LeadState(string? v) => v switch
    {
        null or "" or "New" or "Contacted" or "Nurturing" => null,
        "Qualified" => Lead.StateCodeOption.Qualified,
        "Unqualified" => Lead.StateCodeOption.Disqualified,
        _ => Unmapped.Fail<Lead.StateCodeOption?>(v),
    };

    /// <summary>Lead status → the lead's status reason; the Wetroo wording is kept in wt_leadstatus.</summary>
    [Picklist("Lead status reason", Discovered = "lead.status")]
    public static Lead.StatusCodeOption? LeadStatus(string? v) => v switch
    {
        null or "" or "New" => Lead.StatusCodeOption.New,
        "Contacted" or "Nurturing" => Lead.StatusCodeOption.Contacted,
        "Qualified" => Lead.StatusCodeOption.Qualified,
        "Unqualified" => Lead.StatusCodeOption.NoLongerInterested,
        _ => Unmapped.Fail<Lead.StatusCodeOption?>(v),
    };

    /// <summary>Lead source → the lead source choice; the Wetroo wording is kept in wt_leadsource.</summary>
    [Picklist("Lead source", Discovered = "lead.source")]
    public static Lead.LeadSourceCodeOption? LeadSource(string? v) => v switch
    {
        null or "" => null,
        "Website" => Lead.LeadSourceCodeOption.Web,
        "Referral" => Lead.LeadSourceCodeOption.ExternalReferral,
        "Facebook Ads" => Lead.LeadSourceCodeOption.Advertisement,
        "WhatsApp" or "Walk-in" => Lead.LeadSourceCodeOption.Other,
        _ => Unmapped.Default<Lead.LeadSourceCodeOption?>(v, Lead.LeadSourceCodeOption.Other),
    };

    /// <summary>Product Interest (lead custom picklist) → the wt_productinterest choice.</summary>
    [Picklist("Product interest", Discovered = "lead.customFields.cf_product_interest")]
    public static WtProductInterest? ProductInterest(string? v) => v switch
    {
        null or "" => null,
        "Starter" => WtProductInterest.Starter,
        "Growth" => WtProductInterest.Growth,
        "Enterprise" => WtProductInterest.Enterprise,
        _ => Unmapped.Fail<WtProductInterest?>(v),
    };
}
