using System.Globalization;
using System.Text.Json;
using MappingDsl.Entities;
using MappingDsl.Maps.Salesmate;
using MappingDsl.Maps.Salesmate.Source;

namespace MappingDsl.Transforms.Benchmarks;

/// <summary>
/// Baseline 1, the floor: the same typed source object, parsed with the pack's source-generated JSON context, written
/// column by column with <see cref="Utf8JsonWriter"/> by code a careful engineer would write by hand.
/// </summary>
internal sealed class HandWrittenMapper(ILookupResolver resolver)
{
    private readonly JsonOutput _out = new();

    public ReadOnlySpan<byte> Written => _out.Written;

    public int Contact(ReadOnlySpan<byte> json)
    {
        var s = JsonSerializer.Deserialize(json, SalesmateJson.Default.SmContact)!;
        var w = _out.Begin();
        var isContact = s.LifecycleStage is "Customer" or "Evangelist";
        w.WriteStartObject();
        w.WriteString("sm_sourceid"u8, s.Id.ToString(CultureInfo.InvariantCulture));
        w.WriteString("firstname"u8, s.FirstName);
        w.WriteString("lastname"u8, s.LastName ?? s.Email ?? "(no name)");
        if (isContact)
        {
            if (Resolve("Companies", s.Company?.Id, out var company))
            {
                if (company.Table == "account")
                    Bind(w, "parentcustomerid_account@odata.bind"u8, company);
                else if (company.Table == "contact")
                    Bind(w, "parentcustomerid_contact@odata.bind"u8, company);
            }
            w.WriteString("mobilephone"u8, s.Mobile);
            Date(w, "birthdate"u8, s.Birthday);
        }
        else
        {
            w.WriteString("subject"u8, Picklists.Truncate(s.Name ?? s.Email ?? "Salesmate contact", 300));
            w.WriteString("companyname"u8, s.Company?.Name);
            if (Resolve("Companies", s.Company?.Id, out var company) && company.Table == "account")
                Bind(w, "parentaccountid@odata.bind"u8, company);
            w.WriteString("mobilephone"u8, Picklists.Truncate(s.Mobile, 20));
            Date(w, "sm_birthday"u8, s.Birthday);
        }
        w.WriteString("emailaddress1"u8, s.Email);
        w.WriteString("emailaddress2"u8, s.SecondaryEmail);
        w.WriteString("telephone1"u8, s.Phone);
        w.WriteString("jobtitle"u8, s.Designation);
        Bool(w, "donotemail"u8, s.EmailOptOut);
        w.WriteString("description"u8, Picklists.Truncate(s.Description, 2000));
        w.WriteString("address1_line1"u8, s.BillingAddressLine1);
        w.WriteString("address1_city"u8, s.BillingCity);
        w.WriteString("address1_stateorprovince"u8, s.BillingState);
        w.WriteString("address1_postalcode"u8, s.BillingZipCode);
        w.WriteString("address1_country"u8, s.BillingCountry);
        w.WriteString("sm_originallifecycle"u8, s.LifecycleStage);
        w.WriteString("sm_contacttype"u8, s.Type);
        w.WriteString("sm_tags"u8, s.Tags);
        TagSet(w, s.Tags);
        w.WriteString("sm_utmsource"u8, s.UtmSource);
        w.WriteString("sm_utmcampaign"u8, s.UtmCampaign);
        w.WriteString("sm_utmmedium"u8, s.UtmMedium);
        Time(w, "sm_lastcommunicationat"u8, s.LastCommunicationAt);
        w.WriteString("sm_preferredname"u8, s.PreferredName);
        w.WriteString("sm_background"u8, s.Background);
        w.WriteString("sm_assistantemail"u8, s.AssistantEmail);
        w.WriteString("sm_assistantphone"u8, s.AssistantPhone);
        w.WriteString("sm_profileurl"u8, s.ProfileUrl);
        Number(w, "sm_children"u8, s.Children);
        Number(w, "sm_leadscore"u8, s.LeadScore);
        Number(w, "sm_lifetimevalue"u8, s.LifetimeValue);
        Time(w, "sm_lastwebinarat"u8, s.LastWebinarAt);
        Bool(w, "sm_newsletter"u8, s.Newsletter);
        Number(w, "sm_preferredchannel"u8, (int?)SalesmatePack.PreferredChannel(s.PreferredChannel));
        Interests(w, s.Interests);
        Owner(w, s.Owner?.Email);
        Time(w, "overriddencreatedon"u8, s.CreatedAt);
        w.WriteEndObject();
        return _out.End();
    }

