namespace MappingDsl.Entities;

/// <summary>
/// The Salesmate custom columns every activity table the pack writes (phone calls, appointments, tasks) carries,
/// declared once: those partials derive from this class, and the pack's <c>ActivityColumns</c> sets them for all three.
/// </summary>
public abstract class SalesmateActivity
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
