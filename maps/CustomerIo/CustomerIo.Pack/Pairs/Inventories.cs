using System.Text.RegularExpressions;
using MappingDsl.Maps.CustomerIo.Source;

namespace MappingDsl.Maps.CustomerIo;

public static partial class CustomerIoPack
{
    /// <summary>
    /// Segments are dynamic audiences: they migrate as rule documents — the rules exactly as Customer.io serves them,
    /// the member count — beside the marketing lists they become (ContactSegmentLists, LeadSegmentLists): the FetchXML
    /// each list holds over contacts and over leads where the rules translate, otherwise the precise reason they cannot
    /// be expressed.
    /// </summary>
    [Pair("Segment", Module = "segment", TargetDescription = "Segment rule document: rules, member count and the FetchXML of its two marketing lists (or why not)")]
    [Lossy("A segment whose rules FetchXML cannot express (manual, event conditions) is not a live audience in Dynamics 365; its rules are documented for a rebuild")]
    [Ignore(nameof(CioSegment.DeduplicateId), Reason = "Customer.io's idempotency key")]
    [Ignore(nameof(CioSegment.Members), Reason = "Membership is recomputed from the rules in Dynamics 365; the count is kept for reconciliation")]
    [Ignore(nameof(CioSegment.CreatedAt), Reason = "Not needed for the rebuild")]
    [Ignore(nameof(CioSegment.Key), Reason = "The same as the segment id")]
    public static InventoryRow Segments(CioSegment s, MapContext m) => new()
    {
        ["Segment id"] = s.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Segment"] = s.Name,
        ["Description"] = s.Description,
        ["Type"] = s.Type,
        ["State"] = s.State,
        ["Tags"] = s.Tags is { Count: > 0 } tags ? string.Join(", ", tags) : "none",
        ["Rules (JSON)"] = s.Conditions is { } rules ? rules.GetRawText() : "none: a manual segment (members added by hand)",
        ["Members"] = s.MemberCount.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["FetchXML (contacts)"] = SegmentQueryCell("contact", s.Id, s.Name, s.Type, s.Conditions, s.ReferencedConditions),
        ["FetchXML (leads)"] = SegmentQueryCell("lead", s.Id, s.Name, s.Type, s.Conditions, s.ReferencedConditions),
        ["Updated"] = s.UpdatedAt?.ToString("u", System.Globalization.CultureInfo.InvariantCulture),
    };

    /// <summary>
    /// Campaigns (journeys) cannot migrate: Sales has no journey builder. Each is listed with its trigger, its steps in
    /// order, the channel of each message step and its branches, for the admin who rebuilds it in Customer Insights -
    /// Journeys or Power Automate.
    /// </summary>
    [Pair("Campaign / Journey", Module = "campaign", TargetDescription = "Campaign (documentation only): journey inventory")]
    [Lossy("Journey logic is not migrated; the inventory lists it for a rebuild")]
    [Ignore(nameof(CioCampaign.Key), Reason = "The same as the campaign id")]
    [Ignore(nameof(CioCampaign.Created), Reason = "Not needed for the rebuild")]
    [Ignore(nameof(CioCampaign.Updated), Reason = "Not needed for the rebuild")]
    [Ignore(nameof(CioCampaign.CreatedBy), Reason = "Customer.io users are not Dynamics 365 users")]
    [Ignore(nameof(CioCampaign.Actions), Reason = "The full actions are read as the steps")]
    [Ignore(nameof(CioCampaign.MsgTemplates), Reason = "Templates are listed through the steps' subjects and bodies")]
    public static InventoryRow Journeys(CioCampaign s, MapContext m) => new()
    {
        ["Campaign id"] = s.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Campaign"] = s.Name,
        ["State"] = (s.State ?? "") + (s.Active == true ? " (active)" : " (inactive)"),
        ["Trigger"] = Trigger(s.Type, s.EventName, s.TriggerSegmentIds, s.FilterSegmentIds),
        ["Steps"] = Steps(s.Steps, null),
        ["Channels"] = Steps(s.Steps, "channel"),
        ["Branches"] = Steps(s.Steps, "branch"),
        ["Liquid variables → Dataverse"] = LiquidOfSteps(s.Steps),
        ["First started"] = s.FirstStarted?.ToString("u", System.Globalization.CultureInfo.InvariantCulture),
        ["Time zone"] = s.Timezone,
        ["Tags"] = s.Tags is { Count: > 0 } tags ? string.Join(", ", tags) : "none",
    };

