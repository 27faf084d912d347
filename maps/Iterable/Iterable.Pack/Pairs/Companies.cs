using MappingDsl.Entities;
using MappingDsl.Maps.Iterable.Source;

namespace MappingDsl.Maps.Iterable;

public static partial class IterablePack
{
    /// <summary>
    /// Iterable has no company object. Organisation lists (named "Company: …") become one account each; a profile in
    /// none of them gets the account of its corporate email domain (free-mail domains name no company). Accounts load
    /// before leads and contacts so their account lookups resolve at creation.
    /// </summary>
    [Pair("Company (List membership)", Module = "company")]
    [LeaveUnset(nameof(Account.OwnerId), Reason = "Iterable records have no owner; Dataverse assigns the migration user, who can reassign")]
    [Ignore(nameof(IbCompany.From), Reason = "The list id or domain is part of the source key kept in ib_sourceid")]
    public static Account Companies(IbCompany s, MapContext m) => new()
    {
        Name = Lossy.Truncate(s.Name ?? s.Key ?? "(unnamed)", 160, "Account names are limited to 160 characters"),
        WebSiteURL = s.Basis == "emailDomain" ? s.Name : null,
        ib_CompanyBasis = s.Basis,
    };
}
