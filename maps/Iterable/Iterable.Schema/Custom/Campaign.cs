namespace MappingDsl.Entities;

/// <summary>Iterable columns on campaigns.</summary>
public partial class Campaign
{
    /// <summary>messageMedium: Email, SMS, Push or InApp.</summary>
    [global::MappingDsl.CustomColumn(global::MappingDsl.ColumnType.String, MaxLength = 50, Label = "Channel")]
    public string? ib_Channel { get; set; }

    /// <summary>campaignState (Draft, Running, Finished …).</summary>
    [global::MappingDsl.CustomColumn(global::MappingDsl.ColumnType.String, MaxLength = 50, Label = "Iterable state")]
    public string? ib_Status { get; set; }

    /// <summary>Blast or Triggered.</summary>
    [global::MappingDsl.CustomColumn(global::MappingDsl.ColumnType.String, MaxLength = 50, Label = "Campaign type")]
    public string? ib_CampaignType { get; set; }

    /// <summary>Start, end and recurrence as Iterable scheduled them.</summary>
    [global::MappingDsl.CustomColumn(global::MappingDsl.ColumnType.String, MaxLength = 500, Label = "Schedule")]
    public string? ib_Schedule { get; set; }

    /// <summary>The Iterable template the campaign sends (see the template inventory).</summary>
    [global::MappingDsl.CustomColumn(global::MappingDsl.ColumnType.String, MaxLength = 50, Label = "Template id")]
    public string? ib_TemplateId { get; set; }

    /// <summary>sendSize.</summary>
    [global::MappingDsl.CustomColumn(global::MappingDsl.ColumnType.Integer, Label = "Send size")]
    public int? ib_SendSize { get; set; }

    /// <summary>Total Email Sends (campaigns/metrics).</summary>
    [global::MappingDsl.CustomColumn(global::MappingDsl.ColumnType.Integer, Label = "Total sends")]
    public int? ib_TotalSends { get; set; }

    /// <summary>Unique Email Opens.</summary>
    [global::MappingDsl.CustomColumn(global::MappingDsl.ColumnType.Integer, Label = "Unique opens")]
    public int? ib_UniqueOpens { get; set; }

    /// <summary>Unique Email Clicks.</summary>
    [global::MappingDsl.CustomColumn(global::MappingDsl.ColumnType.Integer, Label = "Unique clicks")]
    public int? ib_UniqueClicks { get; set; }

    /// <summary>Email Open Rate (0..1).</summary>
    [global::MappingDsl.CustomColumn(global::MappingDsl.ColumnType.Decimal, Precision = 4, Label = "Open rate")]
    public decimal? ib_OpenRate { get; set; }

    /// <summary>Email Click Rate (0..1).</summary>
    [global::MappingDsl.CustomColumn(global::MappingDsl.ColumnType.Decimal, Precision = 4, Label = "Click rate")]
    public decimal? ib_ClickRate { get; set; }

}
