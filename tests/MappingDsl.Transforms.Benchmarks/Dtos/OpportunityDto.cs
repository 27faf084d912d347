using System.Text.Json.Serialization;

namespace MappingDsl.Transforms.Benchmarks.Dtos;

/// <summary>An opportunity body; state and status travel beside it, not in it.</summary>
public sealed class OpportunityDto
{
    [JsonPropertyName("sm_sourceid")] public string? SourceId { get; set; }
    [JsonPropertyName("name")] public string? Title { get; set; }
    [JsonPropertyName("customerid_account@odata.bind"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] public string? CustomerAccountBind { get; set; }
    [JsonPropertyName("customerid_contact@odata.bind"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] public string? CustomerContactBind { get; set; }
    [JsonPropertyName("parentcontactid@odata.bind"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] public string? ParentContactBind { get; set; }
    [JsonPropertyName("parentaccountid@odata.bind"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] public string? ParentAccountBind { get; set; }
    [JsonPropertyName("sm_pipeline")] public int? Pipeline { get; set; }
    [JsonPropertyName("salesstage")] public int? SalesStage { get; set; }
    [JsonPropertyName("sm_salesmatestage")] public string? Stage { get; set; }
    [JsonPropertyName("stepname")] public string? StepName { get; set; }
    [JsonPropertyName("closeprobability")] public int? Probability { get; set; }
    [JsonPropertyName("estimatedvalue")] public decimal? DealValue { get; set; }
    [JsonPropertyName("sm_currency")] public string? Currency { get; set; }
    [JsonPropertyName("estimatedclosedate")] public DateOnly? EstimatedCloseDate { get; set; }
    [JsonPropertyName("opportunityratingcode")] public int? Priority { get; set; }
    [JsonPropertyName("sm_source")] public string? Source { get; set; }
    [JsonPropertyName("sm_wonreason")] public string? WonReason { get; set; }
    [JsonPropertyName("sm_lostreason")] public string? LostReason { get; set; }
    [JsonPropertyName("description")] public string? Description { get; set; }
    [JsonPropertyName("sm_tags")] public string? Tags { get; set; }
    [JsonPropertyName("sm_discountpercent")] public decimal? DiscountPercent { get; set; }
    [JsonPropertyName("sm_competitor")] public int? Competitor { get; set; }
    [JsonPropertyName("sm_multiyear")] public bool? MultiYear { get; set; }
    [JsonPropertyName("ownerid@odata.bind"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] public string? OwnerBind { get; set; }
    [JsonPropertyName("overriddencreatedon")] public DateTimeOffset? CreatedAt { get; set; }
    [JsonPropertyName("actualclosedate")] public DateOnly? ClosedDate { get; set; }
    [JsonPropertyName("actualvalue")] public decimal? ActualValue { get; set; }
    [JsonIgnore] public int? StateCode { get; set; }
    [JsonIgnore] public int? StatusCode { get; set; }
}
