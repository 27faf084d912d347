using System.Globalization;
using System.Text;
using System.Text.Json;
using MappingDsl.Maps.Salesmate;

namespace MappingDsl.Transforms.Benchmarks;

/// <summary>
/// Baseline 2, what a generic dynamic tool does: the record becomes a <c>Dictionary&lt;string, object?&gt;</c> of
/// <see cref="JsonElement"/>s, a rule per column builds an output dictionary, and the reflection serializer writes it.
/// </summary>
internal sealed class DictionaryMapper(ILookupResolver resolver)
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.General);

    private readonly JsonOutput _out = new();
    private readonly LookupBinder _binder = new(resolver);

    public ReadOnlySpan<byte> Written => _out.Written;

    public int Contact(ReadOnlySpan<byte> json)
    {
        var s = JsonSerializer.Deserialize<Dictionary<string, object?>>(json, Options)!;
        var stage = Str(s, "lifecycleStage");
        var isContact = stage is "Customer" or "Evangelist";
        var company = Obj(s, "company");
        var companyRecord = _binder.Resolve("Companies", Id(company));
        var o = new Dictionary<string, object?>(48)
        {
            ["sm_sourceid"] = Key(s),
            ["firstname"] = Str(s, "firstName"),
            ["lastname"] = Str(s, "lastName") ?? Str(s, "email") ?? "(no name)",
        };
        if (isContact)
        {
            Bind(o, "parentcustomerid_account@odata.bind", LookupBinder.BindIf(companyRecord, "account"));
            Bind(o, "parentcustomerid_contact@odata.bind", LookupBinder.BindIf(companyRecord, "contact"));
            o["mobilephone"] = Str(s, "mobile");
            o["birthdate"] = Date(s, "dateCustomField1");
        }
        else
        {
            o["subject"] = Picklists.Truncate(Str(s, "name") ?? Str(s, "email") ?? "Salesmate contact", 300);
            o["companyname"] = company is { } c && c.TryGetProperty("name", out var name) ? name.GetString() : null;
            Bind(o, "parentaccountid@odata.bind", LookupBinder.BindIf(companyRecord, "account"));
            o["mobilephone"] = Picklists.Truncate(Str(s, "mobile"), 20);
            o["sm_birthday"] = Date(s, "dateCustomField1");
        }
        o["emailaddress1"] = Str(s, "email");
        o["emailaddress2"] = Str(s, "secondaryEmail");
        o["telephone1"] = Str(s, "phone");
        o["jobtitle"] = Str(s, "designation");
        o["donotemail"] = Bool(s, "emailOptOut");
        o["description"] = Picklists.Truncate(Str(s, "description"), 2000);
        o["address1_line1"] = Str(s, "billingAddressLine1");
        o["address1_city"] = Str(s, "billingCity");
        o["address1_stateorprovince"] = Str(s, "billingState");
        o["address1_postalcode"] = Str(s, "billingZipCode");
        o["address1_country"] = Str(s, "billingCountry");
        o["sm_originallifecycle"] = stage;
        o["sm_contacttype"] = Str(s, "type");
        o["sm_tags"] = Str(s, "tags");
        o["sm_tagset"] = Picklists.TagSet(Str(s, "tags"));
        o["sm_utmsource"] = Str(s, "utmSource");
        o["sm_utmcampaign"] = Str(s, "utmCampaign");
        o["sm_utmmedium"] = Str(s, "utmMedium");
        o["sm_lastcommunicationat"] = Time(s, "lastCommunicationAt");
        o["sm_preferredname"] = Str(s, "textCustomField1");
        o["sm_background"] = Str(s, "textAreaCustomField1");
        o["sm_assistantemail"] = Str(s, "emailCustomField1");
        o["sm_assistantphone"] = Str(s, "phoneCustomField1");
        o["sm_profileurl"] = Str(s, "urlCustomField1");
        o["sm_children"] = Num(s, "intCustomField1") is { } children ? (int)children : null;
        o["sm_leadscore"] = Num(s, "decimalCustomField1");
        o["sm_lifetimevalue"] = Num(s, "currencyCustomField1");
        o["sm_lastwebinarat"] = Time(s, "dateTimeCustomField1");
        o["sm_newsletter"] = Bool(s, "booleanCustomField1");
        o["sm_preferredchannel"] = (int?)SalesmatePack.PreferredChannel(Str(s, "selectCustomField1"));
        o["sm_interests"] = Picklists.Interests(Str(s, "multiSelectCustomField1"));
        Bind(o, "ownerid@odata.bind", _binder.Owner(OwnerEmail(s)));
        o["overriddencreatedon"] = Time(s, "createdAt");
        return Write(o);
    }

    public int Deal(ReadOnlySpan<byte> json)
    {
        var s = JsonSerializer.Deserialize<Dictionary<string, object?>>(json, Options)!;
        var company = Id(Obj(s, "primaryCompany"));
        var contact = Id(Obj(s, "primaryContact"));
        var customer = company is not null ? _binder.Resolve("Companies", company) : _binder.Resolve("Contacts", contact);
        var stage = Str(s, "stage");
        var status = Str(s, "status");
        var value = Num(s, "dealValue");
        var o = new Dictionary<string, object?>(32)
        {
            ["sm_sourceid"] = Key(s),
            ["name"] = Picklists.Truncate(Str(s, "title") ?? "(untitled deal)", 300),
        };
        Bind(o, "customerid_account@odata.bind", LookupBinder.BindIf(customer, "account"));
        Bind(o, "customerid_contact@odata.bind", LookupBinder.BindIf(customer, "contact"));
        Bind(o, "parentcontactid@odata.bind", LookupBinder.BindIf(_binder.Resolve("Contacts", contact), "contact"));
        Bind(o, "parentaccountid@odata.bind", LookupBinder.BindIf(_binder.Resolve("Companies", company), "account"));
        o["sm_pipeline"] = (int?)SalesmatePack.Pipeline(Str(s, "pipeline"));
        o["salesstage"] = (int?)SalesmatePack.Stage(stage);
        o["sm_salesmatestage"] = stage;
        o["stepname"] = stage;
        o["closeprobability"] = Num(s, "probability") is { } probability ? (int)probability : null;
        o["estimatedvalue"] = value;
        o["sm_currency"] = Str(s, "currency");
        o["estimatedclosedate"] = Date(s, "estimatedCloseDate");
        o["opportunityratingcode"] = (int?)SalesmatePack.Rating(Str(s, "priority"));
        o["sm_source"] = Str(s, "source");
        o["sm_wonreason"] = Str(s, "wonReason");
        o["sm_lostreason"] = Str(s, "lostReason");
        o["description"] = Picklists.Truncate(Str(s, "description"), 2000);
        o["sm_tags"] = Str(s, "tags");
        o["sm_discountpercent"] = Num(s, "decimalCustomField1");
        o["sm_competitor"] = (int?)SalesmatePack.Competitor(Str(s, "selectCustomField1"));
        o["sm_multiyear"] = Bool(s, "booleanCustomField1");
        Bind(o, "ownerid@odata.bind", _binder.Owner(OwnerEmail(s)));
        o["overriddencreatedon"] = Time(s, "createdAt");
        o["actualclosedate"] = Time(s, "closedDate") is { } closed ? DateOnly.FromDateTime(closed.UtcDateTime) : null;
        o["actualvalue"] = status is "Won" ? value : null;
        var (state, _) = Picklists.DealState(status);
        return Write(o) + (state ?? 0);
    }

    public int Meeting(ReadOnlySpan<byte> json)
    {
        var s = JsonSerializer.Deserialize<Dictionary<string, object?>>(json, Options)!;
        var start = Time(s, "dueDate") ?? Time(s, "createdAt");
        var owner = OwnerEmail(s);
        var o = new Dictionary<string, object?>(24)
        {
            ["sm_sourceid"] = Key(s),
            ["subject"] = Picklists.Truncate(Str(s, "title") ?? "(meeting)", 200),
            ["description"] = Picklists.Truncate(Str(s, "description"), 2000),
            ["location"] = Str(s, "location"),
            ["scheduledstart"] = start,
            ["scheduledend"] = Time(s, "endDate") ?? start?.AddMinutes(Num(s, "duration") is { } minutes ? (double)minutes : 30),
            ["sm_iscalendarinvite"] = Bool(s, "isCalendarInvite"),
        };
        var regarding = Obj(s, "deal") is { } deal ? _binder.Resolve("Deals", Id(deal))
            : Obj(s, "primaryContact") is { } contact ? _binder.Resolve("Contacts", Id(contact))
            : _binder.Resolve("Companies", Id(Obj(s, "primaryCompany")));
        if (regarding is { } r)
            o["regardingobjectid_" + r.Table + "_appointment@odata.bind"] = LookupBinder.Reference(r);
        o["sm_outcomecategory"] = (int?)SalesmatePack.OutcomeCategory(Str(s, "selectCustomField1"));
        o["sm_followupnotes"] = Str(s, "textCustomField1");
        o["sm_tags"] = Str(s, "tags");
        Bind(o, "ownerid_appointment@odata.bind", _binder.Owner(owner));
        o["overriddencreatedon"] = Time(s, "createdAt");
        var parties = new List<Dictionary<string, object?>> { Party(owner is null ? null : _binder.Owner(owner), "systemuser", owner, 7) };
        var responses = new StringBuilder();
        if (s.TryGetValue("attendees", out var list) && list is JsonElement { ValueKind: JsonValueKind.Array } attendees)
        {
            foreach (var attendee in attendees.EnumerateArray())
            {
                var email = attendee.GetProperty("email").GetString();
                var contactId = attendee.TryGetProperty("contactId", out var id) && id.ValueKind == JsonValueKind.Number ? id.GetInt64() : (long?)null;
                var isUser = attendee.TryGetProperty("userId", out var user) && user.ValueKind != JsonValueKind.Null;
                var record = contactId is not null ? _binder.Resolve("Contacts", contactId) : null;
                parties.Add(record is { } found ? Party(LookupBinder.Reference(found), found.Table, email, 5)
                    : isUser ? Party(_binder.Owner(email), "systemuser", email, 5)
                    : Party(null, null, email, 5));
                var response = attendee.TryGetProperty("responseStatus", out var status) ? status.GetString() : null;
                responses.Append(email).Append(": ").Append(response ?? "None").Append('\n');
            }
        }
        o["sm_attendeeresponses"] = responses.Length == 0 ? null : responses.ToString();
        o["appointment_activity_parties"] = parties;
        var completed = Bool(s, "isCompleted") == true ? (int)Entities.Appointment.StateCodeOption.Completed : 0;
        return Write(o) + completed;
    }

    private int Write(Dictionary<string, object?> o)
    {
        JsonSerializer.Serialize(_out.Begin(), o, Options);
        return _out.End();
    }

    private static Dictionary<string, object?> Party(string? bind, string? table, string? email, int mask)
    {
        var party = new Dictionary<string, object?>(3);
        if (bind is not null)
            party["partyid_" + table + "@odata.bind"] = bind;
        if (email is not null)
            party["addressused"] = email;
        party["participationtypemask"] = mask;
        return party;
    }

    private static void Bind(Dictionary<string, object?> o, string column, string? bind)
    {
        if (bind is not null)
            o[column] = bind;
    }

    private static JsonElement? Value(Dictionary<string, object?> s, string name) =>
        s.TryGetValue(name, out var v) && v is JsonElement e && e.ValueKind != JsonValueKind.Null ? e : null;

    private static string Key(Dictionary<string, object?> s) =>
        Value(s, "id")!.Value.GetInt64().ToString(CultureInfo.InvariantCulture);

    private static string? Str(Dictionary<string, object?> s, string name) => Value(s, name)?.GetString();

    private static decimal? Num(Dictionary<string, object?> s, string name) => Value(s, name) is { } e
        ? e.ValueKind == JsonValueKind.String ? decimal.Parse(e.GetString()!, CultureInfo.InvariantCulture) : e.GetDecimal()
        : null;

    private static bool? Bool(Dictionary<string, object?> s, string name) => Value(s, name)?.GetBoolean();

    private static DateTimeOffset? Time(Dictionary<string, object?> s, string name) => Value(s, name)?.GetDateTimeOffset().ToUniversalTime();

    private static DateOnly? Date(Dictionary<string, object?> s, string name) =>
        Str(s, name) is { } text ? DateOnly.Parse(text, CultureInfo.InvariantCulture) : null;

    private static JsonElement? Obj(Dictionary<string, object?> s, string name) =>
        Value(s, name) is { ValueKind: JsonValueKind.Object } e ? e : null;

    private static long? Id(JsonElement? reference) =>
        reference is { } e && e.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.Number ? id.GetInt64() : null;

    private static string? OwnerEmail(Dictionary<string, object?> s) =>
        Obj(s, "owner") is { } owner && owner.TryGetProperty("email", out var email) ? email.GetString() : null;
}
