using System.Collections.Generic;
using MappingDsl.Entities;
using MappingDsl.Maps.Salesmate.Source;

namespace MappingDsl.Maps.Salesmate;

public static partial class SalesmatePack
{
    /// <summary>
    /// Salesmate email engagements become email activities (which appear on the timeline through Dataverse's activity
    /// base table, the scope's "ActivityPointer"): subject and body transfer; sender and recipients become activity
    /// parties; the email is regarding its deal, else its contact (the scope's WhoId/WhatId); the Salesmate thread id is
    /// kept in sm_threadid so the admin can rebuild conversations.
    /// </summary>
    [Pair("Email (engagement history)", Module = "email")]
    [LeaveUnset(nameof(Email.MessageIdDupCheck), Reason = "Dataverse fills it for duplicate detection")]
    [Ignore(nameof(SmEmail.FromName), Reason = "The sender is matched by address")]
    [Ignore(nameof(SmEmail.LastModifiedAt), Reason = "Drives delta runs; Dataverse stamps its own modified-on")]
    public static Email Emails(SmEmail s, MapContext m) => new()
    {
        Subject = Lossy.Truncate(s.Subject, 200, "Email subjects are limited to 200 characters"),
        Description = s.Body,
        DirectionCode = s.Direction != "Incoming",
        from = s.Direction == "Incoming" ? [m.Party(Contacts, s.PrimaryContact?.Id, s.FromEmail)] : [m.User(s.FromEmail)],
        to = Addresses(s.To),
        cc = Addresses(s.Cc),
        ActualEnd = s.SentAt,
        sm_ThreadId = s.ThreadId,
        sm_OpenCount = s.OpenCount,
        sm_ClickCount = s.ClickCount,
        RegardingObjectId = s.Deal is { } deal ? m.Ref(Deals, deal.Id) : m.Ref(Contacts, s.PrimaryContact?.Id),
        OwnerId = m.Owner(s.Owner?.Email),
        OverriddenCreatedOn = s.SentAt ?? s.CreatedAt,
        StateCode = Email.StateCodeOption.Completed,
        StatusCode = s.Direction == "Incoming" ? Email.StatusCodeOption.Received : Email.StatusCodeOption.Sent,
    };

    private static IReadOnlyList<PartyRef>? Addresses(IReadOnlyList<SmAddress>? addresses)
    {
        if (addresses is null || addresses.Count == 0)
            return null;
        var parties = new List<PartyRef>(addresses.Count);
        foreach (var address in addresses)
            parties.Add(PartyRef.Address(address.Email));
        return parties;
    }
}
