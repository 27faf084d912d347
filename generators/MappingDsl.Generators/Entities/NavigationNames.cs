using System;
using System.Collections.Generic;

namespace MappingDsl.Generators.Entities;

/// <summary>
/// Dataverse's naming rule for a lookup's single-valued navigation property, used when the snapshot names none. It
/// is the rule in <c>maps/Standard/metadata/README.md</c> ("Navigation names" and Known gaps 3):
/// an activity type derives from <c>activitypointer</c>, which already owns the plain names, so its own system lookups
/// carry the activity's name (<c>ownerid_task</c>, <c>createdby_email</c>); solution lookups with hand-picked names are
/// the known exceptions. Transcribed or org-reported names always win over this rule.
/// </summary>
internal static class NavigationNames
{
    private static readonly HashSet<string> ActivityOwnLookups = new(StringComparer.Ordinal)
    {
        "createdby", "createdonbehalfby", "modifiedby", "modifiedonbehalfby", "ownerid", "owningbusinessunit",
        "owningteam", "owninguser", "transactioncurrencyid", "sendermailboxid", "serviceid",
    };

    public static string Derive(string table, bool isActivity, string attribute, string target, int targetCount)
    {
        if (isActivity && ActivityOwnLookups.Contains(attribute))
            return $"{attribute}_{table}";
        switch (attribute)
        {
            case "ownerid": return "ownerid";
            case "slaid": return $"sla_{table}_sla";
            case "slainvokedid": return $"slainvokedid_{table}_sla";
            case "stageid": return "stageid_processstage";
        }
        if (isActivity && attribute == "activityid")
            return "activityid_activitypointer";
        if (isActivity && attribute == "regardingobjectid")
            return $"regardingobjectid_{target}_{table}";
        if (table == "activityparty" && attribute == "activityid" && target.IndexOf('_') > 0)
            return $"activityid_{target}_activityparty";
        return targetCount > 1 ? $"{attribute}_{target}" : attribute;
    }
}
