namespace MappingDsl.Entities;

/// <summary>Salesmate columns on opportunities (deals).</summary>
public partial class Opportunity
{
    /// <summary>The Salesmate pipeline: Dataverse's stand-in for a Salesforce Record Type.</summary>
    [global::MappingDsl.CustomColumn(global::MappingDsl.ColumnType.Picklist, Label = "Pipeline")]
    public SmDealPipeline? sm_Pipeline { get; set; }

    /// <summary>The deal's stage as Salesmate named it (the sales stage keeps only four values).</summary>
    [global::MappingDsl.CustomColumn(global::MappingDsl.ColumnType.String, MaxLength = 100, Label = "Salesmate stage")]
    public string? sm_SalesmateStage { get; set; }

    /// <summary>Why the deal was won.</summary>
    [global::MappingDsl.CustomColumn(global::MappingDsl.ColumnType.String, MaxLength = 500, Label = "Won reason")]
    public string? sm_WonReason { get; set; }

    /// <summary>Why the deal was lost.</summary>
    [global::MappingDsl.CustomColumn(global::MappingDsl.ColumnType.String, MaxLength = 500, Label = "Lost reason")]
    public string? sm_LostReason { get; set; }

    /// <summary>Where the deal came from.</summary>
    [global::MappingDsl.CustomColumn(global::MappingDsl.ColumnType.String, MaxLength = 200, Label = "Deal source")]
    public string? sm_Source { get; set; }

    /// <summary>ISO currency code of the deal value.</summary>
    [global::MappingDsl.CustomColumn(global::MappingDsl.ColumnType.String, MaxLength = 3, Label = "Currency")]
    public string? sm_Currency { get; set; }

    /// <summary>Salesmate tags, comma-separated.</summary>
    [global::MappingDsl.CustomColumn(global::MappingDsl.ColumnType.Memo, MaxLength = 4000, Label = "Tags")]
    public string? sm_Tags { get; set; }

    /// <summary>Salesmate custom field Discount Percent.</summary>
    [global::MappingDsl.CustomColumn(global::MappingDsl.ColumnType.Decimal, Precision = 2, Label = "Discount percent")]
    public decimal? sm_DiscountPercent { get; set; }

    /// <summary>Salesmate custom field Competitor.</summary>
    [global::MappingDsl.CustomColumn(global::MappingDsl.ColumnType.Picklist, Label = "Competitor")]
    public SmCompetitor? sm_Competitor { get; set; }

    /// <summary>Salesmate custom field Multi Year.</summary>
    [global::MappingDsl.CustomColumn(global::MappingDsl.ColumnType.Boolean, Label = "Multi year")]
    public bool? sm_MultiYear { get; set; }
}
