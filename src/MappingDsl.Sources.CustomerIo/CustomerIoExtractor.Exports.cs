using System.Runtime.CompilerServices;

namespace MappingDsl.Sources.CustomerIo;

/// <summary>The export path for people and deliveries (<see cref="CustomerIoOptions.Via"/>), beside the App API lists.</summary>
public sealed partial class CustomerIoExtractor
{
    // The match-all filter of the people search, in the export body's "filters" (source-apis.md §3.4, §3.9).
    private static readonly byte[] AllPeopleExport = """{"filters":{"and":[{"attribute":{"field":"cio_id","operator":"exists"}}]}}"""u8.ToArray();

    private IAsyncEnumerable<SourceRecord> PersonSourceAsync(CancellationToken ct) =>
        _options.Via == CustomerIoReadPath.Export ? ExportPeopleAsync(ct) : PeopleAsync(ct);

    // Companies are objects, which have no export: their people are read through the API first, as on the API path.
    private async Task EnsureCompaniesAsync(CancellationToken ct)
    {
        if (_companyOfPerson is null)
        {
            await foreach (var _ in CompaniesAsync(ct).ConfigureAwait(false))
            {
            }
        }
    }

    private async IAsyncEnumerable<SourceRecord> ExportPeopleAsync([EnumeratorCancellation] CancellationToken ct)
    {
        await EnsureCompaniesAsync(ct).ConfigureAwait(false);
        await foreach (var row in _exports.ReadAsync("customers", AllPeopleExport, CustomerIoModules.Person, ct).ConfigureAwait(false))
        {
            yield return CustomerIoExportFiles.Shape(row, CustomerIoModules.Person, _companyOfPerson);
        }
    }

    // The export holds every delivery (its filters are UNCONFIRMED); the API path's range is kept here: created in
    // [from, to) by whole seconds, as its windows ask with both-inclusive start_ts/end_ts.
    private async IAsyncEnumerable<SourceRecord> ExportDeliveriesAsync(DateTimeOffset? modifiedSince, [EnumeratorCancellation] CancellationToken ct)
    {
        var (from, to) = DeliveryRange(modifiedSince);
        var first = from.ToUnixTimeSeconds();
        var last = to.ToUnixTimeSeconds() - 1;
        await foreach (var row in _exports.ReadAsync("deliveries", "{}"u8.ToArray(), CustomerIoModules.Delivery, ct).ConfigureAwait(false))
        {
            var record = CustomerIoExportFiles.Shape(row, CustomerIoModules.Delivery, null);
            if (record.Problem is null && record.ModifiedAt?.ToUnixTimeSeconds() is { } created && (created < first || created > last))
            {
                continue;
            }

            yield return record;
        }
    }

    private (DateTimeOffset From, DateTimeOffset To) DeliveryRange(DateTimeOffset? modifiedSince) =>
        (modifiedSince is { } since && since > _options.DeliveriesFrom ? since : _options.DeliveriesFrom, _options.DeliveriesTo ?? DateTimeOffset.UtcNow);
}
