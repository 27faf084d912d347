using MappingDsl.Entities;
using MappingDsl.Maps.CustomerIo.Source;

namespace MappingDsl.Maps.CustomerIo;

public static partial class CustomerIoPack
{
    /// <summary>
    /// A person with a valid email and more than <c>TraitThreshold</c> (2) traits becomes a contact attached to its
    /// company's account; every other person (anonymous profiles, invalid emails, trait-poor profiles) becomes a lead.
    /// The pack's setting <c>PeopleWhoAreNotContacts</c> decides how: Lead (the default in this pack) loads them as
    /// plain leads; Review loads them as leads flagged for review, the reason in the lead's qualification comments and
    /// in the run report's review flags (flags.csv), so none is held back and reconciliation counts every person.
    /// The cio_id and the workspace id are kept on both. Traits land in typed columns (text, two options, whole
    /// number, decimal, date and time, JSON for arrays, a choice for industry); the others as JSON in cio_othertraits.
    /// </summary>
    [Pair("Person (Profile)", Module = "person")]
    [LeaveUnset(nameof(Contact.OwnerId), Reason = "Customer.io people have no owner; Dataverse assigns the migration user, who can reassign")]
    [LeaveUnset(nameof(Lead.OwnerId), Reason = "Customer.io people have no owner; Dataverse assigns the migration user, who can reassign")]
    [Ignore(nameof(CioPerson.Identifiers), Reason = "cio_id, email and id are kept from the attributes")]
    [Ignore(nameof(CioPerson.Timestamps), Reason = "Per-attribute change times drive change detection only; Dataverse keeps its own")]
    [Ignore(nameof(CioPerson.Devices), Reason = "Push device tokens cannot be imported: Sales has no push channel (the scope)")]
    public static Split<Lead, Contact> People(CioPerson s, MapContext m) =>
        s.ValidEmail && s.TraitCount > TraitThreshold
            ? PersonColumns(new Contact
            {
                LastName = s.Attributes?.LastName ?? s.Attributes?.Email ?? s.Key,
                EMailAddress1 = s.Attributes?.Email,
                ParentCustomerId = m.Ref(Companies, s.CompanyId),
            }, s)
            : PersonColumns(new Lead
            {
                LastName = s.Attributes?.LastName ?? s.Attributes?.Email ?? s.Attributes?.AnonymousId ?? s.Key,
                Subject = Lossy.Truncate("Customer.io profile " + (s.Attributes?.Email ?? s.Attributes?.AnonymousId ?? s.Key), 300, "Lead topics are limited to 300 characters"),
                EMailAddress1 = s.ValidEmail ? s.Attributes?.Email : null,
                ParentAccountId = m.Ref(Companies, s.CompanyId),
                cio_AnonymousId = s.Attributes?.AnonymousId,
                cio_RawEmail = s.ValidEmail ? null : s.Attributes?.Email,
                QualificationComments = NotAContact(PeopleWhoAreNotContacts, s.ValidEmail, s.TraitCount, m),
            }, s);

    /// <summary>
    /// Under <see cref="NonContactPeople.Review"/>, why the person is not a contact, also raised as the record's review
    /// flag (the run report's flags: the queue every other review in the engine uses); under Lead, nothing.
    /// </summary>
    /// <param name="setting">The pack's setting.</param>
    /// <param name="validEmail">Whether the person has a valid email.</param>
    /// <param name="traits">How many traits the person has.</param>
    /// <param name="m">The pair's context, which collects review flags.</param>
    public static string? NotAContact(NonContactPeople setting, bool validEmail, int traits, MapContext m)
    {
        if (setting != NonContactPeople.Review)
            return null;
        var reason = "Customer.io person for review, a lead because "
            + (validEmail ? "" : "it has no valid email" + (traits > TraitThreshold ? "" : " and "))
            + (traits > TraitThreshold ? "" : traits.ToString(System.Globalization.CultureInfo.InvariantCulture) + " trait(s) are not more than " + TraitThreshold.ToString(System.Globalization.CultureInfo.InvariantCulture))
            + ": make it a contact or keep it as a lead";
        m.Flag(reason);
        return reason;
    }

    /// <summary>The columns a person carries the same way whether it lands as a contact or a lead, said once.</summary>
    [SharedColumns]
    public static T PersonColumns<T>(T t, CioPerson s)
        where T : CustomerIoPerson, IPersonColumns
    {
        t.FirstName = s.Attributes?.FirstName;
        t.Address1_City = s.Attributes?.Address?.City;
        t.Address1_Country = s.Attributes?.Address?.Country;
        t.DoNotEMail = s.Unsubscribed;
        t.cio_CioId = s.Key;
        t.cio_UserId = s.Id;
        t.cio_TraitCount = s.TraitCount;
        t.cio_Plan = s.Attributes?.Plan;
        t.cio_Vip = s.Attributes?.Vip;
        t.cio_Score = s.Attributes?.Score;
        t.cio_LifetimeValue = s.Attributes?.LifetimeValue;
        t.cio_SignedUpAt = s.Attributes?.SignedUpAt;
        t.cio_LastLogin = s.Attributes?.LastLogin;
        t.cio_Interests = Json(s.Attributes?.Interests);
        t.cio_Industry = Industry(s.Attributes?.Industry);
        t.cio_Nickname = s.Attributes?.Nickname;
        t.cio_OtherTraits = OtherTraits(s.Attributes?.Other);
        t.cio_CreatedAt = s.Attributes?.CreatedAt;
        return t;
    }

    /// <summary>The industry trait → its choice (more than 10 distinct values in discovery).</summary>
    [Picklist("Industry", Discovered = "person.attributes.industry")]
    public static CioIndustry? Industry(string? v) => v switch
    {
        null or "" => null,
        "Retail" => CioIndustry.Retail,
        "Banking" => CioIndustry.Banking,
        "Healthcare" => CioIndustry.Healthcare,
        "Education" => CioIndustry.Education,
        "Logistics" => CioIndustry.Logistics,
        "Media" => CioIndustry.Media,
        "Energy" => CioIndustry.Energy,
        "Travel" => CioIndustry.Travel,
        "Insurance" => CioIndustry.Insurance,
        "Gaming" => CioIndustry.Gaming,
        "Telecom" => CioIndustry.Telecom,
        "Agriculture" => CioIndustry.Agriculture,
        _ => Unmapped.Fail<CioIndustry?>(v),
    };

    private static string? Json(System.Text.Json.JsonElement? value) =>
        value is { ValueKind: not (System.Text.Json.JsonValueKind.Null or System.Text.Json.JsonValueKind.Undefined) } v ? v.GetRawText() : null;

    // cio_id and id have their own columns; the rest are traits without one.
    private static string? OtherTraits(Dictionary<string, System.Text.Json.JsonElement>? other)
    {
        if (other is null)
            return null;
        var kept = new SortedDictionary<string, System.Text.Json.JsonElement>(StringComparer.Ordinal);
        foreach (var (name, value) in other)
        {
            if (name is not ("cio_id" or "id"))
                kept[name] = value;
        }
        if (kept.Count == 0)
            return null;
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        using (var json = new System.Text.Json.Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            foreach (var (name, value) in kept)
            {
                json.WritePropertyName(name);
                value.WriteTo(json);
            }
            json.WriteEndObject();
        }
        return System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan);
    }
}
