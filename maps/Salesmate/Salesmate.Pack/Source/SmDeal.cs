using System.Text.Json.Serialization;

namespace MappingDsl.Maps.Salesmate.Source;

/// <summary>A Salesmate deal (<c>deal</c> module).</summary>
public sealed class SmDeal
{
    /// <summary>Salesmate id.</summary>
    [SourceKey] public long Id { get; init; }
    /// <summary>Title.</summary>
    public string? Title { get; init; }
    /// <summary>Pipeline name.</summary>
    public string? Pipeline { get; init; }
    /// <summary>Stage name within the pipeline.</summary>
    public string? Stage { get; init; }
    /// <summary>Open, Won or Lost.</summary>
    public string? Status { get; init; }
    /// <summary>Deal value.</summary>
    public decimal? DealValue { get; init; }
    /// <summary>ISO currency code.</summary>
    public string? Currency { get; init; }
    /// <summary>Win probability, 0–100.</summary>
    public int? Probability { get; init; }
    /// <summary>High, Medium or Low.</summary>
    public string? Priority { get; init; }
    /// <summary>Lead source.</summary>
    public string? Source { get; init; }
    /// <summary>Expected close date.</summary>
    public DateOnly? EstimatedCloseDate { get; init; }
    /// <summary>When it was won or lost.</summary>
    public DateTimeOffset? ClosedDate { get; init; }
    /// <summary>Why it was lost.</summary>
    public string? LostReason { get; init; }
    /// <summary>Why it was won.</summary>
    public string? WonReason { get; init; }
    /// <summary>Primary contact.</summary>
    public SmContactRef? PrimaryContact { get; init; }
    /// <summary>Primary company.</summary>
    public SmCompanyRef? PrimaryCompany { get; init; }
    /// <summary>Description.</summary>
    public string? Description { get; init; }
    /// <summary>Comma-separated tags.</summary>
    public string? Tags { get; init; }
    /// <summary>Owner.</summary>
    public SmUserRef? Owner { get; init; }
    /// <summary>Created at.</summary>
    public DateTimeOffset? CreatedAt { get; init; }
    /// <summary>Last modified at.</summary>
    public DateTimeOffset? LastModifiedAt { get; init; }
    /// <summary>Custom field "Discount Percent".</summary>
    [JsonPropertyName("decimalCustomField1")] public decimal? DiscountPercent { get; init; }
    /// <summary>Custom field "Competitor".</summary>
    [JsonPropertyName("selectCustomField1")] public string? Competitor { get; init; }
    /// <summary>Custom field "Multi Year".</summary>
    [JsonPropertyName("booleanCustomField1")] public bool? MultiYear { get; init; }
}
