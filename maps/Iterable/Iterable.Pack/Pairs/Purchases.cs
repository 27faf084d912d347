using MappingDsl.Entities;
using MappingDsl.Maps.Iterable.Source;

namespace MappingDsl.Maps.Iterable;

public static partial class IterablePack
{
    /// <summary>
    /// Purchase events become opportunities for the person who bought (contact as customer; a buyer who is still a
    /// lead is the originating lead), with the order id, the total and the purchase-source flag. They load open so
    /// their product lines can be added, and are closed as won afterwards (Purchase wins).
    /// </summary>
    [Pair("Purchase Event", Module = "purchase")]
    [LeaveUnset(nameof(Opportunity.OwnerId), Reason = "Iterable records have no owner; Dataverse assigns the migration user, who can reassign")]
    [LeaveUnset(nameof(Opportunity.TransactionCurrencyId), Reason = "Dataverse uses the organization's base currency")]
    [Ignore(nameof(IbPurchase.Key), Reason = "The order id is the key")]
    [Ignore(nameof(IbPurchase.Email), Reason = "The person is resolved through the profile key")]
    [Ignore(nameof(IbPurchase.UserId), Reason = "The person is resolved through the profile key")]
    [Ignore(nameof(IbPurchase.ItblInternal), Reason = "Iterable's internal document timestamps")]
    [Ignore(nameof(IbPurchase.DataType), Reason = "Always purchase")]
    [Ignore(nameof(IbPurchase.ShoppingCartItems), Reason = "Each item loads as a product line (Purchase lines)")]
    [Ignore(nameof(IbPurchase.CampaignId), Reason = "Attribution stays in Iterable's reports; the campaign itself migrates")]
    public static Opportunity Purchases(IbPurchase s, MapContext m) => new()
    {
        Name = "Purchase " + s.Id,
        CustomerId = m.Ref(Profiles, s.ProfileKey),
        ParentContactId = m.Ref(Profiles, s.ProfileKey),
        OriginatingLeadId = m.Ref(Profiles, s.ProfileKey),
        EstimatedValue = s.Total,
        Description = s.DataFields?.GetRawText(),
        ib_PurchaseOrderId = s.Id,
        ib_PurchaseEventSource = true,
        OverriddenCreatedOn = s.CreatedAt,
    };

    /// <summary>Each cart item becomes a product line of its purchase's opportunity, priced as bought.</summary>
    [Pair("Purchase Event", Module = "purchaseItem", TargetDescription = "Opportunity product lines")]
    [Ignore(nameof(IbPurchaseItem.Line), Reason = "Part of the key")]
    [Ignore(nameof(IbPurchaseItem.Sku), Reason = "The product carries it")]
    [Ignore(nameof(IbPurchaseItem.Categories), Reason = "The product carries its category")]
    public static OpportunityProduct PurchaseLines(IbPurchaseItem s, MapContext m) => new()
    {
        OpportunityId = m.Ref(Purchases, s.OrderId),
        ProductId = m.Ref(CatalogItems, s.Catalog + "/" + s.Id),
        UoMId = m.Ref(Units, s.Catalog),
        Quantity = s.Quantity,
        PricePerUnit = s.Price,
        IsPriceOverridden = true,
        ProductTypeCode = OpportunityProduct.ProductTypeCodeOption.Product,
        PropertyConfigurationStatus = OpportunityProduct.PropertyConfigurationStatusOption.NotConfigured,
        ProductDescription = s.Name,
    };

    /// <summary>
    /// After its lines are in, each purchase's opportunity is closed as won with the actual value and close date
    /// (Dataverse refuses product lines on a closed opportunity, hence the second pass). ib_lastlineid points to the
    /// purchase's last line, which is also what orders this pass after the lines.
    /// </summary>
    [Pair("Purchase Event", Module = "purchase", TargetDescription = "Opportunity closed as won (after its lines)")]
    [LeaveUnset(nameof(Opportunity.OwnerId), Reason = "Iterable records have no owner; Dataverse assigns the migration user, who can reassign")]
    [LeaveUnset(nameof(Opportunity.TransactionCurrencyId), Reason = "Dataverse uses the organization's base currency")]
    [Ignore(nameof(IbPurchase.Key), Reason = "The order id is the key")]
    [Ignore(nameof(IbPurchase.Email), Reason = "Written by the Purchases pass")]
    [Ignore(nameof(IbPurchase.UserId), Reason = "Written by the Purchases pass")]
    [Ignore(nameof(IbPurchase.ItblInternal), Reason = "Iterable's internal document timestamps")]
    [Ignore(nameof(IbPurchase.DataType), Reason = "Always purchase")]
    [Ignore(nameof(IbPurchase.CampaignId), Reason = "Written by the Purchases pass")]
    [Ignore(nameof(IbPurchase.DataFields), Reason = "Written by the Purchases pass")]
    public static Opportunity PurchaseWins(IbPurchase s, MapContext m) => new()
    {
        Name = "Purchase " + s.Id,
        CustomerId = m.Ref(Profiles, s.ProfileKey),
        ActualValue = s.Total,
        ActualCloseDate = Lossy.ToDate(s.CreatedAt, "Dataverse close dates are dates; the purchase time is kept in the created-on"),
        ib_LastLineId = m.Ref(PurchaseLines, s.Id + "#" + (s.ShoppingCartItems?.Count ?? 0).ToString(System.Globalization.CultureInfo.InvariantCulture)),
        StateCode = Opportunity.StateCodeOption.Won,
        StatusCode = Opportunity.StatusCodeOption.Won,
    };
}