    /// <summary>
    /// Transactional messages (receipts, password resets) migrate as documented content: template name, subject, HTML
    /// body and every Liquid variable with its Dataverse field, for a rebuild as a Dynamics email template or in the
    /// destination transactional provider.
    /// </summary>
    [Pair("Transactional Message", Module = "transactional", TargetDescription = "Email template (documentation): transactional content export")]
    [Lossy("Transactional messages are not deployable in Dynamics 365; their content is documented for a rebuild")]
    [Ignore(nameof(CioTransactional.Key), Reason = "The same as the message id")]
    [Ignore(nameof(CioTransactional.CreatedAt), Reason = "Not needed for the rebuild")]
    [Ignore(nameof(CioTransactional.UpdatedAt), Reason = "Not needed for the rebuild")]
    public static InventoryRow TransactionalMessages(CioTransactional s, MapContext m) => new()
    {
        ["Message id"] = s.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Template"] = s.Name,
        ["Description"] = s.Description,
        ["Subject"] = Contents(s.Contents, c => c.Subject),
        ["From"] = Contents(s.Contents, c => c.From),
        ["Languages"] = Contents(s.Contents, c => c.Language),
        ["HTML body"] = Contents(s.Contents, c => c.Body),
        ["Liquid variables → Dataverse"] = Liquid(Contents(s.Contents, c => c.Subject + " " + c.Body)),
        ["Tracking"] = (s.OpenTracking == true ? "opens" : "no opens") + ", " + (s.LinkTracking == true ? "links" : "no links"),
        ["Sent to unsubscribed"] = s.SendToUnsubscribed == true ? "yes" : "no",
        ["Body redacted in logs"] = s.HideMessageBody == true ? "yes: stored deliveries have no body" : "no",
    };

    /// <summary>
    /// Every person attribute with its JSON kinds, null rate and the Dataverse column it lands in; traits over 80 %
    /// null are flagged for the customer's decision (migrate or drop).
    /// </summary>
    [Pair("Trait (attribute)", Module = "trait", TargetDescription = "Typed contact/lead columns (trait inventory: type, null rate, decision)")]
    [Ignore(nameof(CioTrait.Key), Reason = "The same as the attribute name")]
    [Ignore(nameof(CioTrait.Filled), Reason = "Expressed as the null rate")]
    public static InventoryRow Traits(CioTrait s, MapContext m) => new()
    {
        ["Trait"] = s.Name,
        ["Reserved"] = s.Reserved ? "yes (identity)" : "no",
        ["JSON kinds"] = s.Kinds,
        ["People"] = s.People.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Null rate"] = s.NullRate.ToString("P1", System.Globalization.CultureInfo.InvariantCulture),
        ["Dataverse column"] = TraitColumn(s.Name),
        ["Decision"] = s.NullRate > 0.8 ? "over 80 % null: the customer decides whether to keep it" : "migrated",
    };

    private static string TraitColumn(string? name) => name switch
    {
        "cio_id" => "cio_cioid (contact, lead)",
        "id" => "cio_userid (contact, lead)",
        "email" => "emailaddress1 (lead: cio_rawemail when not valid)",
        "anonymous_id" => "cio_anonymousid (lead)",
        "created_at" => "cio_createdat (date and time)",
        "first_name" => "firstname",
        "last_name" => "lastname",
        "plan" => "cio_plan (text)",
        "vip" => "cio_vip (two options)",
        "score" => "cio_score (whole number)",
        "lifetime_value" => "cio_lifetimevalue (decimal)",
        "signed_up_at" => "cio_signedupat (date and time, from ISO text)",
        "last_login" => "cio_lastlogin (date and time, from Unix seconds)",
        "interests" => "cio_interests (multiple lines, JSON)",
        "address" => "address1_city, address1_country",
        "industry" => "cio_industry (choice: more than 10 distinct values)",
        "nickname" => "cio_nickname (text)",
        _ => "cio_othertraits (JSON)",
    };

