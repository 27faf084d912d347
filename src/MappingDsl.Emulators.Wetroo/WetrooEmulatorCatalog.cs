namespace MappingDsl.Emulators.Wetroo;

/// <summary>
/// The fixed reference data every emulator instance serves: owners (some inactive, some without a Dynamics user),
/// teams, customer-defined pipelines and stages, custom fields of every type, playbooks and the picklists records use.
/// </summary>
public static class WetrooEmulatorCatalog
{
    /// <summary>The email domain of emulator owners.</summary>
    public const string OwnerDomain = "wetroo-emulator.test";

    /// <summary>Owners: two inactive, two with no Dynamics user (one of them inactive too).</summary>
    public static IReadOnlyList<EmulatorOwner> Owners { get; } =
    [
        new(1, "Aarav Shah", $"aarav.shah@{OwnerDomain}", true, true),
        new(2, "Meera Iyer", $"meera.iyer@{OwnerDomain}", true, true),
        new(3, "Kabir Singh", $"kabir.singh@{OwnerDomain}", true, true),
        new(4, "Zara Khan", $"zara.khan@{OwnerDomain}", true, false),
        new(5, "Rohan Das", $"rohan.das@{OwnerDomain}", false, true),
        new(6, "Isha Nair", $"isha.nair@{OwnerDomain}", false, false),
        new(7, "Dev Malhotra", $"dev.malhotra@{OwnerDomain}", true, true),
        new(8, "Sara Thomas", $"sara.thomas@{OwnerDomain}", true, true),
    ];

    /// <summary>Emails of owners a test's Dynamics org should not have: they must land in owner reconciliation.</summary>
    public static IReadOnlyList<string> OwnersWithoutDynamicsUser { get; } = [.. Owners.Where(o => !o.HasDynamicsUser).Select(o => o.Email)];

    /// <summary>Teams with their members (Wetroo allows up to 20 teams per owner).</summary>
    public static IReadOnlyList<EmulatorTeam> Teams { get; } =
    [
        new(1, "North Zone", 1, [1, 2, 5]),
        new(2, "South Zone", 3, [3, 4, 6]),
        new(3, "Inside Sales", 2, [1, 2, 3, 7]),
        new(4, "Key Accounts", 7, [7, 8, 1]),
        new(5, "Support Desk", 8, [8, 4]),
    ];

    /// <summary>Customer-defined pipelines; stage names repeat across pipelines only where the meaning is the same.</summary>
    public static IReadOnlyList<EmulatorPipeline> Pipelines { get; } =
    [
        new(1, "WhatsApp Inbound", true,
        [
            new(11, "New Chat", 1, 10, "open"), new(12, "Interested", 2, 30, "open"), new(13, "Demo Booked", 3, 50, "open"),
            new(14, "Quote Sent", 4, 70, "open"), new(15, "Won", 5, 100, "won"), new(16, "Lost", 6, 0, "lost"),
        ]),
        new(2, "Distributor Deals", false,
        [
            new(21, "Enquiry", 1, 10, "open"), new(22, "Sample Sent", 2, 40, "open"), new(23, "Negotiation", 3, 70, "open"),
            new(24, "Order Placed", 4, 100, "won"), new(25, "Dropped", 5, 0, "lost"),
        ]),
        new(3, "Renewals", false,
        [
            new(31, "Renewal Due", 1, 50, "open"), new(32, "Reminder Sent", 2, 70, "open"), new(33, "Renewed", 3, 100, "won"),
            new(34, "Churned", 4, 0, "lost"),
        ]),
    ];

    /// <summary>Stages deleted from their pipeline that old deals still carry (stale stages).</summary>
    public static IReadOnlyList<string> StaleStages { get; } = ["Follow Up (old)", "Hot Lead (retired)"];

