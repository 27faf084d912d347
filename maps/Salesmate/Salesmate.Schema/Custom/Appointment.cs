namespace MappingDsl.Entities;

/// <summary>Salesmate columns on appointments (meetings).</summary>
public partial class Appointment : SalesmateActivity, IActivityColumns
{
    /// <summary>Whether Salesmate sent a calendar invite.</summary>
    [global::MappingDsl.CustomColumn(global::MappingDsl.ColumnType.Boolean, Label = "Calendar invite sent")]
    public bool? sm_IsCalendarInvite { get; set; }

    /// <summary>Each attendee's response (email: status), one per line.</summary>
    [global::MappingDsl.CustomColumn(global::MappingDsl.ColumnType.Memo, MaxLength = 4000, Label = "Attendee responses")]
    public string? sm_AttendeeResponses { get; set; }
}
