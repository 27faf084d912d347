using MappingDsl.Entities;
using MappingDsl.Maps.Salesmate.Source;

namespace MappingDsl.Maps.Salesmate;

public static partial class SalesmatePack
{
    /// <summary>
    /// Salesmate companies become accounts, loaded before any contact or deal so their lookups resolve at insert time.
    /// The company domain becomes the account's website; custom company fields become sm_ columns.
    /// </summary>
    [Pair("Company", Module = "company")]
    [Ignore(nameof(SmCompany.OpenDealCount), Reason = "Derived in Salesmate; Dynamics 365 counts the migrated opportunities itself")]
    [Ignore(nameof(SmCompany.WonDealCount), Reason = "Derived in Salesmate; Dynamics 365 counts the migrated opportunities itself")]
    [Ignore(nameof(SmCompany.LastModifiedAt), Reason = "Drives delta runs; Dataverse stamps its own modified-on")]
    public static Account Companies(SmCompany s, MapContext m) => new()
    {
        Name = Lossy.Truncate(s.Name, 160, "Account names are limited to 160 characters"),
        WebSiteURL = s.Website,
        Telephone1 = s.Phone,
        Telephone2 = s.OtherPhone,
        sm_Industry = s.Industry,
        NumberOfEmployees = s.NumberOfEmployees,
        Revenue = s.AnnualRevenue,
        sm_Currency = s.Currency,
        Description = Lossy.Truncate(s.Description, 2000, "Account descriptions are limited to 2000 characters"),
        sm_Tags = s.Tags,
        sm_TagSet = TagList(s.Tags),
        Address1_Line1 = s.BillingAddressLine1,
        Address1_Line2 = s.BillingAddressLine2,
        Address1_City = s.BillingCity,
        Address1_StateOrProvince = s.BillingState,
        Address1_PostalCode = s.BillingZipCode,
        Address1_Country = s.BillingCountry,
        sm_LinkedInHandle = s.LinkedInHandle,
        sm_Region = s.Region,
        sm_Tier = Tier(s.Tier),
        sm_Locations = s.Locations,
        sm_CustomerSince = s.CustomerSince,
        OwnerId = m.Owner(s.Owner?.Email),
        OverriddenCreatedOn = s.CreatedAt,
    };

    /// <summary>Company tier (custom select field) → the sm_tier choice.</summary>
    [Picklist("Company tier", Discovered = "company.selectCustomField1")]
    public static SmTier? Tier(string? v) => v switch
    {
        null or "" => null,
        "Gold" => SmTier.Gold,
        "Silver" => SmTier.Silver,
        "Bronze" => SmTier.Bronze,
        _ => Unmapped.Fail<SmTier?>(v),
    };
}
