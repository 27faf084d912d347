using MappingDsl.Entities;
using MappingDsl.Maps.Salesmate.Source;

namespace MappingDsl.Maps.Salesmate;

public static partial class SalesmatePack
{
    /// <summary>
    /// What every Salesmate activity (call, meeting, task) carries the same way: what it is about (its deal, else its
    /// contact, else its company), outcome category, follow-up notes, tags, owner and creation time.
    /// </summary>
    /// <typeparam name="T">The phone call, appointment or task.</typeparam>
    /// <param name="t">The record the pair created.</param>
    /// <param name="s">The Salesmate activity.</param>
    /// <param name="m">The map context.</param>
    /// <returns><paramref name="t"/>, with the shared columns set.</returns>
    [SharedColumns]
    public static T ActivityColumns<T>(T t, SmActivity s, MapContext m)
        where T : SalesmateActivity, IActivityColumns
    {
        t.RegardingObjectId = s.Deal is { } deal ? m.Ref(Deals, deal.Id)
            : s.PrimaryContact is { } contact ? m.Ref(Contacts, contact.Id)
            : m.Ref(Companies, s.PrimaryCompany?.Id);
        t.sm_OutcomeCategory = OutcomeCategory(s.OutcomeCategory);
        t.sm_FollowUpNotes = s.FollowUpNotes;
        t.sm_Tags = s.Tags;
        t.OwnerId = m.Owner(s.Owner?.Email);
        t.OverriddenCreatedOn = s.CreatedAt;
        return t;
    }
}
