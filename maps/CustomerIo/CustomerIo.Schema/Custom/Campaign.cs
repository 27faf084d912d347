namespace MappingDsl.Entities;

/// <summary>Customer.io columns on campaigns (broadcasts).</summary>
public partial class Campaign
{
    /// <summary>newsletter (one-time broadcast) or api_triggered.</summary>
    [global::MappingDsl.CustomColumn(global::MappingDsl.ColumnType.String, MaxLength = 50, Label = "Broadcast kind")]
    public string? cio_BroadcastKind { get; set; }

    /// <summary>The target segments (ids and names): the intended audience (the scope's custom field).</summary>
    [global::MappingDsl.CustomColumn(global::MappingDsl.ColumnType.String, MaxLength = 1000, Label = "Target segments")]
    public string? cio_TargetSegments { get; set; }

    /// <summary>Broadcast state in Customer.io.</summary>
    [global::MappingDsl.CustomColumn(global::MappingDsl.ColumnType.String, MaxLength = 50, Label = "Customer.io state")]
    public string? cio_State { get; set; }
}
