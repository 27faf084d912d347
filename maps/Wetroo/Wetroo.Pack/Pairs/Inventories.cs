using MappingDsl.Maps.Wetroo.Source;

namespace MappingDsl.Maps.Wetroo;

public static partial class WetrooPack
{
    /// <summary>
    /// Wetroo owners map to Dynamics 365 users by email. The engine's owner reconciliation matches them against
    /// systemusers before any record loads and queues every owner without a user for the admin to provision (active or
    /// disabled, as the owner is in Wetroo); this inventory lists each owner with its match.
    /// </summary>
    [Pair("User / Owner", Module = "owner", TargetDescription = "systemuser, matched by email (reconciliation queue)")]
    [Ignore(nameof(WtOwner.Teams), Reason = "Listed by the team inventory")]
    public static InventoryRow Owners(WtOwner s, MapContext m) => new()
    {
        ["Email"] = s.Email,
        ["Name"] = s.Name,
        ["Wetroo status"] = s.Active == true ? "active" : "inactive",
        ["Role"] = s.Role,
        ["Dynamics 365 user"] = m.Resolver.TryResolveOwner(s.Email, out var user) && user.Table == "systemuser"
            ? user.Id.ToString()
            : "missing: provision a user with this email (reconciliation queue)",
    };

    /// <summary>
    /// Wetroo teams: on contacts, the multi-select choice wt_teamset when discovery found fewer than 300 team names (its
    /// options and their values come from the discovery snapshot, kept across re-runs) and always the text wt_teams.
    /// Dynamics 365 teams or Entra ID groups are not created: that needs Microsoft Entra ID configuration outside the
    /// migration. This inventory lists each team with its lead and members for the admin.
    /// </summary>
    [Pair("Teams", Module = "team", TargetDescription = "Multi-select choice wt_teamset (under 300 teams) and text wt_teams on contact + team inventory")]
    [Lossy("Team membership of users is listed, not recreated: Dynamics 365 teams or Entra ID groups are configured by the admin; a team created after discovery stays in wt_teams and its records are flagged until discovery and provisioning run again")]
    public static InventoryRow Teams(WtTeam s, MapContext m) => new()
    {
        ["Team"] = s.Name,
        ["Lead"] = s.Lead?.Email,
        ["Members"] = MemberList(s.Members),
        ["Member count"] = (s.Members?.Count ?? 0).ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

    /// <summary>
    /// Wetroo automation playbooks are JSON-configured triggers on WhatsApp events; they cannot run in Dynamics 365 and do
    /// not migrate as code. Each is listed with its trigger, condition and actions for the admin who rebuilds it in
    /// Power Automate or Dynamics 365 Sales (a separate engagement).
    /// </summary>
    [Pair("Automation Playbook", Module = "playbook", TargetDescription = "Power Automate (rebuild required): playbook inventory")]
    [Lossy("Playbooks do not migrate as code; WhatsApp-event triggers have no Dynamics 365 equivalent without a WhatsApp connector")]
    [Ignore(nameof(WtPlaybook.UpdatedAt), Reason = "Definitions are re-read in full on every run")]
    public static InventoryRow Playbooks(WtPlaybook s, MapContext m) => new()
    {
        ["Playbook"] = s.Name,
        ["Active"] = s.Active == true ? "yes" : "no",
        ["Trigger event"] = s.Trigger?.Event,
        ["Condition"] = s.Trigger?.Condition,
        ["Actions"] = ActionList(s.Actions),
    };

    private static string MemberList(IReadOnlyList<WtOwnerRef>? members)
    {
        var text = new System.Text.StringBuilder();
        foreach (var member in members ?? [])
            text.Append(text.Length == 0 ? "" : "; ").Append(member.Email);
        return text.ToString();
    }

    private static string ActionList(IReadOnlyList<WtAction>? actions)
    {
        var text = new System.Text.StringBuilder();
        foreach (var action in actions ?? [])
            text.Append(text.Length == 0 ? "" : " → ").Append(action.Do);
        return text.ToString();
    }
}
