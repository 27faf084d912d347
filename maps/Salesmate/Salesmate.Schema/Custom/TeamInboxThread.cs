namespace MappingDsl.Entities;

/// <summary>
/// A Salesmate Team Inbox conversation. Dataverse has no shared-inbox threading with per-reply attribution, so the
/// thread's metadata lives in this custom table and its messages are emails pointing to it.
/// </summary>
[global::MappingDsl.CustomTable("sm_TeamInboxThread", "Team Inbox thread", "Team Inbox threads", PrimaryName = "sm_Name")]
public sealed partial class TeamInboxThread
{
    /// <summary>The thread's subject.</summary>
    [global::MappingDsl.CustomColumn(global::MappingDsl.ColumnType.String, MaxLength = 200, Label = "Subject")]
    public string? sm_Name { get; set; }

    /// <summary>The shared inbox.</summary>
    [global::MappingDsl.CustomColumn(global::MappingDsl.ColumnType.String, MaxLength = 100, Label = "Inbox")]
    public string? sm_InboxName { get; set; }

    /// <summary>Email, SMS or Chat.</summary>
    [global::MappingDsl.CustomColumn(global::MappingDsl.ColumnType.String, MaxLength = 50, Label = "Channel")]
    public string? sm_Channel { get; set; }

    /// <summary>Open, Closed or Snoozed.</summary>
    [global::MappingDsl.CustomColumn(global::MappingDsl.ColumnType.String, MaxLength = 50, Label = "Status")]
    public string? sm_Status { get; set; }

    /// <summary>The customer's email.</summary>
    [global::MappingDsl.CustomColumn(global::MappingDsl.ColumnType.String, MaxLength = 100, Label = "Customer email")]
    public string? sm_CustomerEmail { get; set; }

    /// <summary>How many messages the thread has.</summary>
    [global::MappingDsl.CustomColumn(global::MappingDsl.ColumnType.Integer, Label = "Messages")]
    public int? sm_MessageCount { get; set; }

    /// <summary>First message.</summary>
    [global::MappingDsl.CustomColumn(global::MappingDsl.ColumnType.DateTime, Label = "First message")]
    public global::System.DateTimeOffset? sm_FirstMessageAt { get; set; }

    /// <summary>Last message.</summary>
    [global::MappingDsl.CustomColumn(global::MappingDsl.ColumnType.DateTime, Label = "Last message")]
    public global::System.DateTimeOffset? sm_LastMessageAt { get; set; }

    /// <summary>The thread's original creation time (Dataverse sets created-on from it).</summary>
    [global::MappingDsl.Column("overriddencreatedon", global::MappingDsl.ColumnType.DateTime, ValidForUpdate = false)]
    public global::System.DateTimeOffset? OverriddenCreatedOn { get; set; }

    /// <summary>The assignee, resolved by email.</summary>
    [global::MappingDsl.Column("ownerid", global::MappingDsl.ColumnType.Owner, Required = global::MappingDsl.RequiredLevel.SystemRequired, Targets = "systemuser:ownerid:systemusers;team:ownerid:teams")]
    public global::MappingDsl.OwnerRef? OwnerId { get; set; }
}
