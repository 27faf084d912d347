using System.Text.Json.Serialization;

namespace MappingDsl.Maps.Salesmate.Source;

/// <summary>
/// What Salesmate tasks, calls and meetings share (one <c>activity</c> module; the extractor reads them as three
/// modules by <see cref="Type"/>).
/// </summary>
public abstract class SmActivity
{
    /// <summary>Salesmate id.</summary>
    [SourceKey] public long Id { get; init; }
    /// <summary>Task, Call or Meeting.</summary>
    public string? Type { get; init; }
    /// <summary>Title.</summary>
    public string? Title { get; init; }
    /// <summary>Description.</summary>
    public string? Description { get; init; }
    /// <summary>Due time (start time for meetings, call time for calls).</summary>
    public DateTimeOffset? DueDate { get; init; }
    /// <summary>Duration in minutes.</summary>
    public int? Duration { get; init; }
    /// <summary>Whether it is done.</summary>
    public bool? IsCompleted { get; init; }
    /// <summary>When it was done.</summary>
    public DateTimeOffset? CompletedAt { get; init; }
    /// <summary>Related contact.</summary>
    public SmContactRef? PrimaryContact { get; init; }
    /// <summary>Related company.</summary>
    public SmCompanyRef? PrimaryCompany { get; init; }
    /// <summary>Related deal.</summary>
    public SmDealRef? Deal { get; init; }
    /// <summary>Comma-separated tags.</summary>
    public string? Tags { get; init; }
    /// <summary>Owner.</summary>
    public SmUserRef? Owner { get; init; }
    /// <summary>Created at.</summary>
    public DateTimeOffset? CreatedAt { get; init; }
    /// <summary>Last modified at.</summary>
    public DateTimeOffset? LastModifiedAt { get; init; }
    /// <summary>Custom field "Outcome Category".</summary>
    [JsonPropertyName("selectCustomField1")] public string? OutcomeCategory { get; init; }
    /// <summary>Custom field "Follow-up Notes".</summary>
    [JsonPropertyName("textCustomField1")] public string? FollowUpNotes { get; init; }
}

/// <summary>A Salesmate task (<c>task</c> module).</summary>
public sealed class SmTask : SmActivity
{
    /// <summary>Task status: Not Started, In Progress, Completed, Waiting, Deferred.</summary>
    public string? Status { get; init; }
    /// <summary>Task priority: High, Medium, Low.</summary>
    public string? Priority { get; init; }
}

/// <summary>A Salesmate call log (<c>call</c> module).</summary>
public sealed class SmCall : SmActivity
{
    /// <summary>Call direction: Outgoing or Incoming.</summary>
    public string? CallDirection { get; init; }
    /// <summary>Call outcome (disposition).</summary>
    public string? CallOutcome { get; init; }
    /// <summary>Call length in seconds.</summary>
    public int? CallDurationSeconds { get; init; }
    /// <summary>Call recording URL.</summary>
    public string? RecordingUrl { get; init; }
    /// <summary>The number called.</summary>
    public string? PhoneNumber { get; init; }
}

/// <summary>A Salesmate meeting (<c>meeting</c> module).</summary>
public sealed class SmMeeting : SmActivity
{
    /// <summary>Meeting end.</summary>
    public DateTimeOffset? EndDate { get; init; }
    /// <summary>Meeting location.</summary>
    public string? Location { get; init; }
    /// <summary>Whether a calendar invite was sent.</summary>
    public bool? IsCalendarInvite { get; init; }
    /// <summary>Meeting attendees.</summary>
    public IReadOnlyList<SmAttendee>? Attendees { get; init; }
}

/// <summary>A meeting attendee.</summary>
/// <param name="Email">Attendee email.</param>
/// <param name="Name">Attendee name.</param>
/// <param name="ContactId">The Salesmate contact, when the attendee is one.</param>
/// <param name="UserId">The Salesmate user, when the attendee is one.</param>
/// <param name="ResponseStatus">Accepted, Declined, Tentative or None.</param>
public sealed record SmAttendee(string Email, string? Name, long? ContactId, long? UserId, string? ResponseStatus);
