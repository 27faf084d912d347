namespace MappingDsl.Entities;

/// <summary>Iterable columns on opportunities (purchase events).</summary>
public partial class Opportunity
{
    /// <summary>Iterable order id (the scope's purchase_order_id__c).</summary>
    [global::MappingDsl.CustomColumn(global::MappingDsl.ColumnType.String, MaxLength = 100, Label = "Purchase order id")]
    public string? ib_PurchaseOrderId { get; set; }

    /// <summary>True: this won opportunity was a purchase event (purchase_event_source__c).</summary>
    [global::MappingDsl.CustomColumn(global::MappingDsl.ColumnType.Boolean, Label = "From a purchase event")]
    public bool? ib_PurchaseEventSource { get; set; }


    /// <summary>The purchase's last product line; set when the purchase is closed as won, after its lines.</summary>
    [global::MappingDsl.CustomColumn(global::MappingDsl.ColumnType.Lookup, Target = "opportunityproduct", Label = "Last product line")]
    public global::MappingDsl.LookupRef? ib_LastLineId { get; set; }
}
