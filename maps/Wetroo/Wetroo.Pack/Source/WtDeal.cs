using System.Text.Json.Serialization;

namespace MappingDsl.Maps.Wetroo.Source;

/// <summary>A Wetroo deal (<c>deal</c> module).</summary>
public sealed class WtDeal
{
    /// <summary>Wetroo id.</summary>
    [SourceKey] public long Id { get; init; }
    /// <summary>Title.</summary>
    public string? Title { get; init; }
    /// <summary>Deal value.</summary>
    public decimal? Value { get; init; }
    /// <summary>ISO currency code.</summary>
    public string? Currency { get; init; }
    /// <summary>Pipeline id.</summary>
    public long? PipelineId { get; init; }
    /// <summary>Pipeline name.</summary>
    public string? Pipeline { get; init; }
    /// <summary>Stage id; null for a stale stage.</summary>
    public long? StageId { get; init; }
    /// <summary>Stage name.</summary>
    public string? Stage { get; init; }
    /// <summary>Stage position in its pipeline; null for a stale stage.</summary>
    public int? StageOrder { get; init; }
    /// <summary>open, won or lost.</summary>
    public string? Status { get; init; }
    /// <summary>Expected (open) or actual (won, lost) close date.</summary>
    public DateOnly? CloseDate { get; init; }
    /// <summary>Why it was won.</summary>
    public string? WonReason { get; init; }
    /// <summary>Why it was lost.</summary>
    public string? LostReason { get; init; }
    /// <summary>The deal's contact; may name one that does not exist.</summary>
    public long? ContactId { get; init; }
    /// <summary>Owner.</summary>
    public WtOwnerRef? Owner { get; init; }
    /// <summary>Custom field values.</summary>
    public WtDealFields? CustomFields { get; init; }
    /// <summary>Created at.</summary>
    public DateTimeOffset? CreatedAt { get; init; }
    /// <summary>Last modified at.</summary>
    public DateTimeOffset? UpdatedAt { get; init; }
}

/// <summary>A deal's custom field values.</summary>
public sealed class WtDealFields
{
    /// <summary>PO Number (text).</summary>
    [JsonPropertyName("cf_po_number")] public string? PoNumber { get; init; }
    /// <summary>Discount % (number).</summary>
    [JsonPropertyName("cf_discount")] public decimal? Discount { get; init; }
    /// <summary>Expected Go-Live (date).</summary>
    [JsonPropertyName("cf_go_live")] public DateOnly? GoLive { get; init; }
    /// <summary>Payment Terms (picklist).</summary>
    [JsonPropertyName("cf_payment_terms")] public string? PaymentTerms { get; init; }
}