    public int Deal(ReadOnlySpan<byte> json)
    {
        var s = JsonSerializer.Deserialize(json, SalesmateJson.Default.SmDeal)!;
        var w = _out.Begin();
        w.WriteStartObject();
        w.WriteString("sm_sourceid"u8, s.Id.ToString(CultureInfo.InvariantCulture));
        w.WriteString("name"u8, Picklists.Truncate(s.Title ?? "(untitled deal)", 300));
        var customer = s.PrimaryCompany is { } company ? Resolve("Companies", company.Id, out var c) ? c : default(RecordId?)
            : Resolve("Contacts", s.PrimaryContact?.Id, out var p) ? p : default(RecordId?);
        if (customer is { Table: "account" } account)
            Bind(w, "customerid_account@odata.bind"u8, account);
        else if (customer is { Table: "contact" } person)
            Bind(w, "customerid_contact@odata.bind"u8, person);
        if (Resolve("Contacts", s.PrimaryContact?.Id, out var contact) && contact.Table == "contact")
            Bind(w, "parentcontactid@odata.bind"u8, contact);
        if (Resolve("Companies", s.PrimaryCompany?.Id, out var parent) && parent.Table == "account")
            Bind(w, "parentaccountid@odata.bind"u8, parent);
        Number(w, "sm_pipeline"u8, (int?)SalesmatePack.Pipeline(s.Pipeline));
        Number(w, "salesstage"u8, (int?)SalesmatePack.Stage(s.Stage));
        w.WriteString("sm_salesmatestage"u8, s.Stage);
        w.WriteString("stepname"u8, s.Stage);
        Number(w, "closeprobability"u8, s.Probability);
        Number(w, "estimatedvalue"u8, s.DealValue);
        w.WriteString("sm_currency"u8, s.Currency);
        Date(w, "estimatedclosedate"u8, s.EstimatedCloseDate);
        Number(w, "opportunityratingcode"u8, (int?)SalesmatePack.Rating(s.Priority));
        w.WriteString("sm_source"u8, s.Source);
        w.WriteString("sm_wonreason"u8, s.WonReason);
        w.WriteString("sm_lostreason"u8, s.LostReason);
        w.WriteString("description"u8, Picklists.Truncate(s.Description, 2000));
        w.WriteString("sm_tags"u8, s.Tags);
        Number(w, "sm_discountpercent"u8, s.DiscountPercent);
        Number(w, "sm_competitor"u8, (int?)SalesmatePack.Competitor(s.Competitor));
        Bool(w, "sm_multiyear"u8, s.MultiYear);
        Owner(w, s.Owner?.Email);
        Time(w, "overriddencreatedon"u8, s.CreatedAt);
        Date(w, "actualclosedate"u8, s.ClosedDate is { } closed ? DateOnly.FromDateTime(closed.UtcDateTime) : null);
        Number(w, "actualvalue"u8, s.Status is "Won" ? s.DealValue : null);
        w.WriteEndObject();
        var (state, _) = Picklists.DealState(s.Status);
        return _out.End() + (state ?? 0);
    }