    /// <summary>Custom fields: every type (text, number, date, picklist) on contacts, leads and deals.</summary>
    public static IReadOnlyList<EmulatorCustomField> CustomFields { get; } =
    [
        new(101, "contact", "cf_gst_number", "GST Number", "text", []),
        new(102, "contact", "cf_orders_count", "Orders Count", "number", []),
        new(103, "contact", "cf_birthday", "Birthday", "date", []),
        new(104, "contact", "cf_language", "Preferred Language", "picklist", ["English", "Hindi", "Tamil", "Marathi"]),
        new(105, "contact", "cf_city_tier", "City Tier", "picklist", ["Tier 1", "Tier 2", "Tier 3"]),
        new(201, "lead", "cf_campaign", "Campaign", "text", []),
        new(202, "lead", "cf_budget", "Budget", "number", []),
        new(203, "lead", "cf_callback_date", "Callback Date", "date", []),
        new(204, "lead", "cf_product_interest", "Product Interest", "picklist", ["Starter", "Growth", "Enterprise"]),
        new(301, "deal", "cf_po_number", "PO Number", "text", []),
        new(302, "deal", "cf_discount", "Discount %", "number", []),
        new(303, "deal", "cf_go_live", "Expected Go-Live", "date", []),
        new(304, "deal", "cf_payment_terms", "Payment Terms", "picklist", ["Advance", "Net 15", "Net 30"]),
    ];

    /// <summary>Automation playbooks (JSON-configured triggers on WhatsApp events).</summary>
    public static IReadOnlyList<EmulatorPlaybook> Playbooks { get; } =
    [
        new(1, "Greet new WhatsApp chats", true, "message.received", "first message from an unknown number", ["create lead", "send template welcome_v2", "assign round-robin: Inside Sales"]),
        new(2, "Qualify by keyword", true, "message.received", "text contains 'price' or 'quote'", ["set lead status Qualified", "add 20 to qualification score"]),
        new(3, "Quote follow-up", true, "deal.stage_changed", "stage is Quote Sent for 3 days", ["send template quote_reminder", "create task for owner"]),
        new(4, "Renewal reminder", true, "schedule.daily", "deal in Renewals with close date within 15 days", ["move to Reminder Sent", "send template renewal_notice"]),
        new(5, "Lost deal survey", false, "deal.lost", "any", ["send template feedback_survey"]),
        new(6, "Re-engage cold leads", true, "schedule.weekly", "lead not contacted for 30 days", ["send template come_back_offer", "set lead status Nurturing"]),
    ];

    /// <summary>Lead statuses.</summary>
    public static IReadOnlyList<string> LeadStatuses { get; } = ["New", "Contacted", "Qualified", "Nurturing", "Unqualified"];

    /// <summary>Lead sources.</summary>
    public static IReadOnlyList<string> LeadSources { get; } = ["WhatsApp", "Website", "Referral", "Facebook Ads", "Walk-in"];

    /// <summary>Why deals were won.</summary>
    public static IReadOnlyList<string> WonReasons { get; } = ["Best price", "Fast delivery", "Relationship", "Product fit"];

    /// <summary>Why deals were lost.</summary>
    public static IReadOnlyList<string> LostReasons { get; } = ["Price too high", "Went silent on WhatsApp", "Chose competitor", "No budget"];

    internal static IReadOnlyList<string> FirstNames { get; } =
        ["Ananya", "Vihaan", "Diya", "Arjun", "Saanvi", "Reyansh", "Myra", "Ayaan", "Kiara", "Ishaan", "Anika", "Vivaan", "Tara", "Neil", "Riya", "Aditya"];

    internal static IReadOnlyList<string> LastNames { get; } =
        ["Sharma", "Verma", "Gupta", "Reddy", "Pillai", "Menon", "Joshi", "Kulkarni", "Bose", "Chatterjee", "Patil", "Rao", "Mehta", "Kapoor", "Naidu", "Desai"];

    internal static IReadOnlyList<string> Companies { get; } =
        ["Sunrise Traders", "Lotus Foods", "Metro Textiles", "Ganga Pharma", "Peacock Electronics", "Indus Logistics", "Saffron Spices", "Banyan Realty"];

    internal static IReadOnlyList<string> Cities { get; } = ["Mumbai", "Delhi", "Bengaluru", "Chennai", "Pune", "Hyderabad", "Kolkata", "Jaipur"];
}
