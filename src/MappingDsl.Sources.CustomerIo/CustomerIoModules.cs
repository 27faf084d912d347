namespace MappingDsl.Sources.CustomerIo;

/// <summary>The modules the Customer.io extractor reads (docs/sources/customerio.md), with the App API call behind each.</summary>
public static class CustomerIoModules
{
    /// <summary><c>GET /v1/object_types</c>: every object type, companies included.</summary>
    public const string ObjectType = "objectType";
    /// <summary>Objects of the company object type (<c>POST /v1/objects</c> + attributes), one record per company id.</summary>
    public const string Company = "company";
    /// <summary>People: <c>POST /v1/customers</c> (search) hydrated through <c>POST /v1/customers/attributes</c> in batches.</summary>
    public const string Person = "person";
    /// <summary>Objects of every other type, with their attributes and related people.</summary>
    public const string Object = "object";
    /// <summary>Custom events: <c>GET /v1/activities?type=event</c>.</summary>
    public const string Event = "event";
    /// <summary>Message deliveries: <c>GET /v1/messages</c> by <c>start_ts</c>/<c>end_ts</c> window.</summary>
    public const string Delivery = "delivery";
    /// <summary><c>GET /v1/segments</c> with each segment's membership.</summary>
    public const string Segment = "segment";
    /// <summary><c>GET /v1/campaigns</c> with each campaign's actions.</summary>
    public const string Campaign = "campaign";
    /// <summary>Newsletters (one-time broadcasts, <c>GET /v1/newsletters</c>) and API-triggered broadcasts (<c>GET /v1/broadcasts</c>).</summary>
    public const string Broadcast = "broadcast";
    /// <summary><c>GET /v1/transactional</c> with each message's contents.</summary>
    public const string Transactional = "transactional";

    /// <summary>One record per person attribute: its JSON kinds and null rate over every person.</summary>
    public const string Trait = "trait";
    /// <summary>The prefix of a per-type object module: <c>object:Projects</c> reads the objects of type Projects only.</summary>
    public const string ObjectsOfType = "object:";

    /// <summary>Every module, in load order (companies before people, people before what points at them).</summary>
    public static IReadOnlyList<string> All { get; } =
        [ObjectType, Company, Person, Trait, Object, Segment, Campaign, Broadcast, Transactional, Event, Delivery];
}
