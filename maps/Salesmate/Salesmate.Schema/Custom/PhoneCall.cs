namespace MappingDsl.Entities;

/// <summary>Salesmate columns on phone calls.</summary>
public partial class PhoneCall : SalesmateActivity, IActivityColumns
{
    /// <summary>The call's disposition (Connected, No Answer, …).</summary>
    [global::MappingDsl.CustomColumn(global::MappingDsl.ColumnType.String, MaxLength = 100, Label = "Call outcome")]
    public string? sm_CallOutcome { get; set; }

    /// <summary>Where the call recording is stored.</summary>
    [global::MappingDsl.CustomColumn(global::MappingDsl.ColumnType.String, MaxLength = 1000, Label = "Recording URL")]
    public string? sm_RecordingUrl { get; set; }

    /// <summary>The call's length to the second (Dataverse keeps minutes).</summary>
    [global::MappingDsl.CustomColumn(global::MappingDsl.ColumnType.Integer, Label = "Duration (seconds)")]
    public int? sm_DurationSeconds { get; set; }
}
