using AutoMapper;
using MappingDsl.Maps.Salesmate;
using MappingDsl.Maps.Salesmate.Source;
using MappingDsl.Transforms.Benchmarks.Dtos;

namespace MappingDsl.Transforms.Benchmarks;

/// <summary>
/// Baseline 4: AutoMapper 14 copies the typed source object into the same DTOs (runtime-compiled expression maps, by
/// member name and flattening, with the pack's picklists in <c>MapFrom</c>); lookups are bound by
/// <see cref="LookupBinder"/>; System.Text.Json writes it.
/// </summary>
internal static class AutoMapperMapper
{
    public static IMapper Create()
    {
        var configuration = new MapperConfiguration(cfg =>
        {
            cfg.CreateMap<SmContact, PersonDto>()
                .ForMember(d => d.SourceId, o => o.Ignore())
                .ForMember(d => d.OwnerBind, o => o.Ignore())
                .ForMember(d => d.LastName, o => o.MapFrom(s => s.LastName ?? s.Email ?? "(no name)"))
                .ForMember(d => d.Description, o => o.MapFrom(s => Picklists.Truncate(s.Description, 2000)))
                .ForMember(d => d.PreferredChannel, o => o.MapFrom(s => (int?)SalesmatePack.PreferredChannel(s.PreferredChannel)))
                .ForMember(d => d.Interests, o => o.MapFrom(s => Picklists.Interests(s.Interests)))
                .ForMember(d => d.TagSet, o => o.MapFrom(s => Picklists.TagSet(s.Tags)))
                .Include<SmContact, ContactDto>()
                .Include<SmContact, LeadDto>();
            cfg.CreateMap<SmContact, ContactDto>()
                .ForMember(d => d.ParentCustomerAccountBind, o => o.Ignore())
                .ForMember(d => d.ParentCustomerContactBind, o => o.Ignore());
            cfg.CreateMap<SmContact, LeadDto>()
                .ForMember(d => d.ParentAccountBind, o => o.Ignore())
                .ForMember(d => d.Subject, o => o.MapFrom(s => Picklists.Truncate(s.Name ?? s.Email ?? "Salesmate contact", 300)))
                .ForMember(d => d.Mobile, o => o.MapFrom(s => Picklists.Truncate(s.Mobile, 20)));
            cfg.CreateMap<SmDeal, OpportunityDto>()
                .ForMember(d => d.SourceId, o => o.Ignore())
                .ForMember(d => d.OwnerBind, o => o.Ignore())
                .ForMember(d => d.CustomerAccountBind, o => o.Ignore())
                .ForMember(d => d.CustomerContactBind, o => o.Ignore())
                .ForMember(d => d.ParentContactBind, o => o.Ignore())
                .ForMember(d => d.ParentAccountBind, o => o.Ignore())
                .ForMember(d => d.Title, o => o.MapFrom(s => Picklists.Truncate(s.Title ?? "(untitled deal)", 300)))
                .ForMember(d => d.Pipeline, o => o.MapFrom(s => (int?)SalesmatePack.Pipeline(s.Pipeline)))
                .ForMember(d => d.SalesStage, o => o.MapFrom(s => (int?)SalesmatePack.Stage(s.Stage)))
                .ForMember(d => d.StepName, o => o.MapFrom(s => s.Stage))
                .ForMember(d => d.Priority, o => o.MapFrom(s => (int?)SalesmatePack.Rating(s.Priority)))
                .ForMember(d => d.Description, o => o.MapFrom(s => Picklists.Truncate(s.Description, 2000)))
                .ForMember(d => d.Competitor, o => o.MapFrom(s => (int?)SalesmatePack.Competitor(s.Competitor)))
                .ForMember(d => d.ClosedDate, o => o.MapFrom(s => s.ClosedDate.HasValue ? DateOnly.FromDateTime(s.ClosedDate.Value.UtcDateTime) : (DateOnly?)null))
                .ForMember(d => d.ActualValue, o => o.MapFrom(s => s.Status == "Won" ? s.DealValue : null))
                .ForMember(d => d.StateCode, o => o.MapFrom(s => (int?)SalesmatePack.DealState(s.Status)))
                .ForMember(d => d.StatusCode, o => o.MapFrom(s => (int?)SalesmatePack.DealStatus(s.Status)));
            cfg.CreateMap<SmMeeting, AppointmentDto>()
                .ForMember(d => d.SourceId, o => o.Ignore())
                .ForMember(d => d.OwnerBind, o => o.Ignore())
                .ForMember(d => d.RegardingOpportunityBind, o => o.Ignore())
                .ForMember(d => d.RegardingContactBind, o => o.Ignore())
                .ForMember(d => d.RegardingLeadBind, o => o.Ignore())
                .ForMember(d => d.RegardingAccountBind, o => o.Ignore())
                .ForMember(d => d.Parties, o => o.Ignore())
                .ForMember(d => d.Title, o => o.MapFrom(s => Picklists.Truncate(s.Title ?? "(meeting)", 200)))
                .ForMember(d => d.Description, o => o.MapFrom(s => Picklists.Truncate(s.Description, 2000)))
                .ForMember(d => d.ScheduledStart, o => o.MapFrom(s => s.DueDate ?? s.CreatedAt))
                .ForMember(d => d.ScheduledEnd, o => o.MapFrom(s => s.EndDate ?? EndWithoutEndDate(s)))
                .ForMember(d => d.AttendeeResponses, o => o.MapFrom(s => Picklists.Responses(s.Attendees)))
                .ForMember(d => d.OutcomeCategory, o => o.MapFrom(s => (int?)SalesmatePack.OutcomeCategory(s.OutcomeCategory)))
                .ForMember(d => d.StateCode, o => o.MapFrom(s => s.IsCompleted == true ? (int?)Entities.Appointment.StateCodeOption.Completed : null))
                .ForMember(d => d.StatusCode, o => o.MapFrom(s => s.IsCompleted == true ? (int?)Entities.Appointment.StatusCodeOption.Completed : null));
        });
        configuration.AssertConfigurationIsValid();
        return configuration.CreateMapper();
    }

    private static DateTimeOffset? EndWithoutEndDate(SmMeeting s) => (s.DueDate ?? s.CreatedAt)?.AddMinutes(s.Duration ?? 30);
}
