using MappingDsl.Entities;
using MappingDsl.Maps.Salesmate.Source;

namespace MappingDsl.Maps.Salesmate;

public static partial class SalesmatePack
{
    /// <summary>
    /// Team Inbox conversations have no Dynamics 365 equivalent (shared threading with per-reply attribution), so each
    /// thread's metadata becomes a record of the custom sm_teaminboxthread table, owned by its assignee. Full
    /// conversation reconstruction is left to the customer's admin, guided by these columns.
    /// </summary>
    [Pair("Team Inbox", Module = "teamInboxThread")]
    [Ignore(nameof(SmTeamInboxThread.LastModifiedAt), Reason = "Drives delta runs; Dataverse stamps its own modified-on")]
    public static TeamInboxThread TeamInboxThreads(SmTeamInboxThread s, MapContext m) => new()
    {
        sm_Name = Lossy.Truncate(s.Subject ?? "(no subject)", 200, "Thread subjects are limited to 200 characters"),
        sm_InboxName = s.InboxName,
        sm_Channel = s.Channel,
        sm_Status = s.Status,
        sm_CustomerEmail = s.Contact?.Email,
        sm_MessageCount = s.MessageCount,
        sm_FirstMessageAt = s.FirstMessageAt,
        sm_LastMessageAt = s.LastMessageAt,
        OwnerId = m.Owner(s.AssignedTo?.Email),
        OverriddenCreatedOn = s.CreatedAt,
    };

    /// <summary>
    /// Each Team Inbox message becomes an email activity pointing to its thread (sm_teaminboxthreadid), with its
    /// position in the thread and the replying user kept in custom columns.
    /// </summary>
    [Pair("Team Inbox message", Module = "teamInboxMessage")]
    [LeaveUnset(nameof(Email.MessageIdDupCheck), Reason = "Dataverse fills it for duplicate detection")]
    [Ignore(nameof(SmTeamInboxMessage.FromName), Reason = "The sender is matched by address")]
    [Ignore(nameof(SmTeamInboxMessage.Id), Reason = "Carried in the record's source key (teaminbox-<id>)")]
    [Ignore(nameof(SmTeamInboxMessage.LastModifiedAt), Reason = "Drives delta runs; Dataverse stamps its own modified-on")]
    public static Email TeamInboxMessages(SmTeamInboxMessage s, MapContext m) => new()
    {
        Subject = $"Team Inbox message {s.Order}",
        Description = s.Body,
        DirectionCode = s.Direction == "Outgoing",
        from = s.Direction == "Outgoing" ? [m.User(s.RespondedBy?.Email)] : [PartyRef.Address(s.FromEmail ?? "")],
        sm_TeamInboxThreadId = m.Ref(TeamInboxThreads, s.ThreadId),
        sm_MessageOrder = s.Order,
        sm_RespondedBy = s.RespondedBy?.Email,
        OwnerId = m.Owner(s.RespondedBy?.Email),
        OverriddenCreatedOn = s.SentAt ?? s.CreatedAt,
        StateCode = Email.StateCodeOption.Completed,
        StatusCode = s.Direction == "Outgoing" ? Email.StatusCodeOption.Sent : Email.StatusCodeOption.Received,
    };
}
