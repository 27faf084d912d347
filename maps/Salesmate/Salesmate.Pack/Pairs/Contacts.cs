using System.Collections.Generic;
using MappingDsl.Entities;
using MappingDsl.Maps.Salesmate.Source;

namespace MappingDsl.Maps.Salesmate;

public static partial class SalesmatePack
{
    /// <summary>
    /// Salesmate contacts split by lifecycle stage through the Lifecycle stage split matrix (compared ignoring
    /// case): customers and evangelists become contacts attached to their company's account; every earlier stage
    /// (subscriber, lead, marketing or sales qualified lead, opportunity, other) and a missing stage become leads; a
    /// stage discovery has not seen becomes a lead flagged for review. The original stage is kept in
    /// sm_originallifecycle on both.
    /// </summary>
    [Pair("Contact", Module = "contact")]
    [Ignore(nameof(SmContact.Name), Reason = "Dynamics 365 composes the full name from first and last name")]
    [Ignore(nameof(SmContact.LastModifiedAt), Reason = "Drives delta runs; Dataverse stamps its own modified-on")]
    public static Split<Lead, Contact> Contacts(SmContact s, MapContext m) =>
        LifecycleRoute(s.LifecycleStage, m) is ContactRoute.Contact
            ? PersonColumns(new Contact
            {
                ParentCustomerId = m.Ref(Companies, s.Company?.Id),
                MobilePhone = s.Mobile,
                Description = Lossy.Truncate(s.Description, 2000, "Contact descriptions are limited to 2000 characters"),
                BirthDate = s.Birthday,
            }, s, m)
            : PersonColumns(new Lead
            {
                Subject = Lossy.Truncate(s.Name ?? s.Email ?? "Salesmate contact", 300, "Lead topics are limited to 300 characters"),
                CompanyName = s.Company?.Name,
                ParentAccountId = m.Ref(Companies, s.Company?.Id),
                MobilePhone = Lossy.Truncate(s.Mobile, 20, "Lead mobile numbers are limited to 20 characters"),
                Description = Lossy.Truncate(s.Description, 2000, "Lead descriptions are limited to 2000 characters"),
                sm_Birthday = s.Birthday,
            }, s, m);

    /// <summary>
    /// What a Salesmate contact carries the same way as a lead or as a contact: name, emails, phone, job title, email
    /// opt-out, billing address, owner, creation time and every Salesmate custom column.
    /// </summary>
    /// <typeparam name="T">The lead or the contact.</typeparam>
    /// <param name="t">The record the branch created.</param>
    /// <param name="s">The Salesmate contact.</param>
    /// <param name="m">The map context.</param>
    /// <returns><paramref name="t"/>, with the shared columns set.</returns>
    [SharedColumns]
    public static T PersonColumns<T>(T t, SmContact s, MapContext m)
        where T : SalesmatePerson, IPersonColumns
    {
        t.FirstName = s.FirstName;
        t.LastName = s.LastName ?? s.Email ?? "(no name)";
        t.EMailAddress1 = s.Email;
        t.EMailAddress2 = s.SecondaryEmail;
        t.Telephone1 = s.Phone;
        t.JobTitle = s.Designation;
        t.DoNotEMail = s.EmailOptOut;
        t.Address1_Line1 = s.BillingAddressLine1;
        t.Address1_City = s.BillingCity;
        t.Address1_StateOrProvince = s.BillingState;
        t.Address1_PostalCode = s.BillingZipCode;
        t.Address1_Country = s.BillingCountry;
        t.sm_OriginalLifecycle = s.LifecycleStage;
        t.sm_ContactType = s.Type;
        t.sm_Tags = s.Tags;
        t.sm_TagSet = TagList(s.Tags);
        t.sm_UtmSource = s.UtmSource;
        t.sm_UtmCampaign = s.UtmCampaign;
        t.sm_UtmMedium = s.UtmMedium;
        t.sm_LastCommunicationAt = s.LastCommunicationAt;
        t.sm_PreferredName = s.PreferredName;
        t.sm_Background = s.Background;
        t.sm_AssistantEmail = s.AssistantEmail;
        t.sm_AssistantPhone = s.AssistantPhone;
        t.sm_ProfileUrl = s.ProfileUrl;
        t.sm_Children = s.Children;
        t.sm_LeadScore = s.LeadScore;
        t.sm_LifetimeValue = s.LifetimeValue;
        t.sm_LastWebinarAt = s.LastWebinarAt;
        t.sm_Newsletter = s.Newsletter;
        t.sm_PreferredChannel = PreferredChannel(s.PreferredChannel);
        t.sm_Interests = Interests(s.Interests);
        t.OwnerId = m.Owner(s.Owner?.Email);
        t.OverriddenCreatedOn = s.CreatedAt;
        return t;
    }

    /// <summary>What a Salesmate contact becomes in Dynamics 365.</summary>
    public enum ContactRoute
    {
        /// <summary>A lead: not yet a customer.</summary>
        Lead,

        /// <summary>A contact attached to its company's account.</summary>
        Contact,
    }

    /// <summary>
    /// The lead/contact split as a matrix over every lifecycle stage discovery found: a new stage in Salesmate breaks
    /// the build (MDSL004) until it has a row here.
    /// </summary>
    [Picklist("Lifecycle stage → lead or contact", Discovered = "contact.lifecycleStage", Comparison = MatrixComparison.IgnoreCase)]
    public static ContactRoute LifecycleRoute(string? v, MapContext m) => Matrix.Fold(v) switch
    {
        "customer" or "evangelist" => ContactRoute.Contact,
        "subscriber" or "lead" or "marketing qualified lead" or "sales qualified lead" => ContactRoute.Lead,
        "opportunity" or "other" => ContactRoute.Lead,
        null or "" => ContactRoute.Lead,
        _ => Unmapped.Review(m, v, ContactRoute.Lead),
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

    // Salesmate sends multi-select values comma-separated; each goes through the Interest matrix. A repeated text gets
    // the read-only list it got before (TextCache); a new one is read in two passes (non-empty trimmed parts, as Split
    // with RemoveEmptyEntries | TrimEntries) into one exact-size array, with no Split array or List.
    private static IReadOnlyList<SmInterest>? Interests(string? csv) =>
        string.IsNullOrWhiteSpace(csv) ? null : TextCache<SmInterest>.GetOrAdd(csv, InterestArray);

    private static SmInterest[] InterestArray(string csv)
    {
        var text = csv.AsSpan();
        var count = 0;
        foreach (var range in text.Split(','))
        {
            if (!text[range].Trim().IsEmpty)
                count++;
        }
        var values = new SmInterest[count];
        var at = 0;
        foreach (var range in text.Split(','))
        {
            var part = text[range].Trim();
            if (!part.IsEmpty)
                values[at++] = Interest(part.ToString());
        }
        return values;
    }
}
