using MappingDsl.Entities;
using MappingDsl.Maps.Iterable.Source;

namespace MappingDsl.Maps.Iterable;

public static partial class IterablePack
{
    /// <summary>
    /// Iterable lists become Dynamics 365 marketing lists with name and description; the list type (Standard,
    /// Dynamic, Suppression) has no Dynamics analog and is kept in ib_liststatus. Members follow as list memberships.
    /// </summary>
    [Pair("List", Module = "list")]
    [LeaveUnset(nameof(List.OwnerId), Reason = "Iterable records have no owner; Dataverse assigns the migration user, who can reassign")]
    public static List Lists(IbList s, MapContext m) => new()
    {
        ListName = Lossy.Truncate(s.Name ?? "(unnamed list)", 128, "Marketing list names are limited to 128 characters"),
        Description = s.Description,
        Type = false,
        CreatedFromCode = List.CreatedFromCodeOption.Contact,
        ib_ListStatus = s.ListType,
        OverriddenCreatedOn = s.CreatedAt,
    };

    /// <summary>
    /// Each list member, resolved to the lead or contact its profile became. Dataverse adds marketing-list members
    /// through the AddMemberList action rather than as records, and a marketing list holds one member type, so each
    /// membership is kept in the ib_listmembership table with lookups to the list and to the lead or the contact.
    /// </summary>
    [Pair("List", Module = "listMember", TargetDescription = "Marketing list membership (ib_listmembership: list + lead or contact)")]
    public static ListMembership ListMembers(IbListMember s, MapContext m) => new()
    {
        ib_Name = Lossy.Truncate(s.ListId + ": " + s.Member, 300, "Membership names are limited to 300 characters"),
        ib_ListId = m.Ref(Lists, s.ListId),
        ib_ContactId = m.Ref(Profiles, s.ProfileKey),
        ib_LeadId = m.Ref(Profiles, s.ProfileKey),
        ib_Member = s.Member,
    };
}
