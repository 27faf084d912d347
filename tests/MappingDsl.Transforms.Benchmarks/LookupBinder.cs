using System.Globalization;
using MappingDsl.Maps.Salesmate.Source;
using MappingDsl.Transforms.Benchmarks.Dtos;

namespace MappingDsl.Transforms.Benchmarks;

/// <summary>
/// What no object mapper does for you: source keys resolved to <c>/set(id)</c> binds through the same resolver the
/// generated transforms use. The DTO baselines call this after the library has copied the fields.
/// </summary>
internal sealed class LookupBinder(ILookupResolver resolver)
{
    public RecordId? Resolve(string pair, long? id) =>
        id is { } key && resolver.TryResolve(pair, key.ToString(CultureInfo.InvariantCulture), out var record) ? record : null;

    public string? Owner(string? email) => resolver.TryResolveOwner(email, out var user) ? Reference(user) : null;

    public static string Reference(RecordId target) => $"/{target.EntitySet}({target.Id:D})";

    public static string? BindIf(RecordId? record, string table) =>
        record is { } r && r.Table == table ? Reference(r) : null;

    public void Complete(PersonDto dto, SmContact s)
    {
        dto.SourceId = s.Id.ToString(CultureInfo.InvariantCulture);
        dto.OwnerBind = Owner(s.Owner?.Email);
        var company = Resolve("Companies", s.Company?.Id);
        if (dto is ContactDto contact)
        {
            contact.ParentCustomerAccountBind = BindIf(company, "account");
            contact.ParentCustomerContactBind = BindIf(company, "contact");
        }
        else if (dto is LeadDto lead)
            lead.ParentAccountBind = BindIf(company, "account");
    }

    public void Complete(OpportunityDto dto, SmDeal s)
    {
        dto.SourceId = s.Id.ToString(CultureInfo.InvariantCulture);
        dto.OwnerBind = Owner(s.Owner?.Email);
        var customer = s.PrimaryCompany is { } company ? Resolve("Companies", company.Id) : Resolve("Contacts", s.PrimaryContact?.Id);
        dto.CustomerAccountBind = BindIf(customer, "account");
        dto.CustomerContactBind = BindIf(customer, "contact");
        dto.ParentContactBind = BindIf(Resolve("Contacts", s.PrimaryContact?.Id), "contact");
        dto.ParentAccountBind = BindIf(Resolve("Companies", s.PrimaryCompany?.Id), "account");
        if (dto.StateCode is null)
            dto.StatusCode = null;
    }

    public void Complete(AppointmentDto dto, SmMeeting s)
    {
        dto.SourceId = s.Id.ToString(CultureInfo.InvariantCulture);
        dto.OwnerBind = Owner(s.Owner?.Email);
        var regarding = s.Deal is { } deal ? Resolve("Deals", deal.Id)
            : s.PrimaryContact is { } contact ? Resolve("Contacts", contact.Id)
            : Resolve("Companies", s.PrimaryCompany?.Id);
        dto.RegardingOpportunityBind = BindIf(regarding, "opportunity");
        dto.RegardingContactBind = BindIf(regarding, "contact");
        dto.RegardingLeadBind = BindIf(regarding, "lead");
        dto.RegardingAccountBind = BindIf(regarding, "account");
        dto.Parties = Parties(s);
    }

    // The owner organizes (7); attendees are required (5): a migrated contact or lead, a Dynamics user, or an address.
    private List<PartyDto> Parties(SmMeeting s)
    {
        var parties = new List<PartyDto>((s.Attendees?.Count ?? 0) + 1)
        {
            new() { SystemUserBind = s.Owner?.Email is { } email ? Owner(email) : null, AddressUsed = s.Owner?.Email, ParticipationTypeMask = 7 },
        };
        foreach (var attendee in s.Attendees ?? [])
        {
            var party = new PartyDto { AddressUsed = attendee.Email, ParticipationTypeMask = 5 };
            if (attendee.ContactId is { } contactId)
            {
                var record = Resolve("Contacts", contactId);
                party.ContactBind = BindIf(record, "contact");
                party.LeadBind = BindIf(record, "lead");
            }
            else if (attendee.UserId is not null)
                party.SystemUserBind = Owner(attendee.Email);
            parties.Add(party);
        }
        return parties;
    }
}
