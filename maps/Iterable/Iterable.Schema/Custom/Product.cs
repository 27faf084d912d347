namespace MappingDsl.Entities;

/// <summary>Iterable columns on products (catalog items).</summary>
public partial class Product
{
    /// <summary>Iterable catalog and item id (catalog/itemId): the scope's catalog_id__c.</summary>
    [global::MappingDsl.CustomColumn(global::MappingDsl.ColumnType.String, MaxLength = 200, Label = "Catalog id")]
    public string? ib_CatalogId { get; set; }

    /// <summary>The item's category.</summary>
    [global::MappingDsl.CustomColumn(global::MappingDsl.ColumnType.String, MaxLength = 200, Label = "Category")]
    public string? ib_Category { get; set; }

}
