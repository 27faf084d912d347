namespace MappingDsl.Sources.Iterable;

/// <summary>The modules the Iterable extractor reads, and the export data types behind the streamed ones (docs/sources/iterable.md).</summary>
public static class IterableModules
{
    /// <summary>User profiles: <c>export/data.json?dataTypeName=user</c>, deduplicated by email.</summary>
    public const string User = "user";
    /// <summary>Companies derived from organisation lists and corporate email domains.</summary>
    public const string Company = "company";
    /// <summary><c>GET /api/lists</c>.</summary>
    public const string List = "list";
    /// <summary><c>GET /api/lists/getUsers</c>, one record per list and member.</summary>
    public const string ListMember = "listMember";
    /// <summary><c>export/data.json?dataTypeName=customEvent</c>.</summary>
    public const string CustomEvent = "customEvent";
    /// <summary><c>export/data.json?dataTypeName=purchase</c>.</summary>
    public const string Purchase = "purchase";
    /// <summary>One record per item of each purchase's <c>shoppingCartItems</c>.</summary>
    public const string PurchaseItem = "purchaseItem";
    /// <summary><c>emailSubscribe</c> and <c>emailUnSubscribe</c> exports: the opt-in/opt-out history.</summary>
    public const string Subscription = "subscription";
    /// <summary><c>GET /api/campaigns</c> with <c>campaigns/metrics</c>.</summary>
    public const string Campaign = "campaign";
    /// <summary>Items of every catalog (<c>GET /api/catalogs</c>, <c>/catalogs/{name}/items</c>).</summary>
    public const string CatalogItem = "catalogItem";
    /// <summary>The catalogs (<c>GET /api/catalogs</c>): each becomes a unit group, a unit and a price list.</summary>
    public const string Catalog = "catalog";
    /// <summary><c>GET /api/templates</c>.</summary>
    public const string Template = "template";
    /// <summary><c>GET /api/journeys</c> (metadata only).</summary>
    public const string Journey = "journey";
    /// <summary><c>GET /api/channels</c>.</summary>
    public const string Channel = "channel";
    /// <summary><c>GET /api/messageTypes</c>.</summary>
    public const string MessageType = "messageType";
    /// <summary><c>GET /api/users/getFields</c>: the user field schema, one record per field.</summary>
    public const string UserField = "userField";

    /// <summary>Every module, in the order discovery reads them.</summary>
    public static IReadOnlyList<string> All { get; } =
        [Channel, MessageType, UserField, List, ListMember, Company, User, Campaign, Catalog, CatalogItem, Template, Journey, CustomEvent, Purchase, PurchaseItem, Subscription];

    /// <summary>Export data types read for each streamed module.</summary>
    public static IReadOnlyList<string> DataTypes(string module) => module switch
    {
        User => ["user"],
        CustomEvent => ["customEvent"],
        Purchase or PurchaseItem => ["purchase"],
        Subscription => ["emailSubscribe", "emailUnSubscribe"],
        _ => [],
    };
}