    private static string Trigger(string? type, string? eventName, IReadOnlyList<long>? triggers, IReadOnlyList<long>? filters)
    {
        var text = type switch
        {
            "event" => "event " + (eventName ?? "(unnamed)"),
            "segment" => "entering segment " + Ids(triggers),
            _ => (type ?? "unknown") + " trigger",
        };
        return filters is { Count: > 0 } ? text + "; filtered by segment " + Ids(filters) : text;
    }

    private static string Ids(IReadOnlyList<long>? ids) =>
        ids is { Count: > 0 } ? string.Join(", ", System.Linq.Enumerable.Select(ids, i => i.ToString(System.Globalization.CultureInfo.InvariantCulture))) : "(none)";

    private static string Steps(IReadOnlyList<CioAction>? steps, string? only)
    {
        var parts = new List<string>();
        foreach (var step in steps ?? [])
        {
            var channel = step.Type is "email" or "sms" or "push" or "in_app" or "webhook" or "slack";
            if (only is null)
                parts.Add(step.Type + (step.Name is null ? "" : " \"" + step.Name + "\"") + (step.DelaySeconds is { } d ? " " + (d / 3600).ToString(System.Globalization.CultureInfo.InvariantCulture) + " h" : ""));
            else if (only == "channel" && channel)
                parts.Add(step.Type + ": " + step.Subject);
            else if (only == "branch" && step.Type == "branch")
                parts.Add(step.Name + " if " + step.Condition);
        }
        return parts.Count == 0 ? "none" : string.Join("; ", parts);
    }

    private static string LiquidOfSteps(IReadOnlyList<CioAction>? steps)
    {
        var text = new System.Text.StringBuilder();
        foreach (var step in steps ?? [])
            text.Append(step.Subject).Append(' ').Append(step.Body).Append(' ');
        return Liquid(text.ToString());
    }

    private static string Contents(IReadOnlyList<CioContent>? contents, Func<CioContent, string?> part)
    {
        var parts = new List<string>();
        foreach (var content in contents ?? [])
        {
            if (part(content) is { Length: > 0 } text && !parts.Contains(text))
                parts.Add(text);
        }
        return parts.Count == 0 ? "none" : string.Join(" | ", parts);
    }

    // Each {{ variable }} and {% tag %} with the Dataverse field a Dynamics email template would use instead.
    private static string Liquid(string text)
    {
        var seen = new List<string>();
        foreach (Match match in Regex.Matches(text, @"\{\{\s*([\w.]+)[^}]*\}\}|\{%\s*(\w+)\s*([^%]*)%\}"))
        {
            var entry = match.Groups[1].Success
                ? "{{" + match.Groups[1].Value + "}} → " + LiquidTarget(match.Groups[1].Value)
                : "{% " + match.Groups[2].Value + " %} → " + (match.Groups[2].Value switch
                {
                    "for" => "loop over " + match.Groups[3].Value.Trim() + " (no loop in Dynamics templates: rebuild with Power Automate)",
                    "if" or "unless" => "condition (rebuild as a conditional block)",
                    _ => "no Dynamics equivalent",
                });
            if (!match.Value.StartsWith("{% end", StringComparison.Ordinal) && !seen.Contains(entry))
                seen.Add(entry);
        }
        return seen.Count == 0 ? "none" : string.Join("; ", seen);
    }

    private static string LiquidTarget(string variable) => variable switch
    {
        "customer.first_name" => "contact.firstname / lead.firstname",
        "customer.last_name" => "contact.lastname / lead.lastname",
        "customer.email" => "contact.emailaddress1",
        "customer.plan" => "contact.cio_plan",
        "customer.id" => "contact.cio_userid",
        _ when variable.StartsWith("trigger.", StringComparison.Ordinal) => "the triggering event's data (no Dataverse field: pass it from the sending flow)",
        _ when variable.StartsWith("item.", StringComparison.Ordinal) => "loop item (rebuild with Power Automate)",
        _ => "no Dataverse field: rebuild manually",
    };
}
