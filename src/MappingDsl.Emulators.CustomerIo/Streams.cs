using System.Globalization;
using System.Text.Json;

namespace MappingDsl.Emulators.CustomerIo;

/// <summary>
/// Events and deliveries, each generated from its index (so any volume streams without being stored). Event
/// properties have fixed frequencies — <c>source</c> on every event, <c>url</c> on page views, <c>value</c> and
/// <c>currency</c> on purchases and carts, <c>plan</c> on about a third, <c>referrer</c> and a nested
/// <c>experiment</c> on few — so discovery's 10 % rule has keys on both sides of it.
/// </summary>
internal sealed class Streams(CustomerIoDataset data)
{
    private readonly CustomerIoEmulatorOptions _options = data.Options;

    public DateTimeOffset EventTime(long index) =>
        _options.DataStart + TimeSpan.FromTicks((long)(_options.DataSpan.Ticks * ((double)index / Math.Max(1, _options.Events))));

    public void WriteEvent(Utf8JsonWriter w, long index)
    {
        var person = data.People[(int)(index % data.People.Count)];
        var name = CustomerIoDataset.EventNames[data.Random.Pick(30, index, CustomerIoDataset.EventNames.Count)];
        w.WriteStartObject();
        w.WriteString("id", "01EV" + index.ToString("D12", CultureInfo.InvariantCulture));
        w.WriteString("type", "event");
        w.WriteString("name", name);
        w.WriteNumber("timestamp", EventTime(index).ToUnixTimeSeconds());
        if (person.Id is { } id)
        {
            w.WriteString("customer_id", id);
        }
        else
        {
            w.WriteNull("customer_id");
        }

        w.WriteStartObject("customer_identifiers");
        w.WriteString("cio_id", person.CioId);
        w.WriteString("email", person.Email);
        w.WriteString("id", person.Id);
        w.WriteEndObject();
        w.WriteNull("delivery_id");
        w.WriteStartObject("data");
        w.WriteString("source", (index % 3) switch { 0 => "web", 1 => "ios", _ => "android" });
        if (name == "page_viewed")
        {
            w.WriteString("url", "/docs/page-" + (index % 40).ToString(CultureInfo.InvariantCulture));
        }

        if (name is "purchased" or "added_to_cart")
        {
            w.WriteNumber("value", Math.Round(5 + data.Random.Unit(31, index) * 500, 2));
            w.WriteString("currency", "EUR");
        }

        if (data.Random.Unit(32, index) < 0.33)
        {
            w.WriteString("plan", (index % 4) switch { 0 => "free", 1 => "starter", 2 => "pro", _ => "enterprise" });
        }

        if (data.Random.Unit(33, index) < 0.05)
        {
            w.WriteString("referrer", "https://partner" + (index % 7).ToString(CultureInfo.InvariantCulture) + ".example.org");
        }

        if (data.Random.Unit(34, index) < 0.03)
        {
            w.WriteStartObject("experiment");
            w.WriteString("name", "checkout-v2");
            w.WriteString("arm", index % 2 == 0 ? "control" : "treatment");
            w.WriteEndObject();
        }

        if (_options.ExtraEventProperty is { } extra && data.Random.Unit(35, index) < _options.ExtraEventShare)
        {
            w.WriteString(extra, "X" + (index % 97).ToString(CultureInfo.InvariantCulture));
        }

        w.WriteEndObject();
        w.WriteEndObject();
    }

    public DateTimeOffset DeliveryTime(long index) =>
        _options.DataStart + TimeSpan.FromTicks((long)(_options.DataSpan.Ticks * ((double)index / Math.Max(1, _options.Deliveries))));

    public void WriteDelivery(Utf8JsonWriter w, long index)
    {
        var identified = data.People.Where(p => p.Email is not null).ToList();
        var person = identified.Count > 0 ? identified[(int)(index % identified.Count)] : data.People[0];
        var status = CustomerIoDataset.Statuses[(int)(index % CustomerIoDataset.Statuses.Count)];
        var created = DeliveryTime(index).ToUnixTimeSeconds();
        var source = (int)(index / CustomerIoDataset.Statuses.Count % 3);
        w.WriteStartObject();
        w.WriteString("id", "dlv" + index.ToString("D9", CultureInfo.InvariantCulture));
        w.WriteString("deduplicate_id", $"dlv{index:D9}:{created}");
        w.WriteNumber("created", created);
        w.WriteString("type", "email");
        w.WriteString("recipient", person.Email);
        w.WriteString("customer_id", person.Id);
        w.WriteStartObject("customer_identifiers");
        w.WriteString("cio_id", person.CioId);
        w.WriteString("email", person.Email);
        w.WriteString("id", person.Id);
        w.WriteEndObject();
        w.WriteString("subject", source switch { 0 => "Our spring newsletter", 1 => "Welcome aboard", _ => "Your receipt" });
        w.WriteStartObject("metrics");
        foreach (var (metric, offset) in Chain(status))
        {
            w.WriteNumber(metric, created + offset);
        }

        w.WriteEndObject();
        w.WriteBoolean("forgotten", false);
        switch (source)
        {
            case 0:
                w.WriteNumber("newsletter_id", Catalog.NewsletterIds[(int)(index % Catalog.NewsletterIds.Length)]);
                break;
            case 1:
                var campaign = Catalog.CampaignIds[(int)(index % Catalog.CampaignIds.Length)];
                w.WriteNumber("campaign_id", campaign);
                w.WriteNumber("action_id", campaign * 10 + 1);
                break;
            default:
                w.WriteNumber("transactional_message_id", Catalog.TransactionalIds[(int)(index % Catalog.TransactionalIds.Length)]);
                break;
        }

        w.WriteEndObject();
    }

    // The metrics a delivery reached on its way to its final status, with their delays in seconds.
    private static IEnumerable<(string Metric, int Offset)> Chain(string status) => status switch
    {
        "sent" => [("sent", 0)],
        "delivered" => [("sent", 0), ("delivered", 30)],
        "opened" => [("sent", 0), ("delivered", 30), ("opened", 600)],
        "clicked" => [("sent", 0), ("delivered", 30), ("opened", 600), ("clicked", 660)],
        "converted" => [("sent", 0), ("delivered", 30), ("opened", 600), ("clicked", 660), ("converted", 3600)],
        "bounced" => [("sent", 0), ("bounced", 40)],
        "spammed" => [("sent", 0), ("delivered", 30), ("spammed", 900)],
        "unsubscribed" => [("sent", 0), ("delivered", 30), ("opened", 600), ("unsubscribed", 700)],
        _ => [(status, 0)],
    };
}
