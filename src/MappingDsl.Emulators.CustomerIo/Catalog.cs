using System.Globalization;
using System.Text.Json;

namespace MappingDsl.Emulators.CustomerIo;

/// <summary>
/// Campaigns, newsletters, API-triggered broadcasts and transactional messages, in the shapes of source-apis.md §3.4
/// (campaign actions, newsletter contents and transactional contents beyond id/type are UNCONFIRMED shapes).
/// </summary>
internal static class Catalog
{
    public static readonly int[] CampaignIds = [101, 102, 103];
    public static readonly int[] NewsletterIds = [201, 202, 203];
    public static readonly int[] BroadcastIds = [301];
    public static readonly int[] TransactionalIds = [401, 402];

    public static void Campaign(Utf8JsonWriter w, int id, DateTimeOffset start)
    {
        var i = Array.IndexOf(CampaignIds, id);
        w.WriteStartObject();
        w.WriteNumber("id", id);
        w.WriteString("name", i switch { 0 => "Onboarding", 1 => "Cart abandonment", _ => "Win-back" });
        w.WriteString("type", i == 1 ? "event" : "segment");
        w.WriteString("state", i == 2 ? "draft" : "running");
        w.WriteBoolean("active", i != 2);
        w.WriteNumber("created", start.ToUnixTimeSeconds());
        w.WriteNumber("updated", start.AddDays(i + 1).ToUnixTimeSeconds());
        w.WriteNumber("first_started", start.AddDays(1).ToUnixTimeSeconds());
        w.WriteString("created_by", "marketing@example.com");
        Strings(w, "tags", "lifecycle");
        w.WriteStartArray("trigger_segment_ids");
        if (i != 1)
        {
            w.WriteNumberValue(i + 1);
        }

        w.WriteEndArray();
        w.WriteStartArray("filter_segment_ids");
        w.WriteEndArray();
        w.WriteStartArray("actions");
        foreach (var (actionId, type) in Actions(id))
        {
            w.WriteStartObject();
            w.WriteNumber("id", actionId);
            w.WriteString("type", type);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        if (i == 1)
        {
            w.WriteString("event_name", "added_to_cart");
        }

        w.WriteString("timezone", "Europe/Berlin");
        w.WriteEndObject();
    }

    public static IEnumerable<(int Id, string Type)> Actions(int campaign) =>
        [(campaign * 10 + 1, "email"), (campaign * 10 + 2, "delay"), (campaign * 10 + 3, campaign % 2 == 0 ? "branch" : "sms"), (campaign * 10 + 4, "email")];

    public static void Action(Utf8JsonWriter w, int campaign, int actionId, string type)
    {
        w.WriteStartObject();
        w.WriteNumber("id", actionId);
        w.WriteNumber("campaign_id", campaign);
        w.WriteString("type", type);
        w.WriteString("name", type + " step " + (actionId % 10).ToString(CultureInfo.InvariantCulture));
        if (type is "email" or "sms")
        {
            w.WriteString("subject", "Hello {{customer.first_name}}");
            w.WriteString("body", "<p>Hi {{customer.first_name}}, your plan is {{customer.plan}}.</p>");
        }
        else if (type == "delay")
        {
            w.WriteNumber("delay_seconds", 86400);
        }
        else
        {
            w.WriteString("condition", "customer.vip == true");
        }

        w.WriteEndObject();
    }

    public static void Newsletter(Utf8JsonWriter w, int id, DateTimeOffset start)
    {
        var i = Array.IndexOf(NewsletterIds, id);
        var sent = start.AddDays(20 * (i + 1)).ToUnixTimeSeconds();
        w.WriteStartObject();
        w.WriteNumber("id", id);
        w.WriteString("deduplicate_id", $"{id}:{sent}");
        w.WriteString("type", "email");
        w.WriteStartArray("content_ids");
        w.WriteNumberValue(id * 10);
        w.WriteEndArray();
        w.WriteString("name", i switch { 0 => "Spring newsletter", 1 => "Product launch", _ => "Summer sale" });
        w.WriteNumber("sent_at", sent);
        w.WriteNumber("created", start.ToUnixTimeSeconds());
        w.WriteNumber("updated", sent);
        w.WriteStartArray("recipient_segment_ids");
        w.WriteNumberValue(i + 1);
        w.WriteEndArray();
        Strings(w, "tags", "newsletter");
        w.WriteNumber("subscription_topic_id", 5);
        w.WriteEndObject();
    }

    public static void Broadcast(Utf8JsonWriter w, int id, DateTimeOffset start)
    {
        w.WriteStartObject();
        w.WriteNumber("id", id);
        w.WriteString("deduplicate_id", $"{id}:{start.ToUnixTimeSeconds()}");
        w.WriteNumber("created", start.ToUnixTimeSeconds());
        w.WriteNumber("updated", start.AddDays(3).ToUnixTimeSeconds());
        w.WriteString("type", "triggered_broadcast");
        w.WriteString("name", "Outage notice (API-triggered)");
        w.WriteBoolean("active", true);
        w.WriteString("state", "running");
        w.WriteStartArray("actions");
        w.WriteStartObject();
        w.WriteNumber("id", id * 10 + 1);
        w.WriteString("type", "email");
        w.WriteEndObject();
        w.WriteEndArray();
        Strings(w, "tags", "ops");
        w.WriteNumber("first_started", start.AddDays(1).ToUnixTimeSeconds());
        w.WriteString("created_by", "ops@example.com");
        w.WriteEndObject();
    }

    public static void Transactional(Utf8JsonWriter w, int id, DateTimeOffset start)
    {
        var i = Array.IndexOf(TransactionalIds, id);
        w.WriteStartObject();
        w.WriteNumber("id", id);
        w.WriteString("name", i == 0 ? "Order receipt" : "Password reset");
        w.WriteString("description", i == 0 ? "Sent after every purchase" : "Sent when a reset is requested");
        w.WriteBoolean("send_to_unsubscribed", true);
        w.WriteBoolean("link_tracking", i == 0);
        w.WriteBoolean("open_tracking", true);
        w.WriteBoolean("hide_message_body", i == 1);
        w.WriteNumber("created_at", start.ToUnixTimeSeconds());
        w.WriteNumber("updated_at", start.AddDays(2).ToUnixTimeSeconds());
        w.WriteEndObject();
    }

    public static void TransactionalContent(Utf8JsonWriter w, int id)
    {
        var receipt = id == TransactionalIds[0];
        w.WriteStartObject();
        w.WriteNumber("id", id * 10);
        w.WriteString("type", "email");
        w.WriteString("name", receipt ? "Receipt (en)" : "Reset (en)");
        w.WriteString("language", "en");
        w.WriteString("from", "shop@example.com");
        w.WriteString("subject", receipt ? "Your order {{trigger.order_id}}" : "Reset your password, {{customer.first_name}}");
        w.WriteString("body", receipt
            ? "<h1>Thanks {{customer.first_name}} {{customer.last_name}}</h1><p>Total: {{trigger.total}}</p>{% for item in trigger.items %}<li>{{item.name}}</li>{% endfor %}"
            : "<p>Hi {{customer.first_name}}, follow <a href=\"{{trigger.reset_url}}\">this link</a>. Sent to {{customer.email}}.</p>");
        w.WriteEndObject();
    }

    private static void Strings(Utf8JsonWriter w, string name, params string[] values)
    {
        w.WriteStartArray(name);
        foreach (var value in values)
        {
            w.WriteStringValue(value);
        }

        w.WriteEndArray();
    }
}
