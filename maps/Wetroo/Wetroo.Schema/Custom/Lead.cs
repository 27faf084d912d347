namespace MappingDsl.Entities;

/// <summary>Wetroo columns on leads.</summary>
public partial class Lead
{
    /// <summary>The lead status as Wetroo named it (the status reason keeps Dynamics 365's fixed set).</summary>
    [global::MappingDsl.CustomColumn(global::MappingDsl.ColumnType.String, MaxLength = 100, Label = "Wetroo status")]
    public string? wt_LeadStatus { get; set; }

    /// <summary>The lead source as Wetroo named it (WhatsApp, Facebook Ads … have no lead source option of their own).</summary>
    [global::MappingDsl.CustomColumn(global::MappingDsl.ColumnType.String, MaxLength = 100, Label = "Wetroo source")]
    public string? wt_LeadSource { get; set; }

    /// <summary>Wetroo's qualification score, 0–100.</summary>
    [global::MappingDsl.CustomColumn(global::MappingDsl.ColumnType.Integer, Label = "Qualification score")]
    public int? wt_QualificationScore { get; set; }

    /// <summary>Wetroo custom field Campaign (text).</summary>
    [global::MappingDsl.CustomColumn(global::MappingDsl.ColumnType.String, MaxLength = 200, Label = "Campaign")]
    public string? wt_Campaign { get; set; }

    /// <summary>Wetroo custom field Budget (number).</summary>
    [global::MappingDsl.CustomColumn(global::MappingDsl.ColumnType.Decimal, Precision = 2, Label = "Budget")]
    public decimal? wt_Budget { get; set; }

    /// <summary>Wetroo custom field Callback Date (date).</summary>
    [global::MappingDsl.CustomColumn(global::MappingDsl.ColumnType.DateOnly, Label = "Callback date")]
    public global::System.DateOnly? wt_CallbackDate { get; set; }

    /// <summary>Wetroo custom field Product Interest (picklist).</summary>
    [global::MappingDsl.CustomColumn(global::MappingDsl.ColumnType.Picklist, Label = "Product interest")]
    public WtProductInterest? wt_ProductInterest { get; set; }
}
