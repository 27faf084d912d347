namespace MappingDsl.Entities;

/// <summary>Iterable columns on accounts.</summary>
public partial class Account
{
    /// <summary>How the company was found: an organisation list or an email domain.</summary>
    [global::MappingDsl.CustomColumn(global::MappingDsl.ColumnType.String, MaxLength = 50, Label = "Company basis")]
    public string? ib_CompanyBasis { get; set; }

}
