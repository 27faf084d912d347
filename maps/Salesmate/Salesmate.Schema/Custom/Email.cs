namespace MappingDsl.Entities;

/// <summary>Salesmate columns on emails (engagement history and Team Inbox messages).</summary>
public partial class Email
{
    /// <summary>Salesmate conversation id, kept so the admin can re-thread conversations.</summary>
    [global::MappingDsl.CustomColumn(global::MappingDsl.ColumnType.String, MaxLength = 200, Label = "Salesmate thread")]
    public string? sm_ThreadId { get; set; }

    /// <summary>Opens Salesmate tracked.</summary>
    [global::MappingDsl.CustomColumn(global::MappingDsl.ColumnType.Integer, Label = "Opens")]
    public int? sm_OpenCount { get; set; }

    /// <summary>Clicks Salesmate tracked.</summary>
    [global::MappingDsl.CustomColumn(global::MappingDsl.ColumnType.Integer, Label = "Clicks")]
    public int? sm_ClickCount { get; set; }

    /// <summary>The Team Inbox thread a message belongs to.</summary>
    [global::MappingDsl.CustomColumn(global::MappingDsl.ColumnType.Lookup, Label = "Team Inbox thread", Target = "sm_teaminboxthread")]
    public global::MappingDsl.LookupRef? sm_TeamInboxThreadId { get; set; }

    /// <summary>Position of a Team Inbox message in its thread.</summary>
    [global::MappingDsl.CustomColumn(global::MappingDsl.ColumnType.Integer, Label = "Message order")]
    public int? sm_MessageOrder { get; set; }

    /// <summary>Email of the Salesmate user who replied.</summary>
    [global::MappingDsl.CustomColumn(global::MappingDsl.ColumnType.String, MaxLength = 100, Label = "Responded by")]
    public string? sm_RespondedBy { get; set; }
}
