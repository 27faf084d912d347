using MappingDsl.Entities;

namespace MappingDsl.Maps.Wetroo;

public static partial class WetrooPack
{
    /// <summary>
    /// Every Wetroo stage name discovery found — in any pipeline, or on any deal — → the opportunity's sales stage.
    /// Dataverse's sales process has four stages (Qualify, Develop, Propose, Close; the scope's Prospecting …
    /// Closed Lost are Salesforce's), so several Wetroo stages share one; the exact stage and its order stay in
    /// wt_originalstage and wt_stageorder. A stage without a row fails the build (MDSL004) naming it, so a stage added
    /// in Wetroo is decided by the admin before any deal loads. The stale stages (deleted from their pipeline, still on
    /// old deals) are mapped on purpose, not by a fallback.
    /// </summary>
    [Picklist("Deal stage", Discovered = "deal.stage")]
    public static Opportunity.SalesStageOption? Stage(string? v) => v switch
    {
        "New Chat" => Opportunity.SalesStageOption.Qualify,
        "Interested" => Opportunity.SalesStageOption.Qualify,
        "Enquiry" => Opportunity.SalesStageOption.Qualify,
        "Renewal Due" => Opportunity.SalesStageOption.Qualify,
        "Follow Up (old)" => Opportunity.SalesStageOption.Qualify,
        "Hot Lead (retired)" => Opportunity.SalesStageOption.Qualify,
        "Demo Booked" => Opportunity.SalesStageOption.Develop,
        "Sample Sent" => Opportunity.SalesStageOption.Develop,
        "Reminder Sent" => Opportunity.SalesStageOption.Develop,
        "Quote Sent" => Opportunity.SalesStageOption.Propose,
        "Negotiation" => Opportunity.SalesStageOption.Propose,
        "Won" => Opportunity.SalesStageOption.Close,
        "Lost" => Opportunity.SalesStageOption.Close,
        "Order Placed" => Opportunity.SalesStageOption.Close,
        "Dropped" => Opportunity.SalesStageOption.Close,
        "Renewed" => Opportunity.SalesStageOption.Close,
        "Churned" => Opportunity.SalesStageOption.Close,
        _ => Unmapped.Fail<Opportunity.SalesStageOption?>(v),
    };
}
