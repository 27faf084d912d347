using System;
using Acme.Pack.Source;
using MappingDsl;
using MappingDsl.Entities;

namespace Acme.Pack;

/// <summary>Acme → Dynamics 365 Sales. Add a pair per source object; the build tells you what is missing.</summary>
[MapPack("acme", Publisher = "pubprefix", Source = "Acme", Version = "0.1.0", JsonContext = typeof(AcmeJson))]
public static partial class AcmePack
{
    /// <summary>Acme companies become accounts; loaded first so later pairs can look them up.</summary>
    [Pair("Company", Module = "company")]
    [Ignore(nameof(AcmeCompany.LastModifiedAt), Reason = "Drives delta runs; Dataverse stamps its own modified-on")]
    public static Account Companies(AcmeCompany s, MapContext m) => new()
    {
        Name = Lossy.Truncate(s.Name, 160, "Account names are limited to 160 characters"),
        WebSiteURL = s.Website,
        Telephone1 = s.Phone,
        pubprefix_Tier = s.Tier,
        OwnerId = m.Owner(s.OwnerEmail),
        OverriddenCreatedOn = s.CreatedAt,
    };
}
