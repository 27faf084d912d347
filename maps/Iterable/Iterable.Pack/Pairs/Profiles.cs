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
            ? new Contact
            {
                FirstName = s.FirstName,
                LastName = s.LastName ?? s.Email ?? s.UserId ?? "(anonymous)",
                EMailAddress1 = s.Email,
                Telephone1 = s.PhoneNumber,
                ParentCustomerId = m.Ref(Companies, s.CompanyKey),
                Address1_City = s.Address?.City,
                Address1_Country = s.Address?.Country,
                BirthDate = Lossy.ToDate(s.Birthday, "Dataverse birthdays are dates; the source's time of day (always midnight) is dropped"),
                DoNotEMail = s.OptOut?.Email,
                ib_SmsOptOut = s.OptOut?.Sms,
                ib_PushOptOut = s.OptOut?.Push,
                ib_InAppOptOut = s.OptOut?.InApp,
                ib_OriginalLifecycle = s.LifecycleStage,
                ib_ProfileKey = s.ProfileKey,
                ib_UserId = s.UserId,
                ib_MergedProfiles = Merged(s.MergedDuplicates),
                ib_SignupDate = s.SignupDate,
                ib_SignupSource = s.SignupSource,
                ib_Plan = s.Plan,
                ib_IsBeta = s.IsBeta,
                ib_LoyaltyPoints = s.LoyaltyPoints,
                ib_ProfileUpdatedAt = s.ProfileUpdatedAt,
            }
            : new Lead
            {
                FirstName = s.FirstName,
                LastName = s.LastName ?? s.Email ?? s.UserId ?? "(anonymous)",
                Subject = Lossy.Truncate("Iterable profile " + (s.Email ?? s.UserId), 300, "Lead topics are limited to 300 characters"),
                EMailAddress1 = s.Email,
                Telephone1 = s.PhoneNumber,
                ParentAccountId = m.Ref(Companies, s.CompanyKey),
                Address1_City = s.Address?.City,
                Address1_Country = s.Address?.Country,
                DoNotEMail = s.OptOut?.Email,
                ib_SmsOptOut = s.OptOut?.Sms,
                ib_PushOptOut = s.OptOut?.Push,
                ib_InAppOptOut = s.OptOut?.InApp,
                ib_OriginalLifecycle = s.LifecycleStage,
                ib_ProfileKey = s.ProfileKey,
                ib_UserId = s.UserId,
                ib_MergedProfiles = Merged(s.MergedDuplicates),
                ib_SignupDate = s.SignupDate,
                ib_SignupSource = s.SignupSource,
                ib_Plan = s.Plan,
                ib_IsBeta = s.IsBeta,
                ib_LoyaltyPoints = s.LoyaltyPoints,
                ib_ProfileUpdatedAt = s.ProfileUpdatedAt,
                ib_Birthday = s.Birthday,
            };

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
