namespace MappingDsl.Entities;

/// <summary>Salesmate columns on appointments (meetings).</summary>
public partial class Appointment
{
    /// <summary>Salesmate activity custom field Outcome Category.</summary>
    [global::MappingDsl.CustomColumn(global::MappingDsl.ColumnType.Picklist, Label = "Outcome category")]
    public SmOutcomeCategory? sm_OutcomeCategory { get; set; }

    /// <summary>Salesmate activity custom field Follow-up Notes.</summary>
    [global::MappingDsl.CustomColumn(global::MappingDsl.ColumnType.String, MaxLength = 2000, Label = "Follow-up notes")]
    public string? sm_FollowUpNotes { get; set; }

    /// <summary>Salesmate tags, comma-separated.</summary>
    [global::MappingDsl.CustomColumn(global::MappingDsl.ColumnType.String, MaxLength = 1000, Label = "Tags")]
    public string? sm_Tags { get; set; }

    /// <summary>Whether Salesmate sent a calendar invite.</summary>
    [global::MappingDsl.CustomColumn(global::MappingDsl.ColumnType.Boolean, Label = "Calendar invite sent")]
    public bool? sm_IsCalendarInvite { get; set; }

    /// <summary>Each attendee's response (email: status), one per line.</summary>
    [global::MappingDsl.CustomColumn(global::MappingDsl.ColumnType.Memo, MaxLength = 4000, Label = "Attendee responses")]
    public string? sm_AttendeeResponses { get; set; }
}
