using System.Text.Json.Serialization;

namespace MappingDsl.Maps.Salesmate.Source;

/// <summary>A Team Inbox conversation (<c>teamInboxThread</c> module).</summary>
public sealed class SmTeamInboxThread
{
    /// <summary>Salesmate id.</summary>
    [SourceKey] public long Id { get; init; }
    /// <summary>Subject.</summary>
    public string? Subject { get; init; }
    /// <summary>The shared inbox.</summary>
    public string? InboxName { get; init; }
    /// <summary>Email, SMS or Chat.</summary>
    public string? Channel { get; init; }
    /// <summary>Open, Closed or Snoozed.</summary>
    public string? Status { get; init; }
    /// <summary>Assignee.</summary>
    public SmUserRef? AssignedTo { get; init; }
    /// <summary>The customer.</summary>
    public SmContactRef? Contact { get; init; }
    /// <summary>Messages in the thread.</summary>
    public int? MessageCount { get; init; }
    /// <summary>First message.</summary>
    public DateTimeOffset? FirstMessageAt { get; init; }
    /// <summary>Last message.</summary>
    public DateTimeOffset? LastMessageAt { get; init; }
    /// <summary>Created at.</summary>
    public DateTimeOffset? CreatedAt { get; init; }
    /// <summary>Last modified at.</summary>
    public DateTimeOffset? LastModifiedAt { get; init; }
}

/// <summary>One message of a Team Inbox conversation (<c>teamInboxMessage</c> module).</summary>
public sealed class SmTeamInboxMessage
{
    /// <summary>Salesmate id.</summary>
    public long Id { get; init; }

    /// <summary>
    /// The key on the email it becomes. Engagement emails share the email table and number their ids independently,
    /// so a plain id would let message 47 overwrite email 47 (MDSL015).
    /// </summary>
    [SourceKey, JsonIgnore] public string Key => "teaminbox-" + Id.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The thread.</summary>
    public long ThreadId { get; init; }
    /// <summary>1-based position in the thread.</summary>
    public int? Order { get; init; }
    /// <summary>Incoming or Outgoing.</summary>
    public string? Direction { get; init; }
    /// <summary>Sender address.</summary>
    public string? FromEmail { get; init; }
    /// <summary>Sender name.</summary>
    public string? FromName { get; init; }
    /// <summary>The replying user (null on incoming messages).</summary>
    public SmUserRef? RespondedBy { get; init; }
    /// <summary>HTML body.</summary>
    public string? Body { get; init; }
    /// <summary>When it was sent.</summary>
    public DateTimeOffset? SentAt { get; init; }
    /// <summary>Created at.</summary>
    public DateTimeOffset? CreatedAt { get; init; }
    /// <summary>Last modified at.</summary>
    public DateTimeOffset? LastModifiedAt { get; init; }
}
