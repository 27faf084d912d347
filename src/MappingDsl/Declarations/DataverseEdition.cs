namespace MappingDsl;

/// <summary>The Dynamics 365 Sales edition a pack provisions into; editions differ in how many custom tables they allow.</summary>
public enum DataverseEdition
{
    /// <summary>Sales Enterprise or Premium: no custom-table cap.</summary>
    SalesEnterprise = 0,

    /// <summary>Sales Professional: at most 15 custom tables.</summary>
    SalesProfessional = 1,
}
