using System.Collections.Generic;
using MappingDsl.Entities;
using MappingDsl.Maps.Salesmate.Source;

namespace MappingDsl.Maps.Salesmate;

public static partial class SalesmatePack
{
    /// <summary>
    /// Salesmate contacts split by lifecycle stage: customers and evangelists become contacts attached to their
    /// company's account; every earlier stage (subscriber, lead, marketing or sales qualified lead, opportunity) and a
    /// missing stage become leads. The original stage is kept in sm_originallifecycle on both.
    /// </summary>
    [Pair("Contact", Module = "contact")]
    [Ignore(nameof(SmContact.Name), Reason = "Dynamics 365 composes the full name from first and last name")]
    [Ignore(nameof(SmContact.LastModifiedAt), Reason = "Drives delta runs; Dataverse stamps its own modified-on")]
    public static Split<Lead, Contact> Contacts(SmContact s, MapContext m) =>
        s.LifecycleStage is "Customer" or "Evangelist"
            ? new Contact
            {
                FirstName = s.FirstName,
                LastName = s.LastName ?? s.Email ?? "(no name)",
                EMailAddress1 = s.Email,
                EMailAddress2 = s.SecondaryEmail,
                Telephone1 = s.Phone,
                MobilePhone = s.Mobile,
                JobTitle = s.Designation,
                ParentCustomerId = m.Ref(Companies, s.Company?.Id),
                DoNotEMail = s.EmailOptOut,
                Description = Lossy.Truncate(s.Description, 2000, "Contact descriptions are limited to 2000 characters"),
                Address1_Line1 = s.BillingAddressLine1,
                Address1_City = s.BillingCity,
                Address1_StateOrProvince = s.BillingState,
                Address1_PostalCode = s.BillingZipCode,
                Address1_Country = s.BillingCountry,
                BirthDate = s.Birthday,
                sm_OriginalLifecycle = s.LifecycleStage,
                sm_ContactType = s.Type,
                sm_Tags = s.Tags,
                sm_TagSet = TagList(s.Tags),
                sm_UtmSource = s.UtmSource,
                sm_UtmCampaign = s.UtmCampaign,
                sm_UtmMedium = s.UtmMedium,
                sm_LastCommunicationAt = s.LastCommunicationAt,
                sm_PreferredName = s.PreferredName,
                sm_Background = s.Background,
                sm_AssistantEmail = s.AssistantEmail,
                sm_AssistantPhone = s.AssistantPhone,
                sm_ProfileUrl = s.ProfileUrl,
                sm_Children = s.Children,
                sm_LeadScore = s.LeadScore,
                sm_LifetimeValue = s.LifetimeValue,
                sm_LastWebinarAt = s.LastWebinarAt,
                sm_Newsletter = s.Newsletter,
                sm_PreferredChannel = PreferredChannel(s.PreferredChannel),
                sm_Interests = Interests(s.Interests),
                OwnerId = m.Owner(s.Owner?.Email),
                OverriddenCreatedOn = s.CreatedAt,
            }
            : new Lead
            {
                FirstName = s.FirstName,
                LastName = s.LastName ?? s.Email ?? "(no name)",
                Subject = Lossy.Truncate(s.Name ?? s.Email ?? "Salesmate contact", 300, "Lead topics are limited to 300 characters"),
                CompanyName = s.Company?.Name,
                ParentAccountId = m.Ref(Companies, s.Company?.Id),
                EMailAddress1 = s.Email,
                EMailAddress2 = s.SecondaryEmail,
                Telephone1 = s.Phone,
                MobilePhone = Lossy.Truncate(s.Mobile, 20, "Lead mobile numbers are limited to 20 characters"),
                JobTitle = s.Designation,
                DoNotEMail = s.EmailOptOut,
                Description = Lossy.Truncate(s.Description, 2000, "Lead descriptions are limited to 2000 characters"),
                Address1_Line1 = s.BillingAddressLine1,
                Address1_City = s.BillingCity,
                Address1_StateOrProvince = s.BillingState,
                Address1_PostalCode = s.BillingZipCode,
                Address1_Country = s.BillingCountry,
                sm_Birthday = s.Birthday,
                sm_OriginalLifecycle = s.LifecycleStage,
                sm_ContactType = s.Type,
                sm_Tags = s.Tags,
                sm_TagSet = TagList(s.Tags),
                sm_UtmSource = s.UtmSource,
                sm_UtmCampaign = s.UtmCampaign,
                sm_UtmMedium = s.UtmMedium,
                sm_LastCommunicationAt = s.LastCommunicationAt,
                sm_PreferredName = s.PreferredName,
                sm_Background = s.Background,
                sm_AssistantEmail = s.AssistantEmail,
                sm_AssistantPhone = s.AssistantPhone,
                sm_ProfileUrl = s.ProfileUrl,
                sm_Children = s.Children,
                sm_LeadScore = s.LeadScore,
                sm_LifetimeValue = s.LifetimeValue,
                sm_LastWebinarAt = s.LastWebinarAt,
                sm_Newsletter = s.Newsletter,
                sm_PreferredChannel = PreferredChannel(s.PreferredChannel),
                sm_Interests = Interests(s.Interests),
                OwnerId = m.Owner(s.Owner?.Email),
                OverriddenCreatedOn = s.CreatedAt,
            };

    /// <summary>Preferred channel (contact custom select field) → the sm_preferredchannel choice.</summary>
    [Picklist("Preferred channel", Discovered = "contact.selectCustomField1")]
    public static SmPreferredChannel? PreferredChannel(string? v) => v switch
    {
        null or "" => null,
        "Email" => SmPreferredChannel.Email,
        "Phone" => SmPreferredChannel.Phone,
        "SMS" => SmPreferredChannel.Sms,
        _ => Unmapped.Fail<SmPreferredChannel?>(v),
    };

    /// <summary>One interest (contact custom multi-select field) → an sm_interests choice.</summary>
    [Picklist("Interest", Discovered = "contact.multiSelectCustomField1")]
    public static SmInterest Interest(string v) => v switch
    {
        "Webinars" => SmInterest.Webinars,
        "Pricing" => SmInterest.Pricing,
        "Integrations" => SmInterest.Integrations,
        "Support" => SmInterest.Support,
        _ => Unmapped.Fail<SmInterest>(v),
    };

    // Salesmate sends multi-select values comma-separated; each goes through the Interest matrix.
    private static IReadOnlyList<SmInterest>? Interests(string? csv)
    {
        if (string.IsNullOrWhiteSpace(csv))
            return null;
        var values = new List<SmInterest>();
        foreach (var part in csv.Split(',', System.StringSplitOptions.RemoveEmptyEntries | System.StringSplitOptions.TrimEntries))
            values.Add(Interest(part));
        return values;
    }
}
