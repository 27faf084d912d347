using MappingDsl.Entities;
using MappingDsl.Maps.Wetroo.Source;

namespace MappingDsl.Maps.Wetroo;

public static partial class WetrooPack
{
    /// <summary>
    /// Wetroo contacts become Dynamics 365 contacts, loaded first so leads and deals find them. The WhatsApp number is the
    /// mobile phone; the free-text company is kept in wt_companyname (Wetroo has no company records); the teams the
    /// contact is shared with go to the wt_teamset choice (options fixed by discovery) and always to the text wt_teams.
    /// Custom fields become typed wt_ columns. A blank last name takes the email, then the phone, and the record is
    /// flagged; duplicate emails load as they are (Dynamics 365 duplicate detection reports them after the load).
    /// </summary>
    [Pair("Contact", Module = "contact")]
    [Lossy("WhatsApp conversation history lives in WhatsApp's own infrastructure: neither the Wetroo API nor any Wetroo export holds it, so no transcript migrates. Export critical chats from WhatsApp directly before cutover")]
    [Ignore(nameof(WtContact.Name), Reason = "Dynamics 365 composes the full name from first and last name")]
    [Ignore(nameof(WtContact.UpdatedAt), Reason = "Drives delta runs; Dataverse stamps its own modified-on")]
    public static Contact Contacts(WtContact s, MapContext m) => new()
    {
        FirstName = Blank(s.FirstName),
        LastName = Lossy.Truncate(NameOrStandIn(m, s.LastName, s.Email, s.Phone), 50, "Contact last names are limited to 50 characters"),
        EMailAddress1 = s.Email,
        MobilePhone = s.Phone,
        wt_WhatsAppOptIn = s.WhatsappOptIn,
        wt_CompanyName = s.Company,
        Address1_City = s.City,
        Address1_Country = s.Country,
        wt_Teams = Lossy.Join(NoneIfEmpty(s.Teams), "; ", "Team names become one text value (the wt_teamset choice keeps them apart)"),
        wt_TeamSet = s.Teams,
        wt_GstNumber = s.CustomFields?.GstNumber,
        wt_OrdersCount = s.CustomFields?.OrdersCount,
        wt_Birthday = s.CustomFields?.Birthday,
        wt_Language = Language(s.CustomFields?.Language),
        wt_CityTier = CityTier(s.CustomFields?.CityTier),
        OwnerId = m.Owner(s.Owner?.Email),
        OverriddenCreatedOn = s.CreatedAt,
    };

    /// <summary>Preferred Language (contact custom picklist) → the wt_language choice.</summary>
    [Picklist("Preferred language", Discovered = "contact.customFields.cf_language")]
    public static WtLanguage? Language(string? v) => v switch
    {
        null or "" => null,
        "English" => WtLanguage.English,
        "Hindi" => WtLanguage.Hindi,
        "Tamil" => WtLanguage.Tamil,
        "Marathi" => WtLanguage.Marathi,
        _ => Unmapped.Fail<WtLanguage?>(v),
    };

    /// <summary>City Tier (contact custom picklist) → the wt_citytier choice.</summary>
    [Picklist("City tier", Discovered = "contact.customFields.cf_city_tier")]
    public static WtCityTier? CityTier(string? v) => v switch
    {
        null or "" => null,
        "Tier 1" => WtCityTier.Tier1,
        "Tier 2" => WtCityTier.Tier2,
        "Tier 3" => WtCityTier.Tier3,
        _ => Unmapped.Fail<WtCityTier?>(v),
    };
}
