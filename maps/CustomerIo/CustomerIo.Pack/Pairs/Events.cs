using MappingDsl.Entities;
using MappingDsl.Maps.CustomerIo.Source;

namespace MappingDsl.Maps.CustomerIo;

public static partial class CustomerIoPack
{
    /// <summary>
    /// Events go to the cio_event table: name, time, the lead or contact the person became, and the properties spread
    /// by discovery — a typed column for each key found in more than 10 % of the events (generated into the schema
    /// from the snapshot), the other keys as JSON in cio_otherproperties. Re-running discovery and rebuilding changes
    /// the columns; this pair does not change.
    /// </summary>
    [Pair("Custom Event", Module = "event", BatchSize = 5000)]
    [Ignore(nameof(CioEventRecord.Id), Reason = "The activity id is the source key kept in cio_sourceid")]
    [Ignore(nameof(CioEventRecord.Type), Reason = "Always event (the extractor reads type=event)")]
    [Ignore(nameof(CioEventRecord.CustomerId), Reason = "The person is resolved through its cio_id")]
    [Ignore(nameof(CioEventRecord.CustomerIdentifiers), Reason = "The person is resolved through its cio_id")]
    [Ignore(nameof(CioEventRecord.DeliveryId), Reason = "Only message events carry one; deliveries migrate as campaign members")]
    public static CioEvent Events(CioEventRecord s, MapContext m) => new()
    {
        cio_Name = Lossy.Truncate(s.Name + " " + s.Timestamp?.ToString("u", System.Globalization.CultureInfo.InvariantCulture), 300, "Event names are limited to 300 characters"),
        cio_EventName = s.Name,
        cio_Timestamp = s.Timestamp,
        cio_ContactId = m.Ref(People, s.Person),
        cio_LeadId = m.Ref(People, s.Person),
        cio_CioId = s.Person,
        Properties = s.Data,
    };
}
