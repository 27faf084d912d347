using System.Collections.Generic;
using MappingDsl.Entities;
using MappingDsl.Maps.Salesmate.Source;

namespace MappingDsl.Maps.Salesmate;

public static partial class SalesmatePack
{
    /// <summary>
    /// Salesmate email engagements become email activities (which appear on the timeline through Dataverse's activity
    /// base table, the scope's "ActivityPointer"): subject and body transfer; sender and recipients become activity
    /// parties resolved by address to the migrated contact or lead (the scope's WhoId), else the Dynamics 365 user,
    /// else kept as a bare address and flagged; the email is regarding its deal, else its contact (the scope's WhatId
    /// before WhoId: Dataverse has one regarding lookup), so an email on a deal is on the deal and, through its
    /// parties, on the contact's timeline; the Salesmate thread id is kept in sm_threadid so the admin can rebuild
    /// conversations.
    /// </summary>
    [Pair("Email (engagement history)", Module = "email", Deviation = "No separate Task is created beside each email: Dataverse shows every email on the timeline through its activity base table. One regarding record per email (deal, else contact): the contact is linked as a sender or recipient party instead.")]
    [LeaveUnset(nameof(Email.MessageIdDupCheck), Reason = "Dataverse fills it for duplicate detection")]
    [Ignore(nameof(SmEmail.FromName), Reason = "The sender is matched by address")]
    [Ignore(nameof(SmEmail.LastModifiedAt), Reason = "Drives delta runs; Dataverse stamps its own modified-on")]
    public static Email Emails(SmEmail s, MapContext m) => new()
    {
        Subject = Lossy.Truncate(s.Subject, 200, "Email subjects are limited to 200 characters"),
        Description = s.Body,
        DirectionCode = s.Direction != "Incoming",
        from = [m.PartyByEmail(Contacts, s.FromEmail)],
        to = Addresses(s.To, m),
        cc = Addresses(s.Cc, m),
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

    // Each recipient by address: the migrated contact or lead, else the user, else the bare address (flagged).
    private static IReadOnlyList<PartyRef>? Addresses(IReadOnlyList<SmAddress>? addresses, MapContext m)
    {
        if (addresses is null || addresses.Count == 0)
            return null;
        var parties = new List<PartyRef>(addresses.Count);
        foreach (var address in addresses)
            parties.Add(m.PartyByEmail(Contacts, address.Email));
        return parties;
    }
}
