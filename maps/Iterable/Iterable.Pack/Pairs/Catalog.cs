using MappingDsl.Entities;
using MappingDsl.Maps.Iterable.Source;

namespace MappingDsl.Maps.Iterable;

public static partial class IterablePack
{
    /// <summary>Each Iterable catalog gets the unit group a Dynamics 365 product needs.</summary>
    [Pair("Catalog Item", Module = "catalog", TargetDescription = "Unit group (uomschedule), one per catalog")]
    public static UoMSchedule UnitGroups(IbCatalog s, MapContext m) => new()
    {
        Name = Lossy.Truncate("Iterable " + s.Name, 200, "Unit group names are limited to 200 characters"),
        BaseUoMName = "Each",
    };

    /// <summary>Each catalog's unit group has one base unit, "Each" (quantity 1, its own base unit).</summary>
    [Pair("Catalog Item", Module = "catalog", TargetDescription = "Unit (uom) \"Each\", the unit group's base unit")]
    public static UoM Units(IbCatalog s, MapContext m) => new()
    {
        Name = "Each",
        UoMScheduleId = m.Ref(UnitGroups, s.Name),
        Quantity = 1m,
        BaseUoM = m.RefLater(Units, s.Name),
    };

    /// <summary>
    /// Each catalog gets a Sales price list. Its items (productpricelevel, the product's price in the list) are not
    /// created yet: the catalog price is kept as the product's list price and on each purchase line.
    /// </summary>
    [Pair("Catalog Item", Module = "catalog", TargetDescription = "Price list (pricelevel), one per catalog")]
    [LeaveUnset(nameof(PriceLevel.TransactionCurrencyId), Reason = "Dataverse uses the organization's base currency")]
    public static PriceLevel PriceLists(IbCatalog s, MapContext m) => new()
    {
        Name = Lossy.Truncate("Iterable " + s.Name, 100, "Price list names are limited to 100 characters"),
        msdyn_Module = PriceLevel.msdyn_ModuleOption.Sales,
    };

    /// <summary>
    /// Catalog items become Dynamics 365 products in their catalog's unit group and default unit, with name, SKU as
    /// product number, list price, description and category; the catalog item id is kept in ib_catalogid. (A product's
    /// default price list cannot be set on create; it is left for the admin.)
    /// </summary>
    [Pair("Catalog Item", Module = "catalogItem")]
    [LeaveUnset(nameof(Product.msdyn_Taxable), Reason = "A Field Service column; a Sales product leaves it empty")]
    [Ignore(nameof(IbCatalogItem.ItemId), Reason = "Part of the key kept in ib_catalogid")]
    [Ignore(nameof(IbCatalogItem.LastModified), Reason = "Dataverse stamps its own modified-on")]
    [Ignore(nameof(IbCatalogItem.Size), Reason = "The number of fields of the item")]
    public static Product CatalogItems(IbCatalogItem s, MapContext m) => new()
    {
        Name = Lossy.Truncate(s.Value?.Name ?? s.ItemId ?? "(unnamed item)", 100, "Product names are limited to 100 characters"),
        ProductNumber = Lossy.Truncate(s.Value?.Sku ?? s.Key, 100, "Product numbers are limited to 100 characters"),
        Price = s.Value?.Price,
        Description = s.Value?.Description,
        DefaultUoMScheduleId = m.Ref(UnitGroups, s.CatalogName),
        DefaultUoMId = m.Ref(Units, s.CatalogName),
        QuantityDecimal = 0,
        ProductStructure = Product.ProductStructureOption.Product,
        ib_CatalogId = s.Key,
        ib_Category = s.Value?.Category,
    };
}