    public int Meeting(ReadOnlySpan<byte> json)
    {
        var s = JsonSerializer.Deserialize(json, SalesmateJson.Default.SmMeeting)!;
        var w = _out.Begin();
        w.WriteStartObject();
        w.WriteString("sm_sourceid"u8, s.Id.ToString(CultureInfo.InvariantCulture));
        w.WriteString("subject"u8, Picklists.Truncate(s.Title ?? "(meeting)", 200));
        w.WriteString("description"u8, Picklists.Truncate(s.Description, 2000));
        w.WriteString("location"u8, s.Location);
        var start = s.DueDate ?? s.CreatedAt;
        Time(w, "scheduledstart"u8, start);
        Time(w, "scheduledend"u8, s.EndDate ?? start?.AddMinutes(s.Duration ?? 30));
        w.WriteString("sm_attendeeresponses"u8, Picklists.Responses(s.Attendees));
        Bool(w, "sm_iscalendarinvite"u8, s.IsCalendarInvite);
        var found = s.Deal is { } deal ? Resolve("Deals", deal.Id, out var regarding)
            : s.PrimaryContact is { } contact ? Resolve("Contacts", contact.Id, out regarding)
            : Resolve("Companies", s.PrimaryCompany?.Id, out regarding);
        if (found)
        {
            w.WritePropertyName("regardingobjectid_" + regarding.Table + "_appointment@odata.bind");
            Reference(w, regarding);
        }
        Number(w, "sm_outcomecategory"u8, (int?)SalesmatePack.OutcomeCategory(s.OutcomeCategory));
        w.WriteString("sm_followupnotes"u8, s.FollowUpNotes);
        w.WriteString("sm_tags"u8, s.Tags);
        Owner(w, s.Owner?.Email, activity: true);
        Time(w, "overriddencreatedon"u8, s.CreatedAt);
        w.WriteStartArray("appointment_activity_parties"u8);
        Party(w, resolver.TryResolveOwner(s.Owner?.Email, out var organizer) && s.Owner?.Email is not null, organizer, s.Owner?.Email, 7);
        if (s.Attendees is { } attendees)
        {
            foreach (var attendee in attendees)
            {
                var resolved = attendee.ContactId is { } contactId ? Resolve("Contacts", contactId, out var party)
                    : attendee.UserId is not null ? resolver.TryResolveOwner(attendee.Email, out party)
                    : Unresolved(out party);
                Party(w, resolved, party, attendee.Email, 5);
            }
        }
        w.WriteEndArray();
        w.WriteEndObject();
        var completed = s.IsCompleted == true ? (int)Appointment.StateCodeOption.Completed : 0;
        return _out.End() + completed;
    }

    private bool Resolve(string pair, long? id, out RecordId record)
    {
        if (id is { } key)
            return resolver.TryResolve(pair, key.ToString(CultureInfo.InvariantCulture), out record);
        record = default;
        return false;
    }

    private static bool Unresolved(out RecordId record)
    {
        record = default;
        return false;
    }

    // Activities bind their owner through a navigation property of their own (ownerid_appointment), as the metadata says.
    private void Owner(Utf8JsonWriter w, string? email, bool activity = false)
    {
        if (resolver.TryResolveOwner(email, out var user))
            Bind(w, activity ? "ownerid_appointment@odata.bind"u8 : "ownerid@odata.bind"u8, user);
    }

    private static void Party(Utf8JsonWriter w, bool resolved, RecordId record, string? email, int mask)
    {
        w.WriteStartObject();
        if (resolved)
        {
            w.WritePropertyName("partyid_" + record.Table + "@odata.bind");
            Reference(w, record);
        }
        if (email is not null)
            w.WriteString("addressused"u8, email);
        w.WriteNumber("participationtypemask"u8, mask);
        w.WriteEndObject();
    }

    private static void Bind(Utf8JsonWriter w, ReadOnlySpan<byte> property, RecordId target)
    {
        w.WritePropertyName(property);
        Reference(w, target);
    }

