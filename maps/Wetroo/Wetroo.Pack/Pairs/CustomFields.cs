using MappingDsl.Maps.Wetroo.Source;

namespace MappingDsl.Maps.Wetroo;

public static partial class WetrooPack
{
    /// <summary>Each discovered Wetroo custom field's typed Dataverse column (<c>object.key</c> → table.column).</summary>
    public static IReadOnlyDictionary<string, string> CustomFieldColumns { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["contact.cf_gst_number"] = "contact.wt_gstnumber",
        ["contact.cf_orders_count"] = "contact.wt_orderscount",
        ["contact.cf_birthday"] = "contact.wt_birthday",
        ["contact.cf_language"] = "contact.wt_language",
        ["contact.cf_city_tier"] = "contact.wt_citytier",
        ["lead.cf_campaign"] = "lead.wt_campaign",
        ["lead.cf_budget"] = "lead.wt_budget",
        ["lead.cf_callback_date"] = "lead.wt_callbackdate",
        ["lead.cf_product_interest"] = "lead.wt_productinterest",
        ["deal.cf_po_number"] = "opportunity.wt_ponumber",
        ["deal.cf_discount"] = "opportunity.wt_discount",
        ["deal.cf_go_live"] = "opportunity.wt_golive",
        ["deal.cf_payment_terms"] = "opportunity.wt_paymentterms",
    };

    /// <summary>
    /// Wetroo custom fields on contacts, leads and deals, typed from discovery: text → text column, number → decimal,
    /// date → date only, picklist → choice with a value matrix. Each is a wt_ column provisioned before any record loads;
    /// this inventory lists every definition, with its column (or that it has none yet).
    /// </summary>
    [Pair("Custom Fields", Module = "field", TargetDescription = "Typed custom columns (wt_ prefix) on contact, lead and opportunity, provisioned before load")]
    [Ignore(nameof(WtCustomField.UpdatedAt), Reason = "Definitions are re-read in full on every run")]
    public static InventoryRow CustomFields(WtCustomField s, MapContext m) => new()
    {
        ["Object"] = s.Object,
        ["Key"] = s.Key,
        ["Label"] = s.Label,
        ["Type"] = s.Type,
        ["Options"] = s.Options is { Count: > 0 } options ? string.Join("; ", options) : null,
        ["Dynamics 365 column"] = CustomFieldColumns.TryGetValue($"{s.Object}.{s.Key}", out var column)
            ? column
            : "none: a field created after discovery; run discover, add its column and matrix, provision",
    };
}
