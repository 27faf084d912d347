namespace MappingDsl.Sources.Scaffolding;

/// <summary>
/// The small synonym table: CRM words whose usual Dataverse column has a different name. Keys and columns are
/// normalized (lowercase letters and digits); a column that the target table lacks is simply skipped, so one entry
/// serves every table. Earlier columns of an entry score higher than later ones.
/// </summary>
public static class Synonyms
{
    /// <summary>Normalized source field name → Dataverse columns it usually fills, best first.</summary>
    public static IReadOnlyDictionary<string, string[]> Table { get; } = new Dictionary<string, string[]>(StringComparer.Ordinal)
    {
        ["email"] = ["emailaddress1"],
        ["secondaryemail"] = ["emailaddress2"],
        ["phone"] = ["telephone1"],
        ["otherphone"] = ["telephone2"],
        ["mobile"] = ["mobilephone"],
        ["designation"] = ["jobtitle"],
        ["website"] = ["websiteurl"],
        ["annualrevenue"] = ["revenue"],
        ["createdat"] = ["overriddencreatedon"],
        ["owner"] = ["ownerid", "organizer"],
        ["assignedto"] = ["ownerid"],
        ["emailoptout"] = ["donotemail"],
        ["title"] = ["subject", "name"],
        ["name"] = ["name", "subject"],
        ["subject"] = ["subject", "name"],
        ["company"] = ["parentcustomerid", "parentaccountid", "companyname"],
        ["primarycompany"] = ["customerid", "parentaccountid", "regardingobjectid"],
        ["primarycontact"] = ["parentcontactid", "regardingobjectid"],
        ["deal"] = ["regardingobjectid"],
        ["relatedto"] = ["objectid", "regardingobjectid"],
        ["dealvalue"] = ["estimatedvalue", "actualvalue"],
        ["closeddate"] = ["actualclosedate"],
        ["probability"] = ["closeprobability"],
        ["priority"] = ["prioritycode", "opportunityratingcode"],
        ["stage"] = ["salesstage", "stepname"],
        ["status"] = ["statuscode", "statecode"],
        ["iscompleted"] = ["statecode", "statuscode"],
        ["duedate"] = ["scheduledend", "scheduledstart", "actualstart"],
        ["enddate"] = ["scheduledend"],
        ["completedat"] = ["actualend"],
        ["sentat"] = ["actualend"],
        ["duration"] = ["actualdurationminutes", "scheduleddurationminutes"],
        ["body"] = ["description"],
        ["note"] = ["notetext"],
        ["direction"] = ["directioncode"],
        ["calldirection"] = ["directioncode"],
        ["fromemail"] = ["from"],
        ["attendees"] = ["requiredattendees"],
    };

    // Address parts: "billingCity" → address1_city, "shippingZipCode" → address2_postalcode.
    private static readonly (string Prefix, string Address)[] AddressPrefixes =
        [("billing", "address1_"), ("mailing", "address1_"), ("address", "address1_"), ("shipping", "address2_")];

    private static readonly Dictionary<string, string> AddressParts = new(StringComparer.Ordinal)
    {
        ["addressline1"] = "line1",
        ["addressline2"] = "line2",
        ["addressline3"] = "line3",
        ["line1"] = "line1",
        ["line2"] = "line2",
        ["street"] = "line1",
        ["city"] = "city",
        ["state"] = "stateorprovince",
        ["province"] = "stateorprovince",
        ["zip"] = "postalcode",
        ["zipcode"] = "postalcode",
        ["postalcode"] = "postalcode",
        ["country"] = "country",
    };

    /// <summary>The columns a normalized field name usually fills, best first (the table, then the address rule).</summary>
    /// <param name="field">The normalized field name.</param>
    public static IEnumerable<string> For(string field)
    {
        if (Table.TryGetValue(field, out var columns))
        {
            foreach (var column in columns)
                yield return column;
        }
        foreach (var (prefix, address) in AddressPrefixes)
        {
            if (field.StartsWith(prefix, StringComparison.Ordinal) && AddressParts.TryGetValue(field[prefix.Length..], out var part))
                yield return address + part;
        }
    }
}
