using MappingDsl.Maps.Salesmate;
using MappingDsl.Maps.Salesmate.Source;
using MappingDsl.Transforms.Benchmarks.Dtos;
using Riok.Mapperly.Abstractions;

namespace MappingDsl.Transforms.Benchmarks;

/// <summary>
/// Baseline 3: Riok.Mapperly copies the typed source object into a DTO (compile-time generated, by member name, with
/// the pack's picklists as user mappings); lookups are bound by <see cref="LookupBinder"/>; System.Text.Json writes it.
/// </summary>
[Mapper(RequiredMappingStrategy = RequiredMappingStrategy.Target)]
internal static partial class MapperlyMapper
{
    [MapperIgnoreTarget(nameof(ContactDto.SourceId))]
    [MapperIgnoreTarget(nameof(ContactDto.OwnerBind))]
    [MapperIgnoreTarget(nameof(ContactDto.ParentCustomerAccountBind))]
    [MapperIgnoreTarget(nameof(ContactDto.ParentCustomerContactBind))]
    [MapPropertyFromSource(nameof(ContactDto.LastName), Use = nameof(LastNameOf))]
    [MapProperty(nameof(SmContact.Description), nameof(ContactDto.Description), Use = nameof(Description2000))]
    [MapProperty(nameof(SmContact.PreferredChannel), nameof(ContactDto.PreferredChannel), Use = nameof(ChannelOf))]
    [MapProperty(nameof(SmContact.Interests), nameof(ContactDto.Interests), Use = nameof(InterestsOf))]
    [MapProperty(nameof(SmContact.Tags), nameof(ContactDto.TagSet), Use = nameof(TagSetOf))]
    public static partial ContactDto ToContact(SmContact s);

    [MapperIgnoreTarget(nameof(LeadDto.SourceId))]
    [MapperIgnoreTarget(nameof(LeadDto.OwnerBind))]
    [MapperIgnoreTarget(nameof(LeadDto.ParentAccountBind))]
    [MapPropertyFromSource(nameof(LeadDto.LastName), Use = nameof(LastNameOf))]
    [MapPropertyFromSource(nameof(LeadDto.Subject), Use = nameof(SubjectOf))]
    [MapProperty(nameof(SmContact.Mobile), nameof(LeadDto.Mobile), Use = nameof(Mobile20))]
    [MapProperty(nameof(SmContact.Description), nameof(LeadDto.Description), Use = nameof(Description2000))]
    [MapProperty(nameof(SmContact.PreferredChannel), nameof(LeadDto.PreferredChannel), Use = nameof(ChannelOf))]
    [MapProperty(nameof(SmContact.Interests), nameof(LeadDto.Interests), Use = nameof(InterestsOf))]
    [MapProperty(nameof(SmContact.Tags), nameof(LeadDto.TagSet), Use = nameof(TagSetOf))]
    public static partial LeadDto ToLead(SmContact s);

    [MapperIgnoreTarget(nameof(OpportunityDto.SourceId))]
    [MapperIgnoreTarget(nameof(OpportunityDto.OwnerBind))]
    [MapperIgnoreTarget(nameof(OpportunityDto.CustomerAccountBind))]
    [MapperIgnoreTarget(nameof(OpportunityDto.CustomerContactBind))]
    [MapperIgnoreTarget(nameof(OpportunityDto.ParentContactBind))]
    [MapperIgnoreTarget(nameof(OpportunityDto.ParentAccountBind))]
    [MapProperty(nameof(SmDeal.Title), nameof(OpportunityDto.Title), Use = nameof(DealName))]
    [MapProperty(nameof(SmDeal.Pipeline), nameof(OpportunityDto.Pipeline), Use = nameof(PipelineOf))]
    [MapProperty(nameof(SmDeal.Stage), nameof(OpportunityDto.SalesStage), Use = nameof(SalesStageOf))]
    [MapProperty(nameof(SmDeal.Stage), nameof(OpportunityDto.StepName))]
    [MapProperty(nameof(SmDeal.Priority), nameof(OpportunityDto.Priority), Use = nameof(RatingOf))]
    [MapProperty(nameof(SmDeal.Description), nameof(OpportunityDto.Description), Use = nameof(Description2000))]
    [MapProperty(nameof(SmDeal.Competitor), nameof(OpportunityDto.Competitor), Use = nameof(CompetitorOf))]
    [MapProperty(nameof(SmDeal.ClosedDate), nameof(OpportunityDto.ClosedDate), Use = nameof(DateOf))]
    [MapPropertyFromSource(nameof(OpportunityDto.ActualValue), Use = nameof(ActualValueOf))]
    [MapProperty(nameof(SmDeal.Status), nameof(OpportunityDto.StateCode), Use = nameof(DealStateOf))]
    [MapProperty(nameof(SmDeal.Status), nameof(OpportunityDto.StatusCode), Use = nameof(DealStatusOf))]
    public static partial OpportunityDto ToOpportunity(SmDeal s);

