using MappingDsl.Entities;
using MappingDsl.Maps.Wetroo.Source;

namespace MappingDsl.Maps.Wetroo;

public static partial class WetrooPack
{
    /// <summary>
    /// Wetroo deals become opportunities on their contact, found by its Wetroo id among the migrated contacts (the
    /// Dataverse form of the scope's wetroo_record_id__c cross-reference). A deal whose contact does not exist loads
    /// without a customer, keeps the Wetroo contact id in wt_contactwetrooid and is flagged. The pipeline becomes the
    /// wt_pipeline choice (Dataverse's stand-in for a Record Type); the stage goes through the stage matrix, with the
    /// original stage name and its order kept in wt_originalstage and wt_stageorder; won and lost deals arrive closed
    /// with their reasons.
    /// </summary>
    [Pair("Deal", Module = "deal")]
    [LeaveUnset(nameof(Opportunity.TransactionCurrencyId), Reason = "Dataverse uses the organization's base currency; the deal's ISO code is kept in wt_currency")]
    [Ignore(nameof(WtDeal.PipelineId), Reason = "The pipeline's name is mapped; its id only identifies it in Wetroo")]
    [Ignore(nameof(WtDeal.StageId), Reason = "The stage's name and order are kept; its id only identifies it in Wetroo")]
    [Ignore(nameof(WtDeal.UpdatedAt), Reason = "Drives delta runs; Dataverse stamps its own modified-on")]
    public static Opportunity Deals(WtDeal s, MapContext m) => new()
    {
        Name = Lossy.Truncate(Blank(s.Title) ?? "(untitled deal)", 300, "Opportunity topics are limited to 300 characters"),
        CustomerId = IsMigrated(m, nameof(Contacts), s.ContactId) ? m.Ref(Contacts, s.ContactId) : null,
        ParentContactId = IsMigrated(m, nameof(Contacts), s.ContactId) ? m.Ref(Contacts, s.ContactId) : null,
        wt_ContactWetrooId = ContactKey(m, s.ContactId),
        EstimatedValue = s.Value,
        wt_Currency = s.Currency,
        EstimatedCloseDate = s.CloseDate,
        wt_Pipeline = Pipeline(s.Pipeline),
        SalesStage = Stage(s.Stage),
        wt_OriginalStage = s.Stage,
        StepName = s.Stage,
        wt_StageOrder = s.StageOrder,
        wt_WonReason = s.WonReason,
        wt_LostReason = s.LostReason,
        wt_PoNumber = s.CustomFields?.PoNumber,
        wt_Discount = s.CustomFields?.Discount,
        wt_GoLive = s.CustomFields?.GoLive,
        wt_PaymentTerms = PaymentTerms(s.CustomFields?.PaymentTerms),
        OwnerId = m.Owner(s.Owner?.Email),
        OverriddenCreatedOn = s.CreatedAt,
        ActualCloseDate = s.Status is "won" or "lost" ? s.CloseDate : null,
        ActualValue = s.Status is "won" ? s.Value : null,
        StateCode = DealState(s.Status),
        StatusCode = DealStatus(s.Status),
    };

    /// <summary>Pipeline → the wt_pipeline choice, Dataverse's equivalent of Salesforce's Record Type.</summary>
    [Picklist("Pipeline", Discovered = "deal.pipeline")]
    public static WtDealPipeline? Pipeline(string? v) => v switch
    {
        "WhatsApp Inbound" => WtDealPipeline.WhatsAppInbound,
        "Distributor Deals" => WtDealPipeline.DistributorDeals,
        "Renewals" => WtDealPipeline.Renewals,
        _ => Unmapped.Fail<WtDealPipeline?>(v),
    };

    /// <summary>Deal status → the opportunity's state, set after create (won and lost deals arrive closed).</summary>
    [Picklist("Deal status", Discovered = "deal.status")]
    public static Opportunity.StateCodeOption? DealState(string? v) => v switch
    {
        "open" or null => null,
        "won" => Opportunity.StateCodeOption.Won,
        "lost" => Opportunity.StateCodeOption.Lost,
        _ => Unmapped.Fail<Opportunity.StateCodeOption?>(v),
    };

    /// <summary>Deal status → the opportunity's status reason.</summary>
    [Picklist("Deal status reason", Discovered = "deal.status")]
    public static Opportunity.StatusCodeOption? DealStatus(string? v) => v switch
    {
        "open" or null => Opportunity.StatusCodeOption.InProgress,
        "won" => Opportunity.StatusCodeOption.Won,
        "lost" => Opportunity.StatusCodeOption.OutSold,
        _ => Unmapped.Fail<Opportunity.StatusCodeOption?>(v),
    };

    /// <summary>Payment Terms (deal custom picklist) → the wt_paymentterms choice.</summary>
    [Picklist("Payment terms", Discovered = "deal.customFields.cf_payment_terms")]
    public static WtPaymentTerms? PaymentTerms(string? v) => v switch
    {
        null or "" => null,
        "Advance" => WtPaymentTerms.Advance,
        "Net 15" => WtPaymentTerms.Net15,
        "Net 30" => WtPaymentTerms.Net30,
        _ => Unmapped.Fail<WtPaymentTerms?>(v),
    };
}
