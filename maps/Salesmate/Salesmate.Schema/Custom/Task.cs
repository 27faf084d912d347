namespace MappingDsl.Entities;

/// <summary>Salesmate columns on tasks.</summary>
public partial class Task
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
}
