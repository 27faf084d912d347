namespace MappingDsl.Entities;

/// <summary>
/// One Customer.io event (track()). Sales has no event store, so events get a table of their own: name, time, the
/// lead or contact the person became, a typed column for every property key discovery found in more than 10 % of the
/// events (generated from the snapshot: [DiscoveredColumns]) and the other keys as JSON.
/// </summary>
[global::MappingDsl.CustomTable("cio_Event", "Customer.io event", "Customer.io events", PrimaryName = "cio_Name")]
[global::MappingDsl.DiscoveredColumns("event", "data", Threshold = 0.10, Prefix = "cio_ep_", Rest = nameof(cio_OtherProperties))]
public sealed partial class CioEvent
{
    /// <summary>Event name and time.</summary>
    [global::MappingDsl.CustomColumn(global::MappingDsl.ColumnType.String, MaxLength = 300, Label = "Name")]
    public string? cio_Name { get; set; }

    /// <summary>The event name as tracked.</summary>
    [global::MappingDsl.CustomColumn(global::MappingDsl.ColumnType.String, MaxLength = 200, Label = "Event name")]
    public string? cio_EventName { get; set; }

    /// <summary>When it happened (Unix seconds in Customer.io).</summary>
    [global::MappingDsl.CustomColumn(global::MappingDsl.ColumnType.DateTime, Label = "Event time")]
    public global::System.DateTimeOffset? cio_Timestamp { get; set; }

    /// <summary>The person, when it became a contact.</summary>
    [global::MappingDsl.CustomColumn(global::MappingDsl.ColumnType.Lookup, Target = "contact", Label = "Contact")]
    public global::MappingDsl.LookupRef? cio_ContactId { get; set; }

    /// <summary>The person, when it became a lead.</summary>
    [global::MappingDsl.CustomColumn(global::MappingDsl.ColumnType.Lookup, Target = "lead", Label = "Lead")]
    public global::MappingDsl.LookupRef? cio_LeadId { get; set; }

    /// <summary>The person's Customer.io id.</summary>
    [global::MappingDsl.CustomColumn(global::MappingDsl.ColumnType.String, MaxLength = 100, Label = "Customer.io id")]
    public string? cio_CioId { get; set; }

    /// <summary>Property keys in 10 % of events or fewer (and values of another type than their column), as JSON.</summary>
    [global::MappingDsl.CustomColumn(global::MappingDsl.ColumnType.Memo, MaxLength = 100000, Label = "Other properties (JSON)")]
    public string? cio_OtherProperties { get; set; }
}