    private static void Reference(Utf8JsonWriter w, RecordId target)
    {
        Span<char> text = stackalloc char[target.EntitySet.Length + 39];
        text[0] = '/';
        target.EntitySet.AsSpan().CopyTo(text[1..]);
        var at = target.EntitySet.Length + 1;
        text[at++] = '(';
        target.Id.TryFormat(text[at..], out var written, "D");
        at += written;
        text[at++] = ')';
        w.WriteStringValue(text[..at]);
    }

    // Option values straight from the comma-separated text, without splitting it into strings.
    private static void Interests(Utf8JsonWriter w, string? csv)
    {
        if (string.IsNullOrWhiteSpace(csv))
        {
            w.WriteNull("sm_interests"u8);
            return;
        }
        Span<char> text = stackalloc char[csv.Length * 10];
        var at = 0;
        foreach (var range in csv.AsSpan().Split(','))
        {
            var part = csv.AsSpan()[range].Trim();
            if (part.IsEmpty)
                continue;
            SmInterest value = part switch
            {
                "Webinars" => SmInterest.Webinars,
                "Pricing" => SmInterest.Pricing,
                "Integrations" => SmInterest.Integrations,
                "Support" => SmInterest.Support,
                _ => throw new UnmappedValueException(part.ToString()),
            };
            if (at > 0)
                text[at++] = ',';
            ((int)value).TryFormat(text[at..], out var written, provider: CultureInfo.InvariantCulture);
            at += written;
        }
        w.WriteString("sm_interests"u8, text[..at]);
    }

    // The tag labels looked up as spans of the source text (no split strings), distinct option values in a stack buffer.
    private static void TagSet(Utf8JsonWriter w, string? tags)
    {
        if (string.IsNullOrWhiteSpace(tags))
        {
            w.WriteNull("sm_tagset"u8);
            return;
        }
        var options = Picklists.TagOptions.GetAlternateLookup<ReadOnlySpan<char>>();
        // At most one entry per option: a value is at most 10 digits and a comma.
        Span<char> text = stackalloc char[Picklists.TagOptions.Count * 11];
        Span<int> seen = stackalloc int[Picklists.TagOptions.Count];
        int at = 0, count = 0;
        foreach (var range in tags.AsSpan().Split(','))
        {
            var label = tags.AsSpan()[range].Trim();
            if (label.IsEmpty || !options.TryGetValue(label, out var value) || seen[..count].Contains(value))
                continue;
            seen[count++] = value;
            if (at > 0)
                text[at++] = ',';
            value.TryFormat(text[at..], out var written, provider: CultureInfo.InvariantCulture);
            at += written;
        }
        if (at == 0)
            w.WriteNull("sm_tagset"u8);
        else
            w.WriteString("sm_tagset"u8, text[..at]);
    }

    private static void Number(Utf8JsonWriter w, ReadOnlySpan<byte> property, int? value)
    {
        if (value is { } v)
            w.WriteNumber(property, v);
        else
            w.WriteNull(property);
    }

    private static void Number(Utf8JsonWriter w, ReadOnlySpan<byte> property, decimal? value)
    {
        if (value is { } v)
            w.WriteNumber(property, v);
        else
            w.WriteNull(property);
    }

    private static void Bool(Utf8JsonWriter w, ReadOnlySpan<byte> property, bool? value)
    {
        if (value is { } v)
            w.WriteBoolean(property, v);
        else
            w.WriteNull(property);
    }

    private static void Time(Utf8JsonWriter w, ReadOnlySpan<byte> property, DateTimeOffset? value)
    {
        if (value is { } v)
            w.WriteString(property, v.ToUniversalTime());
        else
            w.WriteNull(property);
    }

    private static void Date(Utf8JsonWriter w, ReadOnlySpan<byte> property, DateOnly? value)
    {
        Span<char> text = stackalloc char[10];
        if (value is { } v && v.TryFormat(text, out var written, "yyyy-MM-dd", CultureInfo.InvariantCulture))
            w.WriteString(property, text[..written]);
        else
            w.WriteNull(property);
    }
}
