namespace MappingDsl.Emulators.Salesmate;

/// <summary>The fixed reference data every emulator instance serves: users, pipelines, tags, picklists, custom fields.</summary>
public static class SalesmateEmulatorCatalog
{
    /// <summary>The email domain of emulator users.</summary>
    public const string UserDomain = "salesmate-emulator.test";

    /// <summary>Users; some are inactive and some have no Dynamics user (<see cref="OwnersWithoutDynamicsUser"/>).</summary>
    public static IReadOnlyList<EmulatorUser> Users { get; } =
    [
        new(1, "Ava", "Patel", $"ava.patel@{UserDomain}", true, true),
        new(2, "Ben", "Okafor", $"ben.okafor@{UserDomain}", true, true),
        new(3, "Chloe", "Martin", $"chloe.martin@{UserDomain}", true, true),
        new(4, "Diego", "Ramos", $"diego.ramos@{UserDomain}", true, true),
        new(5, "Elif", "Yilmaz", $"elif.yilmaz@{UserDomain}", true, false),
        new(6, "Farah", "Haddad", $"farah.haddad@{UserDomain}", true, true),
        new(7, "Gus", "Lindqvist", $"gus.lindqvist@{UserDomain}", false, false),
        new(8, "Hana", "Sato", $"hana.sato@{UserDomain}", false, true),
    ];

    /// <summary>Emails of owners a test's Dynamics org should not have — they must land in owner reconciliation.</summary>
    public static IReadOnlyList<string> OwnersWithoutDynamicsUser { get; } = [.. Users.Where(u => !u.HasDynamicsUser).Select(u => u.Email)];

    /// <summary>Pipelines with stages and probabilities.</summary>
    public static IReadOnlyList<EmulatorPipeline> Pipelines { get; } =
    [
        new(1, "Sales", true,
        [
            new(11, "New", 10, "Open"), new(12, "Qualified", 30, "Open"), new(13, "Proposal", 60, "Open"),
            new(14, "Negotiation", 80, "Open"), new(15, "Won", 100, "Won"), new(16, "Lost", 0, "Lost"),
        ]),
        new(2, "Renewals", false,
        [
            new(21, "Renewal Due", 50, "Open"), new(22, "Quoted", 70, "Open"), new(23, "Renewed", 100, "Won"), new(24, "Churned", 0, "Lost"),
        ]),
        new(3, "Partner", false,
        [
            new(31, "Sourced", 5, "Open"), new(32, "Evaluating", 25, "Open"), new(33, "Committed", 75, "Open"),
            new(34, "Closed Won", 100, "Won"), new(35, "Closed Lost", 0, "Lost"),
        ]),
    ];

    /// <summary>Stage names served for deals hit by <see cref="SalesmateEmulatorOptions.UnknownStageShare"/>.</summary>
    public static IReadOnlyList<string> UnknownStages { get; } = ["Legacy Stage A", "Legacy Stage B"];

    /// <summary>Contact lifecycle stages.</summary>
    public static IReadOnlyList<string> LifecycleStages { get; } =
        ["Subscriber", "Lead", "Marketing Qualified Lead", "Sales Qualified Lead", "Opportunity", "Customer", "Evangelist", "Other"];

    /// <summary>Every tag that exists.</summary>
    public static IReadOnlyList<string> Tags { get; } =
    [
        "vip", "renewal", "enterprise", "smb", "partner", "webinar", "trade-show", "referral", "churn-risk", "upsell",
        "q1", "q2", "q3", "q4", "emea", "apac", "amer", "beta", "newsletter", "event-2024",
        "event-2025", "priority", "inbound", "outbound", "cold", "warm", "hot", "nurture", "legal-review", "do-not-call",
    ];

    /// <summary>Custom fields: every type on contacts, a few on the other modules.</summary>
    public static IReadOnlyList<EmulatorCustomField> CustomFields { get; } =
    [
        new("contact", "textCustomField1", "Preferred Name", "Text", []),
        new("contact", "textAreaCustomField1", "Background", "TextArea", []),
        new("contact", "emailCustomField1", "Assistant Email", "Email", []),
        new("contact", "phoneCustomField1", "Assistant Phone", "Phone", []),
        new("contact", "urlCustomField1", "Profile URL", "Url", []),
        new("contact", "intCustomField1", "Children", "Integer", []),
        new("contact", "decimalCustomField1", "Lead Score", "Decimal", []),
        new("contact", "currencyCustomField1", "Lifetime Value", "Currency", []),
        new("contact", "dateCustomField1", "Birthday", "Date", []),
        new("contact", "dateTimeCustomField1", "Last Webinar At", "DateTime", []),
        new("contact", "booleanCustomField1", "Newsletter", "Boolean", []),
        new("contact", "selectCustomField1", "Preferred Channel", "Select", ["Email", "Phone", "SMS"]),
        new("contact", "multiSelectCustomField1", "Interests", "MultiSelect", ["Webinars", "Pricing", "Integrations", "Support"]),
        new("company", "textCustomField1", "Region", "Text", []),
        new("company", "selectCustomField1", "Tier", "Select", ["Gold", "Silver", "Bronze"]),
        new("company", "intCustomField1", "Locations", "Integer", []),
        new("company", "dateCustomField1", "Customer Since", "Date", []),
        new("deal", "decimalCustomField1", "Discount Percent", "Decimal", []),
        new("deal", "selectCustomField1", "Competitor", "Select", ["None", "Acme", "Globex", "Initech"]),
        new("deal", "booleanCustomField1", "Multi Year", "Boolean", []),
        new("activity", "selectCustomField1", "Outcome Category", "Select", ["Positive", "Neutral", "Negative"]),
        new("activity", "textCustomField1", "Follow-up Notes", "Text", []),
    ];

    internal static IReadOnlyList<string> FirstNames { get; } =
        ["Jane", "Omar", "Lena", "Raj", "Sofia", "Tom", "Yuki", "Maya", "Ivan", "Aisha", "Noah", "Priya", "Liam", "Zoe", "Mateo", "Nora"];

    internal static IReadOnlyList<string> LastNames { get; } =
        ["Doe", "Khan", "Berg", "Iyer", "Costa", "Reed", "Tanaka", "Cohen", "Petrov", "Bello", "Smith", "Nair", "Walsh", "Fischer", "Lopez", "Olsen"];

    internal static IReadOnlyList<string> CompanyWords { get; } =
        ["Northwind", "Contoso", "Fabrikam", "Tailspin", "Litware", "Adatum", "Proseware", "Wingtip", "Lucerne", "Margie", "Humongous", "Alpine"];

    internal static IReadOnlyList<string> CompanySuffixes { get; } = ["Traders", "Labs", "Systems", "Holdings", "Foods", "Logistics", "Studios", "Health"];

    internal static IReadOnlyList<string> Industries { get; } = ["Retail", "Software", "Manufacturing", "Healthcare", "Finance", "Education", "Logistics"];

    internal static IReadOnlyList<string> Countries { get; } = ["United States", "United Kingdom", "Germany", "India", "Japan", "Brazil", "Canada"];
}
