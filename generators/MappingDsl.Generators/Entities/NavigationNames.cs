namespace MappingDsl.Generators.Entities;

/// <summary>
/// Dataverse's naming rule for a lookup's single-valued navigation property, used when the snapshot names none. It
/// is the rule in <c>maps/Standard/metadata/README.md</c>, which agreed with 80 of 83 transcribed
/// relationships; solution lookups with hand-picked names are the known exceptions.
/// </summary>
internal static class NavigationNames
{
    public static string Derive(string table, bool isActivity, string attribute, string target, int targetCount)
    {
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