    [MapperIgnoreTarget(nameof(AppointmentDto.SourceId))]
    [MapperIgnoreTarget(nameof(AppointmentDto.OwnerBind))]
    [MapperIgnoreTarget(nameof(AppointmentDto.RegardingOpportunityBind))]
    [MapperIgnoreTarget(nameof(AppointmentDto.RegardingContactBind))]
    [MapperIgnoreTarget(nameof(AppointmentDto.RegardingLeadBind))]
    [MapperIgnoreTarget(nameof(AppointmentDto.RegardingAccountBind))]
    [MapperIgnoreTarget(nameof(AppointmentDto.Parties))]
    [MapProperty(nameof(SmMeeting.Title), nameof(AppointmentDto.Title), Use = nameof(MeetingSubject))]
    [MapProperty(nameof(SmMeeting.Description), nameof(AppointmentDto.Description), Use = nameof(Description2000))]
    [MapPropertyFromSource(nameof(AppointmentDto.ScheduledStart), Use = nameof(StartOf))]
    [MapPropertyFromSource(nameof(AppointmentDto.ScheduledEnd), Use = nameof(EndOf))]
    [MapProperty(nameof(SmMeeting.Attendees), nameof(AppointmentDto.AttendeeResponses), Use = nameof(ResponsesOf))]
    [MapProperty(nameof(SmMeeting.OutcomeCategory), nameof(AppointmentDto.OutcomeCategory), Use = nameof(OutcomeOf))]
    [MapProperty(nameof(SmMeeting.IsCompleted), nameof(AppointmentDto.StateCode), Use = nameof(CompletedState))]
    [MapProperty(nameof(SmMeeting.IsCompleted), nameof(AppointmentDto.StatusCode), Use = nameof(CompletedStatus))]
    public static partial AppointmentDto ToAppointment(SmMeeting s);

    [UserMapping(Default = false)] private static string LastNameOf(SmContact s) => s.LastName ?? s.Email ?? "(no name)";
    [UserMapping(Default = false)] private static string? SubjectOf(SmContact s) => Picklists.Truncate(s.Name ?? s.Email ?? "Salesmate contact", 300);
    [UserMapping(Default = false)] private static string? Mobile20(string? v) => Picklists.Truncate(v, 20);
    [UserMapping(Default = false)] private static string? Description2000(string? v) => Picklists.Truncate(v, 2000);
    [UserMapping(Default = false)] private static int? ChannelOf(string? v) => (int?)SalesmatePack.PreferredChannel(v);
    [UserMapping(Default = false)] private static string? InterestsOf(string? v) => Picklists.Interests(v);
    [UserMapping(Default = false)] private static string? TagSetOf(string? v) => Picklists.TagSet(v);
    [UserMapping(Default = false)] private static string? DealName(string? v) => Picklists.Truncate(v ?? "(untitled deal)", 300);
    [UserMapping(Default = false)] private static int? PipelineOf(string? v) => (int?)SalesmatePack.Pipeline(v);
    [UserMapping(Default = false)] private static int? SalesStageOf(string? v) => (int?)SalesmatePack.Stage(v);
    [UserMapping(Default = false)] private static int? RatingOf(string? v) => (int?)SalesmatePack.Rating(v);
    [UserMapping(Default = false)] private static int? CompetitorOf(string? v) => (int?)SalesmatePack.Competitor(v);
    [UserMapping(Default = false)] private static DateOnly? DateOf(DateTimeOffset? v) => v is { } d ? DateOnly.FromDateTime(d.UtcDateTime) : null;
    [UserMapping(Default = false)] private static decimal? ActualValueOf(SmDeal s) => s.Status is "Won" ? s.DealValue : null;
    [UserMapping(Default = false)] private static int? DealStateOf(string? v) => (int?)SalesmatePack.DealState(v);
    [UserMapping(Default = false)] private static int? DealStatusOf(string? v) => (int?)SalesmatePack.DealStatus(v);
    [UserMapping(Default = false)] private static string? MeetingSubject(string? v) => Picklists.Truncate(v ?? "(meeting)", 200);
    [UserMapping(Default = false)] private static DateTimeOffset? StartOf(SmMeeting s) => s.DueDate ?? s.CreatedAt;
    [UserMapping(Default = false)] private static DateTimeOffset? EndOf(SmMeeting s) => s.EndDate ?? (s.DueDate ?? s.CreatedAt)?.AddMinutes(s.Duration ?? 30);
    [UserMapping(Default = false)] private static string? ResponsesOf(IReadOnlyList<SmAttendee>? v) => Picklists.Responses(v);
    [UserMapping(Default = false)] private static int? OutcomeOf(string? v) => (int?)SalesmatePack.OutcomeCategory(v);
    [UserMapping(Default = false)] private static int? CompletedState(bool? v) => v == true ? (int)Entities.Appointment.StateCodeOption.Completed : null;
    [UserMapping(Default = false)] private static int? CompletedStatus(bool? v) => v == true ? (int)Entities.Appointment.StatusCodeOption.Completed : null;
}
