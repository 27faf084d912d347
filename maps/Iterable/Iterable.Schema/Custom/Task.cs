namespace MappingDsl.Entities;

/// <summary>Iterable columns on tasks: custom events and subscription history, typed as Iterable events.</summary>
public partial class Task
{
    /// <summary>IterableEvent or IterableSubscription: the scope's custom task record type.</summary>
    [global::MappingDsl.CustomColumn(global::MappingDsl.ColumnType.String, MaxLength = 50, Label = "Iterable record type")]
    public string? ib_ActivityKind { get; set; }

    /// <summary>The custom event's name (or emailSubscribe / emailUnSubscribe).</summary>
    [global::MappingDsl.CustomColumn(global::MappingDsl.ColumnType.String, MaxLength = 200, Label = "Event name")]
    public string? ib_EventName { get; set; }

    /// <summary>The event's dataFields as JSON, exactly as Iterable exported them.</summary>
    [global::MappingDsl.CustomColumn(global::MappingDsl.ColumnType.Memo, MaxLength = 100000, Label = "Event payload")]
    public string? ib_EventPayload { get; set; }

    /// <summary>When the event happened in Iterable (createdAt).</summary>
    [global::MappingDsl.CustomColumn(global::MappingDsl.ColumnType.DateTime, Label = "Original timestamp")]
    public global::System.DateTimeOffset? ib_OriginalTimestamp { get; set; }

    /// <summary>The payload holds nested objects or arrays that no typed column can take: reviewed case by case.</summary>
    [global::MappingDsl.CustomColumn(global::MappingDsl.ColumnType.Boolean, Label = "Payload not flat")]
    public bool? ib_PayloadNested { get; set; }

    /// <summary>Subscription events: the channels the change applied to.</summary>
    [global::MappingDsl.CustomColumn(global::MappingDsl.ColumnType.String, MaxLength = 200, Label = "Channel")]
    public string? ib_Channel { get; set; }

}
