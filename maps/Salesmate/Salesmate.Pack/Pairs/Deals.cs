using MappingDsl.Entities;
using MappingDsl.Maps.Salesmate.Source;

namespace MappingDsl.Maps.Salesmate;

public static partial class SalesmatePack
{
    /// <summary>
    /// Salesmate deals become opportunities on the company's account (or the contact when there is no company). The
    /// stage goes through the stage matrix, with the stage's probability; the pipeline becomes the sm_pipeline choice
    /// (Dataverse's stand-in for a Record Type); won and lost deals arrive closed, with their reasons.
    /// </summary>
    [Pair("Deal", Module = "deal")]
    [LeaveUnset(nameof(Opportunity.TransactionCurrencyId), Reason = "Dataverse uses the organization's base currency; the deal's ISO code is kept in sm_currency")]
    [Ignore(nameof(SmDeal.LastModifiedAt), Reason = "Drives delta runs; Dataverse stamps its own modified-on")]
    public static Opportunity Deals(SmDeal s, MapContext m) => new()
    {
        Name = Lossy.Truncate(s.Title ?? "(untitled deal)", 300, "Opportunity topics are limited to 300 characters"),
        CustomerId = s.PrimaryCompany is { } company ? m.Ref(Companies, company.Id) : m.Ref(Contacts, s.PrimaryContact?.Id),
        ParentContactId = m.Ref(Contacts, s.PrimaryContact?.Id),
        ParentAccountId = m.Ref(Companies, s.PrimaryCompany?.Id),
        sm_Pipeline = Pipeline(s.Pipeline),
        SalesStage = Stage(s.Stage),
        sm_SalesmateStage = s.Stage,
        StepName = s.Stage,
        CloseProbability = s.Probability,
        EstimatedValue = s.DealValue,
        sm_Currency = s.Currency,
        EstimatedCloseDate = s.EstimatedCloseDate,
        OpportunityRatingCode = Rating(s.Priority),
        sm_Source = s.Source,
        sm_WonReason = s.WonReason,
        sm_LostReason = s.LostReason,
        Description = Lossy.Truncate(s.Description, 2000, "Opportunity descriptions are limited to 2000 characters"),
        sm_Tags = s.Tags,
        sm_DiscountPercent = s.DiscountPercent,
        sm_Competitor = Competitor(s.Competitor),
        sm_MultiYear = s.MultiYear,
        OwnerId = m.Owner(s.Owner?.Email),
        OverriddenCreatedOn = s.CreatedAt,
        ActualCloseDate = Lossy.ToDate(s.ClosedDate, "Dataverse keeps the close date without its time"),
        ActualValue = s.Status is "Won" ? s.DealValue : null,
        StateCode = DealState(s.Status),
        StatusCode = DealStatus(s.Status),
    };

    /// <summary>
    /// Deal stage → the opportunity's sales stage. Dataverse's sales process has four stages, so several Salesmate
    /// stages share one; the exact Salesmate stage is kept in sm_salesmatestage.
    /// </summary>
    [Picklist("Deal stage", Discovered = "deal.stage")]
    public static Opportunity.SalesStageOption? Stage(string? v) => v switch
    {
        "New" or "Qualified" or "Sourced" or "Renewal Due" => Opportunity.SalesStageOption.Qualify,
        "Evaluating" => Opportunity.SalesStageOption.Develop,
        "Proposal" or "Negotiation" or "Quoted" or "Committed" => Opportunity.SalesStageOption.Propose,
        "Won" or "Lost" or "Closed Won" or "Closed Lost" or "Renewed" or "Churned" => Opportunity.SalesStageOption.Close,
        _ => Unmapped.Fail<Opportunity.SalesStageOption?>(v),
    };

    /// <summary>Pipeline → the sm_pipeline choice, Dataverse's equivalent of Salesforce's Record Type.</summary>
    [Picklist("Pipeline", Discovered = "deal.pipeline")]
    public static SmDealPipeline? Pipeline(string? v) => v switch
    {
        "Sales" => SmDealPipeline.Sales,
        "Partner" => SmDealPipeline.Partner,
        "Renewals" => SmDealPipeline.Renewals,
        _ => Unmapped.Fail<SmDealPipeline?>(v),
    };

    /// <summary>Deal priority → opportunity rating.</summary>
    [Picklist("Deal priority", Discovered = "deal.priority")]
    public static Opportunity.OpportunityRatingCodeOption? Rating(string? v) => v switch
    {
        null or "" => null,
        "High" => Opportunity.OpportunityRatingCodeOption.Hot,
        "Medium" => Opportunity.OpportunityRatingCodeOption.Warm,
        "Low" => Opportunity.OpportunityRatingCodeOption.Cold,
        _ => Unmapped.Default<Opportunity.OpportunityRatingCodeOption?>(v, Opportunity.OpportunityRatingCodeOption.Warm),
    };

    /// <summary>Competitor (deal custom select field) → the sm_competitor choice.</summary>
    [Picklist("Competitor", Discovered = "deal.selectCustomField1")]
    public static SmCompetitor? Competitor(string? v) => v switch
    {
        null or "" => null,
        "None" => SmCompetitor.None,
        "Acme" => SmCompetitor.Acme,
        "Globex" => SmCompetitor.Globex,
        "Initech" => SmCompetitor.Initech,
        _ => Unmapped.Fail<SmCompetitor?>(v),
    };

    /// <summary>Deal status → the opportunity's state, set after create (won and lost deals arrive closed).</summary>
    [Picklist("Deal status", Discovered = "deal.status")]
    public static Opportunity.StateCodeOption? DealState(string? v) => v switch
    {
        "Open" or null => null,
        "Won" => Opportunity.StateCodeOption.Won,
        "Lost" => Opportunity.StateCodeOption.Lost,
        _ => Unmapped.Fail<Opportunity.StateCodeOption?>(v),
    };

    /// <summary>Deal status → the opportunity's status reason.</summary>
    [Picklist("Deal status reason", Discovered = "deal.status")]
    public static Opportunity.StatusCodeOption? DealStatus(string? v) => v switch
    {
        "Open" or null => Opportunity.StatusCodeOption.InProgress,
        "Won" => Opportunity.StatusCodeOption.Won,
        "Lost" => Opportunity.StatusCodeOption.OutSold,
        _ => Unmapped.Fail<Opportunity.StatusCodeOption?>(v),
    };
}
