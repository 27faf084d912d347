using System.Globalization;
using System.Text.Json;

namespace MappingDsl.Emulators.Iterable;

/// <summary>Writes one generated event row of each export data type (shapes: docs/sources/iterable.md).</summary>
internal sealed class EventRows(IterableDataset data, IterableEmulatorOptions options)
{
    private static readonly string[] Sources = ["web", "ios", "android", "import"];

    public static IReadOnlyList<(string Catalog, string Id, string Name, double Price, string Category)> Items(int count) =>
        [.. Enumerable.Range(1, count).Select(i => (i % 4 == 0 ? "addons" : "products", $"sku-{i:D3}", $"Item {i}", Math.Round(5 + (i * 7.25 % 200), 2), i % 3 == 0 ? "hardware" : "software"))];

    public void CustomEvent(Utf8JsonWriter w, long i)
    {
        var p = data.PersonOf(i, 40);
        var at = data.EventTime(i, options.CustomEvents);
        w.WriteStartObject();
        Person(w, p);
        Created(w, at, i);
        if (options.UnknownShapeEvery <= 0 || (i + 1) % options.UnknownShapeEvery != 0)
        {
            w.WriteString("eventName", IterableDataset.EventNames[(int)(IterableDataset.Hash(i, 41) % (ulong)IterableDataset.EventNames.Count)]);
        }

        // Arbitrary payloads: scalars, a nested object, an array, and keys that vary by event.
        w.WriteStartObject("dataFields");
        w.WriteString("source", Sources[(int)(IterableDataset.Hash(i, 42) % (ulong)Sources.Length)]);
        if (i % 3 == 0)
        {
            w.WriteNumber("durationSeconds", (long)(IterableDataset.Hash(i, 43) % 3600));
        }

        if (i % 5 == 0)
        {
            w.WriteStartObject("utm");
            w.WriteString("campaign", "spring-" + (i % 4).ToString(CultureInfo.InvariantCulture));
            w.WriteString("medium", "email");
            w.WriteEndObject();
        }

        if (i % 7 == 0)
        {
            w.WriteStartArray("tags");
            w.WriteStringValue("beta");
            w.WriteStringValue("q" + (i % 4 + 1).ToString(CultureInfo.InvariantCulture));
            w.WriteEndArray();
        }

        w.WriteEndObject();
        Internal(w, at);
        w.WriteEndObject();
    }

    public void Purchase(Utf8JsonWriter w, long i)
    {
        var p = data.PersonOf(i, 50);
        var at = data.EventTime(i, options.Purchases);
        var items = Items(options.CatalogItems);
        var lines = 1 + (int)(IterableDataset.Hash(i, 51) % 3);
        w.WriteStartObject();
        w.WriteString("id", $"order-{i + 1:D7}");
        Person(w, p);
        Created(w, at, i);
        double total = 0;
        w.WriteStartArray("shoppingCartItems");
        for (var l = 0; l < lines; l++)
        {
            var item = items[(int)(IterableDataset.Hash(i * 10 + l, 52) % (ulong)items.Count)];
            var quantity = 1 + (int)(IterableDataset.Hash(i * 10 + l, 53) % 4);
            total += item.Price * quantity;
            w.WriteStartObject();
            w.WriteString("id", item.Id);
            w.WriteString("sku", item.Id.ToUpperInvariant());
            w.WriteString("name", item.Name);
            w.WriteNumber("price", item.Price);
            w.WriteNumber("quantity", quantity);
            w.WriteStartArray("categories");
            w.WriteStringValue(item.Category);
            w.WriteEndArray();
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteNumber("total", Math.Round(total, 2));
        w.WriteNumber("campaignId", 5000 + (long)(IterableDataset.Hash(i, 54) % (ulong)Math.Max(1, options.Campaigns)));
        w.WriteStartObject("dataFields");
        w.WriteString("currency", "USD");
        w.WriteEndObject();
        Internal(w, at);
        w.WriteEndObject();
    }

    public void Subscription(Utf8JsonWriter w, long i, bool subscribe)
    {
        var p = data.PersonOf(i, subscribe ? 60 : 61);
        var at = data.EventTime(i, options.SubscriptionEvents);
        var channel = IterableDataset.Channels[(int)(IterableDataset.Hash(i, 62) % (ulong)IterableDataset.Channels.Count)];
        w.WriteStartObject();
        Person(w, p);
        Created(w, at, i);
        w.WriteStartArray("channelIds");
        w.WriteNumberValue(channel.Id);
        w.WriteEndArray();
        w.WriteStartArray("messageTypeIds");
        w.WriteEndArray();
        w.WriteStartArray("emailListIds");
        w.WriteEndArray();
        if (!subscribe)
        {
            w.WriteString("unsubSource", i % 2 == 0 ? "EmailLink" : "HostedPage");
        }

        Internal(w, at);
        w.WriteEndObject();
    }

    private void Person(Utf8JsonWriter w, int p)
    {
        if (data.Email(p) is { } email)
        {
            w.WriteString("email", email);
        }

        w.WriteString("userId", IterableDataset.UserId(p));
    }

    // Export rows' createdAt may be a string or epoch milliseconds (source-apis.md §2.5): both appear.
    private static void Created(Utf8JsonWriter w, DateTimeOffset at, long i)
    {
        if (i % 4 == 3)
        {
            w.WriteNumber("createdAt", at.ToUnixTimeMilliseconds());
        }
        else
        {
            w.WriteString("createdAt", at.ToString("yyyy-MM-dd HH:mm:ss zzz", CultureInfo.InvariantCulture));
        }
    }

    private static void Internal(Utf8JsonWriter w, DateTimeOffset at)
    {
        var text = at.ToString("yyyy-MM-dd HH:mm:ss zzz", CultureInfo.InvariantCulture);
        w.WriteStartObject("itblInternal");
        w.WriteString("documentCreatedAt", text);
        w.WriteString("documentUpdatedAt", text);
        w.WriteEndObject();
    }
}
