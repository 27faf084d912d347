using MappingDsl.Entities;
using MappingDsl.Maps.Iterable.Source;

namespace MappingDsl.Maps.Iterable;

public static partial class IterablePack
{
    /// <summary>
    /// Iterable campaigns become Dynamics 365 campaigns: name, channel, state, type, start and end dates, schedule and
    /// the send, open and click metrics (campaigns/metrics) in ib_ columns. Template content and journey links do not
    /// migrate as code; they are in the template and journey inventories.
    /// </summary>
    [Pair("Campaign", Module = "campaign")]
    [LeaveUnset(nameof(Campaign.OwnerId), Reason = "Iterable records have no owner; Dataverse assigns the migration user, who can reassign")]
    [LeaveUnset(nameof(Campaign.TransactionCurrencyId), Reason = "Dataverse uses the organization's base currency")]
    [Ignore(nameof(IbCampaign.UpdatedAt), Reason = "Dataverse stamps its own modified-on")]
    [Ignore(nameof(IbCampaign.CreatedByUserId), Reason = "Iterable users are not Dynamics 365 users; campaigns belong to the migration user")]
    [Ignore(nameof(IbCampaign.ListIds), Reason = "Audiences are the migrated marketing lists; the ids are in the campaign inventory of the docs")]
    [Ignore(nameof(IbCampaign.SuppressionListIds), Reason = "Suppression lists migrate as lists with status Suppression")]
    [Ignore(nameof(IbCampaign.Labels), Reason = "Labels have no campaign column; kept in the description")]
    [Ignore(nameof(IbCampaign.WorkflowId), Reason = "The journey link is listed in the journey inventory")]
    public static Campaign Campaigns(IbCampaign s, MapContext m) => new()
    {
        Name = Lossy.Truncate(s.Name ?? "(unnamed campaign)", 128, "Campaign names are limited to 128 characters"),
        ActualStart = s.StartAt,
        ActualEnd = s.EndedAt,
        Description = Lossy.Join(s.Labels, ", ", "Labels become a comma-separated description"),
        ib_Channel = s.MessageMedium,
        ib_Status = s.CampaignState,
        ib_CampaignType = s.Type,
        ib_Schedule = Schedule(s.StartAt, s.EndedAt, s.RecurringCampaignId),
        ib_TemplateId = s.TemplateId?.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ib_SendSize = s.SendSize,
        ib_TotalSends = s.Metrics?.TotalSends,
        ib_UniqueOpens = s.Metrics?.UniqueOpens,
        ib_UniqueClicks = s.Metrics?.UniqueClicks,
        ib_OpenRate = s.Metrics?.OpenRate,
        ib_ClickRate = s.Metrics?.ClickRate,
        OverriddenCreatedOn = s.CreatedAt,
    };

    private static string? Schedule(DateTimeOffset? start, DateTimeOffset? end, long? recurringFrom)
    {
        if (start is null && end is null && recurringFrom is null)
            return null;
        var text = "starts " + (start?.ToString("u", System.Globalization.CultureInfo.InvariantCulture) ?? "unscheduled");
        if (end is { } e)
            text += "; ended " + e.ToString("u", System.Globalization.CultureInfo.InvariantCulture);
        if (recurringFrom is { } r)
            text += "; recurs from campaign " + r.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return text;
    }
}
