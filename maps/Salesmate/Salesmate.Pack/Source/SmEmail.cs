namespace MappingDsl.Maps.Salesmate.Source;

/// <summary>A Salesmate email engagement (<c>email</c> module).</summary>
public sealed class SmEmail
{
    /// <summary>Salesmate id.</summary>
    [SourceKey] public long Id { get; init; }
    /// <summary>Subject.</summary>
    public string? Subject { get; init; }
    /// <summary>HTML body.</summary>
    public string? Body { get; init; }
    /// <summary>Outgoing or Incoming.</summary>
    public string? Direction { get; init; }
    /// <summary>Sender address.</summary>
    public string? FromEmail { get; init; }
    /// <summary>Sender name.</summary>
    public string? FromName { get; init; }
    /// <summary>Recipients.</summary>
    public IReadOnlyList<SmAddress>? To { get; init; }
    /// <summary>Copied recipients.</summary>
    public IReadOnlyList<SmAddress>? Cc { get; init; }
    /// <summary>When it was sent.</summary>
    public DateTimeOffset? SentAt { get; init; }
    /// <summary>Conversation id.</summary>
    public string? ThreadId { get; init; }
    /// <summary>Opens tracked.</summary>
    public int? OpenCount { get; init; }
    /// <summary>Clicks tracked.</summary>
    public int? ClickCount { get; init; }
    /// <summary>Related contact.</summary>
    public SmContactRef? PrimaryContact { get; init; }
    /// <summary>Related deal.</summary>
    public SmDealRef? Deal { get; init; }
    /// <summary>Owner.</summary>
    public SmUserRef? Owner { get; init; }
    /// <summary>Created at.</summary>
    public DateTimeOffset? CreatedAt { get; init; }
    /// <summary>Last modified at.</summary>
    public DateTimeOffset? LastModifiedAt { get; init; }
}
