using MappingDsl.Entities;
using MappingDsl.Maps.Iterable.Source;

namespace MappingDsl.Maps.Iterable;

public static partial class IterablePack
{
    /// <summary>
    /// Iterable user profiles, deduplicated by email (case folded) keeping the newest profileUpdatedAt — the merged
    /// older profiles are listed in ib_mergedprofiles — split by lifecycle stage: SQL, customer and evangelist become
    /// contacts attached to their company's account; subscriber, lead and MQL become leads. The original stage is
    /// kept in ib_originallifecycle on both. Email opt-out becomes Do not email; SMS, push and in-app opt-outs their
    /// own columns. Anonymous profiles (userId only) are keyed by userId.
    /// </summary>
    [Pair("User Profile", Module = "user")]
    [LeaveUnset(nameof(Contact.OwnerId), Reason = "Iterable records have no owner; Dataverse assigns the migration user, who can reassign")]
    [LeaveUnset(nameof(Lead.OwnerId), Reason = "Iterable records have no owner; Dataverse assigns the migration user, who can reassign")]
    [Ignore(nameof(IbProfile.EmailListIds), Reason = "Memberships load as list memberships (List row)")]
    [Ignore(nameof(IbProfile.UnsubscribedChannelIds), Reason = "Resolved by the extractor into the per-channel opt-out columns")]
    [Ignore(nameof(IbProfile.UnsubscribedMessageTypeIds), Reason = "Message-type opt-outs have no Dynamics 365 analog; the channel opt-outs are kept")]
    [Ignore(nameof(IbProfile.EmailDomain), Reason = "Derived from the email, which is kept; it feeds the company attribution")]
    public static Split<Lead, Contact> Profiles(IbProfile s, MapContext m) =>
        IsContact(s.LifecycleStage)
            ? ProfileColumns(new Contact
            {
                ParentCustomerId = m.Ref(Companies, s.CompanyKey),
                BirthDate = Lossy.ToDate(s.Birthday, "Dataverse birthdays are dates; the source's time of day (always midnight) is dropped"),
            }, s, m)
            : ProfileColumns(new Lead
            {
                Subject = Lossy.Truncate("Iterable profile " + (s.Email ?? s.UserId), 300, "Lead topics are limited to 300 characters"),
                ParentAccountId = m.Ref(Companies, s.CompanyKey),
                ib_Birthday = s.Birthday,
            }, s, m);

    /// <summary>What a profile carries the same way as a lead or as a contact.</summary>
    /// <typeparam name="T">The lead or the contact.</typeparam>
    /// <param name="t">The record the branch created.</param>
    /// <param name="s">The Iterable profile.</param>
    /// <param name="m">The map context.</param>
    /// <returns><paramref name="t"/>, with the shared columns set.</returns>
    [SharedColumns]
    public static T ProfileColumns<T>(T t, IbProfile s, MapContext m)
        where T : IterablePerson, IPersonColumns
    {
        t.FirstName = s.FirstName;
        t.LastName = s.LastName ?? s.Email ?? s.UserId ?? "(anonymous)";
        t.EMailAddress1 = s.Email;
        t.Telephone1 = s.PhoneNumber;
        t.Address1_City = s.Address?.City;
        t.Address1_Country = s.Address?.Country;
        t.DoNotEMail = s.OptOut?.Email;
        t.ib_SmsOptOut = s.OptOut?.Sms;
        t.ib_PushOptOut = s.OptOut?.Push;
        t.ib_InAppOptOut = s.OptOut?.InApp;
        t.ib_OriginalLifecycle = s.LifecycleStage;
        t.ib_ProfileKey = s.ProfileKey;
        t.ib_UserId = s.UserId;
        t.ib_MergedProfiles = Merged(s.MergedDuplicates);
        t.ib_SignupDate = s.SignupDate;
        t.ib_SignupSource = s.SignupSource;
        t.ib_Plan = s.Plan;
        t.ib_IsBeta = s.IsBeta;
        t.ib_LoyaltyPoints = s.LoyaltyPoints;
        t.ib_ProfileUpdatedAt = s.ProfileUpdatedAt;
        return t;
    }

    /// <summary>Lifecycle stage → lead or contact (the scope's split matrix).</summary>
    [Picklist("Lifecycle stage", Discovered = "user.lifecycleStage")]
    public static bool IsContact(string? v) => v switch
    {
        null or "" or "subscriber" or "lead" or "MQL" => false,
        "SQL" or "customer" or "evangelist" => true,
        _ => Unmapped.Fail<bool>(v),
    };

    private static string? Merged(System.Text.Json.JsonElement? merged) =>
        merged is { ValueKind: System.Text.Json.JsonValueKind.Array } list ? list.GetRawText() : null;
}
