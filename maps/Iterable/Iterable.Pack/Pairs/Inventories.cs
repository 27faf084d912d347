using System.Text.RegularExpressions;
using MappingDsl.Maps.Iterable.Source;

namespace MappingDsl.Maps.Iterable;

public static partial class IterablePack
{
    /// <summary>
    /// Journeys cannot migrate: Dynamics 365 Sales has no journey builder, and sequences are cadence-based, not
    /// event-triggered (re-trigger behaviour must be redesigned). Each journey is listed with its trigger, steps,
    /// channels, branching and catalog references for the admin who rebuilds it as a sales sequence or Power Automate flow.
    /// </summary>
    [Pair("Journey (metadata only)", Module = "journey", TargetDescription = "Sales Sequence or Power Automate (rebuild reference): journey inventory")]
    [Lossy("Journey logic is not migrated; the inventory lists it for a rebuild")]
    [Ignore(nameof(IbJourney.CreatedAt), Reason = "Not needed for the rebuild")]
    public static InventoryRow Journeys(IbJourney s, MapContext m) => new()
    {
        ["Journey id"] = s.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Journey"] = s.Name,
        ["Enabled"] = s.Enabled == true ? "yes" : "no",
        ["Trigger"] = s.Trigger,
        ["Steps"] = StepCount(s.Steps),
        ["Step list"] = Steps(s.Steps, null),
        ["Channels"] = Steps(s.Steps, "channel"),
        ["Branching"] = Steps(s.Steps, "Branch"),
        ["Catalog references"] = s.Trigger?.Contains("catalog", System.StringComparison.OrdinalIgnoreCase) == true ? s.Trigger : "none",
        ["Re-trigger"] = "Iterable journeys re-enter on every trigger event; Dynamics sequences are cadence-based: decide per journey",
    };

    /// <summary>
    /// Templates are not deployable in Dynamics 365: each is listed with its channel, subject and every Handlebars
    /// token with the Dataverse field it maps to, for the admin who rebuilds it as a Dynamics email template.
    /// </summary>
    [Pair("Template (metadata only)", Module = "template", TargetDescription = "Dynamics email templates (rebuild reference): template inventory")]
    [Lossy("Template content is not migrated; the inventory lists it for a rebuild")]
    [Ignore(nameof(IbTemplate.CreatedAt), Reason = "Not needed for the rebuild")]
    [Ignore(nameof(IbTemplate.UpdatedAt), Reason = "Not needed for the rebuild")]
    public static InventoryRow Templates(IbTemplate s, MapContext m) => new()
    {
        ["Template id"] = s.TemplateId.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Template"] = s.Name,
        ["Channel"] = s.MessageMedium,
        ["Type"] = s.TemplateType,
        ["Subject"] = s.Subject,
        ["Handlebars tokens → Dataverse"] = Tokens((s.Subject ?? "") + " " + (s.Body ?? "")),
        ["Body length"] = (s.Body?.Length ?? 0).ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

    private static string StepCount(IReadOnlyList<IbJourneyStep>? steps) =>
        (steps?.Count ?? 0).ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static string Steps(IReadOnlyList<IbJourneyStep>? steps, string? only)
    {
        var parts = new List<string>();
        foreach (var step in steps ?? [])
        {
            var channel = step.Type is "Email" or "SMS" or "Push" or "InApp";
            if (only is null || (only == "channel" && channel) || only == step.Type)
                parts.Add(step.Type + ": " + step.Detail);
        }
        return parts.Count == 0 ? "none" : string.Join("; ", parts);
    }

    // Each {{token}} with the Dataverse field a Dynamics email template would use instead.
    private static string Tokens(string text)
    {
        var seen = new List<string>();
        foreach (Match match in Regex.Matches(text, @"\{\{\s*([#/]?)([A-Za-z_][\w.]*)([^}]*)\}\}"))
        {
            if (match.Groups[1].Value == "/")
                continue;
            var token = match.Groups[1].Value + match.Groups[2].Value;
            var entry = "{{" + token + "}} → " + TokenTarget(match.Groups[1].Value, match.Groups[2].Value, match.Groups[3].Value.Trim());
            if (!seen.Contains(entry))
                seen.Add(entry);
        }
        return seen.Count == 0 ? "none" : string.Join("; ", seen);
    }

    private static string TokenTarget(string block, string name, string argument) => (block, name) switch
    {
        ("#", "if") => "condition on " + argument + " (rebuild as a conditional block)",
        ("#", "each") => "loop over " + argument + " (no loop in Dynamics templates: rebuild with Power Automate)",
        (_, "firstName") => "contact.firstname / lead.firstname",
        (_, "lastName") => "contact.lastname / lead.lastname",
        (_, "email") => "contact.emailaddress1",
        (_, "phoneNumber") => "contact.telephone1",
        (_, "plan") => "contact.ib_plan",
        (_, "isBeta") => "contact.ib_isbeta",
        (_, "loyaltyPoints") => "contact.ib_loyaltypoints",
        (_, "address.city") => "contact.address1_city",
        (_, "address.country") => "contact.address1_country",
        (_, "unsubscribeUrl") => "Dynamics subscription centre link",
        (_, "dateFormat") => "formatted date of " + argument + " (Dynamics date format)",
        (_, "name" or "price") => "product." + name + " (from the purchase's product lines)",
        _ when name.StartsWith("catalog.", System.StringComparison.Ordinal) => "product (catalog lookup " + name + "; no Dynamics equivalent: static text or Power Automate)",
        _ => "no Dataverse field: event or computed value, rebuild manually",
    };
}
