namespace MappingDsl.Entities;

/// <summary>Customer.io columns on accounts (companies).</summary>
public partial class Account
{
    /// <summary>The company's object id in Customer.io (the scope's cio_company_id__c), the dedupe key.</summary>
    [global::MappingDsl.CustomColumn(global::MappingDsl.ColumnType.String, MaxLength = 150, Label = "Customer.io company id")]
    public string? cio_CompanyId { get; set; }

    /// <summary>People related to the company in Customer.io.</summary>
    [global::MappingDsl.CustomColumn(global::MappingDsl.ColumnType.Integer, Label = "Related people")]
    public int? cio_PeopleCount { get; set; }
}
