using MappingDsl.Entities;
using MappingDsl.Maps.CustomerIo.Source;

namespace MappingDsl.Maps.CustomerIo;

public static partial class CustomerIoPack
{
    /// <summary>
    /// Companies (object type Companies) become accounts, one per company id however many people relate to it (the
    /// extractor lists each object once; the source key is the object id). They load before people, whose account
    /// lookup resolves through the relationship.
    /// </summary>
    [Pair("Company (Custom Object)", Module = "company")]
    [LeaveUnset(nameof(Account.OwnerId), Reason = "Customer.io objects have no owner; Dataverse assigns the migration user, who can reassign")]
    [Ignore(nameof(CioCompany.CioObjectId), Reason = "Customer.io's internal id; the object id is kept")]
    [Ignore(nameof(CioCompany.ObjectTypeId), Reason = "Always the Companies type")]
    [Ignore(nameof(CioCompany.TypeId), Reason = "Always the Companies type")]
    [Ignore(nameof(CioCompany.TypeName), Reason = "Always the Companies type")]
    [Ignore(nameof(CioCompany.ObjectId), Reason = "The same as the source key, kept in cio_companyid")]
    public static Account Companies(CioCompany s, MapContext m) => new()
    {
        Name = Lossy.Truncate(s.Attributes?.Name ?? s.Key ?? "(unnamed)", 160, "Account names are limited to 160 characters"),
        WebSiteURL = s.Attributes?.Domain,
        Address1_City = s.Attributes?.City,
        Address1_Country = s.Attributes?.Country,
        NumberOfEmployees = s.Attributes?.Employees,
        cio_CompanyId = s.Key,
        cio_PeopleCount = s.People?.Count,
    };
}
