namespace MappingDsl.Entities;

/// <summary>Salesmate columns on accounts (companies).</summary>
public partial class Account
{
    /// <summary>Salesmate tags, comma-separated.</summary>
    [global::MappingDsl.CustomColumn(global::MappingDsl.ColumnType.Memo, MaxLength = 4000, Label = "Tags")]
    public string? sm_Tags { get; set; }

    /// <summary>
    /// Salesmate tags as a multi-select choice, options and their values fixed by discovery; neither provisioned nor
    /// written when discovery finds 300 distinct tags or more (sm_tags carries them then, and always as text).
    /// </summary>
    [global::MappingDsl.CustomColumn(global::MappingDsl.ColumnType.MultiSelectPicklist, Label = "Tag set", Choices = "tags")]
    public global::System.Collections.Generic.IReadOnlyList<string>? sm_TagSet { get; set; }

    /// <summary>Salesmate industry (free text; Dataverse's industry choice is a fixed list).</summary>
    [global::MappingDsl.CustomColumn(global::MappingDsl.ColumnType.String, MaxLength = 200, Label = "Salesmate industry")]
    public string? sm_Industry { get; set; }

    /// <summary>ISO currency code of the company's amounts.</summary>
    [global::MappingDsl.CustomColumn(global::MappingDsl.ColumnType.String, MaxLength = 3, Label = "Currency")]
    public string? sm_Currency { get; set; }

    /// <summary>LinkedIn handle.</summary>
    [global::MappingDsl.CustomColumn(global::MappingDsl.ColumnType.String, MaxLength = 200, Label = "LinkedIn")]
    public string? sm_LinkedInHandle { get; set; }

    /// <summary>Salesmate custom field Region.</summary>
    [global::MappingDsl.CustomColumn(global::MappingDsl.ColumnType.String, MaxLength = 100, Label = "Region")]
    public string? sm_Region { get; set; }

    /// <summary>Salesmate custom field Tier.</summary>
    [global::MappingDsl.CustomColumn(global::MappingDsl.ColumnType.Picklist, Label = "Tier")]
    public SmTier? sm_Tier { get; set; }

    /// <summary>Salesmate custom field Locations.</summary>
    [global::MappingDsl.CustomColumn(global::MappingDsl.ColumnType.Integer, Label = "Locations")]
    public int? sm_Locations { get; set; }

    /// <summary>Salesmate custom field Customer Since.</summary>
    [global::MappingDsl.CustomColumn(global::MappingDsl.ColumnType.DateOnly, Label = "Customer since")]
    public global::System.DateOnly? sm_CustomerSince { get; set; }
}
