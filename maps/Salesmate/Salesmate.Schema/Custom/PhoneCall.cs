namespace MappingDsl.Entities;

/// <summary>Salesmate columns on phone calls.</summary>
public partial class PhoneCall
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
