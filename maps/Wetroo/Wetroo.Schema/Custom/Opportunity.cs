namespace MappingDsl.Entities;

/// <summary>Wetroo columns on opportunities (deals).</summary>
public partial class Opportunity
{
    /// <summary>The Wetroo pipeline: Dataverse's stand-in for a Salesforce Record Type.</summary>
    [global::MappingDsl.CustomColumn(global::MappingDsl.ColumnType.Picklist, Label = "Pipeline")]
    public WtDealPipeline? wt_Pipeline { get; set; }

    /// <summary>The deal's stage exactly as Wetroo named it (the sales stage keeps four values).</summary>
    [global::MappingDsl.CustomColumn(global::MappingDsl.ColumnType.String, MaxLength = 100, Label = "Original pipeline stage")]
    public string? wt_OriginalStage { get; set; }

    /// <summary>The stage's 1-based position in its Wetroo pipeline; empty for a stage no pipeline has any more.</summary>
    [global::MappingDsl.CustomColumn(global::MappingDsl.ColumnType.Integer, Label = "Original stage order")]
    public int? wt_StageOrder { get; set; }

    /// <summary>Why the deal was won.</summary>
    [global::MappingDsl.CustomColumn(global::MappingDsl.ColumnType.String, MaxLength = 500, Label = "Won reason")]
    public string? wt_WonReason { get; set; }

    /// <summary>Why the deal was lost.</summary>
    [global::MappingDsl.CustomColumn(global::MappingDsl.ColumnType.String, MaxLength = 500, Label = "Lost reason")]
    public string? wt_LostReason { get; set; }

    /// <summary>ISO currency code of the deal value.</summary>
    [global::MappingDsl.CustomColumn(global::MappingDsl.ColumnType.String, MaxLength = 3, Label = "Currency")]
    public string? wt_Currency { get; set; }

    /// <summary>The Wetroo id of the deal's contact, kept even when that contact does not exist.</summary>
    [global::MappingDsl.CustomColumn(global::MappingDsl.ColumnType.String, MaxLength = 20, Label = "Wetroo contact id")]
    public string? wt_ContactWetrooId { get; set; }

    /// <summary>Wetroo custom field PO Number (text).</summary>
    [global::MappingDsl.CustomColumn(global::MappingDsl.ColumnType.String, MaxLength = 100, Label = "PO number")]
    public string? wt_PoNumber { get; set; }

    /// <summary>Wetroo custom field Discount % (number).</summary>
    [global::MappingDsl.CustomColumn(global::MappingDsl.ColumnType.Decimal, Precision = 2, Label = "Discount %")]
    public decimal? wt_Discount { get; set; }

    /// <summary>Wetroo custom field Expected Go-Live (date).</summary>
    [global::MappingDsl.CustomColumn(global::MappingDsl.ColumnType.DateOnly, Label = "Expected go-live")]
    public global::System.DateOnly? wt_GoLive { get; set; }

    /// <summary>Wetroo custom field Payment Terms (picklist).</summary>
    [global::MappingDsl.CustomColumn(global::MappingDsl.ColumnType.Picklist, Label = "Payment terms")]
    public WtPaymentTerms? wt_PaymentTerms { get; set; }
}
