using System.Text.Json;

namespace MappingDsl.Emulators.Iterable;

/// <summary>The emulator's small reference objects: field schema, campaigns, catalog items, templates, journeys.</summary>
internal static class ReferenceData
{
    private static readonly string[] Media = ["Email", "SMS", "Push", "InApp"];
    private static readonly string[] States = ["Draft", "Ready", "Scheduled", "Running", "Finished", "Aborted", "Recurring", "Archived"];

    /// <summary><c>users/getFields</c>: field name → type (vocabulary UNCONFIRMED, source-apis.md §2.6).</summary>
    public static IReadOnlyList<(string Name, string Type)> UserFields { get; } =
    [
        ("email", "string"), ("userId", "string"), ("firstName", "string"), ("lastName", "string"), ("phoneNumber", "string"),
        ("signupDate", "date"), ("profileUpdatedAt", "date"), ("lifecycleStage", "string"), ("plan", "string"),
        ("birthday", "date"), ("isBeta", "boolean"), ("loyaltyPoints", "long"), ("emailListIds", "long"),
        ("unsubscribedChannelIds", "long"), ("unsubscribedMessageTypeIds", "long"), ("address", "object"),
        ("address.city", "string"), ("address.country", "string"), ("itblInternal.emailDomain", "string"),
    ];

    public static IReadOnlyList<(string Name, string Medium, string Subject, string Body)> Templates { get; } =
    [
        ("Welcome", "Email", "Welcome, {{firstName}}!", "<p>Hi {{firstName}} {{lastName}},</p><p>Your plan: {{plan}}. {{#if isBeta}}Thanks for testing!{{/if}}</p><p>{{address.city}}</p>"),
        ("Abandoned cart", "Email", "Still thinking about {{catalog.products.name}}?", "<p>{{firstName}}, your cart holds {{#each shoppingCartItems}}{{name}} ({{price}}){{/each}}.</p><a href=\"{{unsubscribeUrl}}\">Unsubscribe</a>"),
        ("Trial reminder", "SMS", "", "{{firstName}}, your trial ends {{dateFormat trialEnds format='yyyy-MM-dd'}}. Reply STOP to opt out."),
        ("Feature tip", "Push", "New in {{plan}}", "{{firstName}}, try {{featureName}} today."),
        ("In-app survey", "InApp", "", "How likely are you to recommend us, {{firstName}}? {{loyaltyPoints}} points await."),
    ];

    public static IReadOnlyList<(string Name, string Trigger, string[] Steps)> Journeys { get; } =
    [
        ("Onboarding", "signup event", ["Email:Welcome", "Delay:2d", "Branch:isBeta", "Push:Feature tip"]),
        ("Cart recovery", "purchase abandoned (catalog products)", ["Delay:4h", "Email:Abandoned cart", "Branch:opened", "SMS:Trial reminder"]),
        ("NPS", "list membership: Newsletter", ["InApp:In-app survey"]),
    ];

    public static void Campaign(Utf8JsonWriter w, int i, IterableEmulatorOptions options)
    {
        var id = 5000 + i;
        var created = options.DataStart.AddDays(i * 7);
        var state = States[i % States.Length];
        w.WriteNumber("id", id);
        w.WriteNumber("createdAt", created.ToUnixTimeMilliseconds());
        w.WriteNumber("updatedAt", created.AddDays(1).ToUnixTimeMilliseconds());
        w.WriteNumber("startAt", created.AddDays(2).ToUnixTimeMilliseconds());
        if (state is "Finished" or "Aborted" or "Archived")
        {
            w.WriteNumber("endedAt", created.AddDays(3).ToUnixTimeMilliseconds());
        }

        w.WriteString("name", $"Campaign {i + 1}: {(i % 2 == 0 ? "Spring promo" : "Product update")}");
        w.WriteNumber("templateId", 7000 + (i % Templates.Count));
        w.WriteString("messageMedium", Media[i % Media.Length]);
        w.WriteNumber("createdByUserId", 1);
        w.WriteString("campaignState", state);
        w.WriteStartArray("listIds");
        w.WriteNumberValue(1004);
        w.WriteEndArray();
        w.WriteStartArray("suppressionListIds");
        w.WriteNumberValue(1006);
        w.WriteEndArray();
        w.WriteNumber("sendSize", 100 + (i * 37 % 900));
        w.WriteStartArray("labels");
        w.WriteStringValue(i % 2 == 0 ? "promo" : "product");
        w.WriteEndArray();
        w.WriteString("type", i % 3 == 0 ? "Triggered" : "Blast");
        if (state == "Recurring")
        {
            w.WriteNumber("recurringCampaignId", id - 1);
        }

        w.WriteNumber("workflowId", 9000 + (i % Journeys.Count));
    }

    public static void CatalogItem(Utf8JsonWriter w, (string Catalog, string Id, string Name, double Price, string Category) item, IterableEmulatorOptions options)
    {
        w.WriteString("catalogName", item.Catalog);
        w.WriteString("itemId", item.Id);
        w.WriteString("lastModified", options.DataStart.AddDays(3).ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", System.Globalization.CultureInfo.InvariantCulture));
        w.WriteNumber("size", 4);
        w.WriteStartObject("value");
        w.WriteString("name", item.Name);
        w.WriteString("sku", item.Id.ToUpperInvariant());
        w.WriteNumber("price", item.Price);
        w.WriteString("category", item.Category);
        w.WriteString("description", $"{item.Name} ({item.Category})");
        w.WriteEndObject();
    }

    // The list endpoint's template rows; subject and body are included so the inventory can list Handlebars tokens
    // (Iterable serves content per template from templates/{medium}/get — [emulator-defined] shortcut, docs/sources/iterable.md).
    public static void Template(Utf8JsonWriter w, int i, IterableEmulatorOptions options)
    {
        var t = Templates[i];
        w.WriteNumber("templateId", 7000 + i);
        w.WriteString("name", t.Name);
        w.WriteString("messageMedium", t.Medium);
        w.WriteString("templateType", i == 1 ? "Triggered" : "Blast");
        w.WriteNumber("createdAt", options.DataStart.ToUnixTimeMilliseconds());
        w.WriteNumber("updatedAt", options.DataStart.AddDays(i).ToUnixTimeMilliseconds());
        w.WriteString("subject", t.Subject);
        w.WriteString("body", t.Body);
    }

    public static void Journey(Utf8JsonWriter w, int i, IterableEmulatorOptions options)
    {
        var j = Journeys[i];
        w.WriteNumber("id", 9000 + i);
        w.WriteString("name", j.Name);
        w.WriteString("trigger", j.Trigger);
        w.WriteBoolean("enabled", i != 2);
        w.WriteNumber("createdAt", options.DataStart.ToUnixTimeMilliseconds());
        w.WriteStartArray("steps");
        foreach (var step in j.Steps)
        {
            var parts = step.Split(':');
            w.WriteStartObject();
            w.WriteString("type", parts[0]);
            w.WriteString("detail", parts[1]);
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }
}
