using System.Text.Json.Nodes;
using MappingDsl.Emulators.CustomerIo;

namespace MappingDsl.Sources.CustomerIo.Tests;

public sealed class ExportPathTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("cio-export-test-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task The_export_path_returns_the_same_people_and_deliveries_as_the_App_API()
    {
        await using var emulator = await Local.Start();
        using var api = new CustomerIoExtractor(Local.Options(emulator));
        using var export = new CustomerIoExtractor(Exporting(emulator));
        var since = emulator.Options.DataStart + TimeSpan.FromDays(50);

        AssertSame(await Local.ReadAll(api, CustomerIoModules.Person), await Local.ReadAll(export, CustomerIoModules.Person), 60);
        AssertSame(await Local.ReadAll(api, CustomerIoModules.Delivery), await Local.ReadAll(export, CustomerIoModules.Delivery), 120);
        // A delta keeps the same window on both paths.
        var delta = await Local.ReadAll(api, CustomerIoModules.Delivery, since);
        Assert.InRange(delta.Count, 1, 119);
        AssertSame(delta, await Local.ReadAll(export, CustomerIoModules.Delivery, since), delta.Count);
        // One export per kind: the delta re-reads the deliveries export this extractor already downloaded.
        Assert.Equal(2, emulator.Exports);
    }

    [Fact]
    public async Task The_downloaded_export_files_read_offline_equal_the_API_read()
    {
        await using var emulator = await Local.Start();
        using var api = new CustomerIoExtractor(Local.Options(emulator));
        using var export = new CustomerIoExtractor(Exporting(emulator) with { ExportFolder = _folder });
        var people = await Local.ReadAll(api, CustomerIoModules.Person);
        var deliveries = await Local.ReadAll(api, CustomerIoModules.Delivery);
        await Local.ReadAll(export, CustomerIoModules.Person);
        await Local.ReadAll(export, CustomerIoModules.Delivery);

        var offline = new CustomerIoExportFiles(_folder);
        var offlinePeople = await offline.ReadAsync(CustomerIoModules.Person, null, CancellationToken.None).ToListAsync();
        // Offline there is no objects API, so no person's company relationship: everything else is the API's record.
        Assert.All(offlinePeople, p => Assert.DoesNotContain("_companyId", JsonNode.Parse(p.Json.Span)!.AsObject().Select(f => f.Key)));
        AssertSame(people, offlinePeople, 60, "_companyId");
        AssertSame(deliveries, await offline.ReadAsync(CustomerIoModules.Delivery, null, CancellationToken.None).ToListAsync(), 120);
        Assert.Equal(60, (await offline.CountAsync(CustomerIoModules.Person, null, CancellationToken.None))!.Records);
    }

    [Fact]
    public async Task A_failed_export_stops_the_read_with_a_clear_error()
    {
        await using var emulator = await Local.Start(configure: o => o with { FailExports = true });
        using var export = new CustomerIoExtractor(Exporting(emulator));
        var error = await Assert.ThrowsAsync<CustomerIoApiException>(() => Local.ReadAll(export, CustomerIoModules.Delivery));
        Assert.Matches("deliveries export 10[0-9] failed", error.Message);
    }

    [Fact]
    public async Task An_expired_download_link_is_asked_for_again_then_reported()
    {
        await using var emulator = await Local.Start(configure: o => o with { ExportLinkLifetime = TimeSpan.Zero });
        using var export = new CustomerIoExtractor(Exporting(emulator));
        var error = await Assert.ThrowsAsync<CustomerIoApiException>(() => Local.ReadAll(export, CustomerIoModules.Delivery));
        Assert.Contains("link was refused twice (HTTP 403)", error.Message, StringComparison.Ordinal);
        Assert.Contains("valid 15 minutes", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_export_that_never_finishes_times_out_and_cancellation_stops_the_polling()
    {
        await using var emulator = await Local.Start(configure: o => o with { ExportPolls = 100_000 });
        using var slow = new CustomerIoExtractor(Exporting(emulator) with { ExportTimeout = TimeSpan.FromMilliseconds(300) });
        var error = await Assert.ThrowsAsync<CustomerIoApiException>(() => Local.ReadAll(slow, CustomerIoModules.Delivery));
        Assert.Contains("was still 'processing'", error.Message, StringComparison.Ordinal);

        using var patient = new CustomerIoExtractor(Exporting(emulator));
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(200));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            await foreach (var _ in patient.ReadAsync(CustomerIoModules.Delivery, null, cancel.Token))
            {
            }
        });
    }

    [Fact]
    public async Task A_customers_flat_file_becomes_people_and_a_malformed_row_keeps_its_line_number()
    {
        await File.WriteAllTextAsync(Path.Combine(_folder, "person.csv"),
            "id,email,cio_id,plan\r\nu1,ada@example.com,c01,pro\r\nu2,bo@example.com,c02\r\nu3,,c03,free\r\n");
        var people = await new CustomerIoExportFiles(_folder).ReadAsync(CustomerIoModules.Person, null, CancellationToken.None).ToListAsync();

        Assert.Equal(["c01", null, "c03"], people.Select(p => p.Id));
        Assert.Null(people[0].Problem);
        Assert.Equal("pro", JsonNode.Parse(people[0].Json.Span)!["attributes"]!["plan"]!.GetValue<string>());
        Assert.Equal("c01", JsonNode.Parse(people[0].Json.Span)!["_key"]!.GetValue<string>());
        Assert.StartsWith("line 3: row has 3 cells", people[1].Problem, StringComparison.Ordinal);
        Assert.False(JsonNode.Parse(people[2].Json.Span)!["_validEmail"]!.GetValue<bool>());
    }

    private static CustomerIoOptions Exporting(CustomerIoEmulator emulator) => Local.Options(emulator) with
    {
        Via = CustomerIoReadPath.Export,
        ExportPollDelay = TimeSpan.FromMilliseconds(10),
        ExportPollMaxDelay = TimeSpan.FromMilliseconds(40),
    };

    private static void AssertSame(List<SourceRecord> expected, List<SourceRecord> actual, int count, string? ignore = null)
    {
        Assert.Equal(count, expected.Count);
        Assert.Equal(expected.Select(r => r.Id).Order(StringComparer.Ordinal), actual.Select(r => r.Id).Order(StringComparer.Ordinal));
        var byId = actual.ToDictionary(r => r.Id!, StringComparer.Ordinal);
        foreach (var record in expected)
        {
            var other = byId[record.Id!];
            Assert.Null(other.Problem);
            Assert.Equal(record.ModifiedAt, other.ModifiedAt);
            var left = Normal(record, ignore);
            var right = Normal(other, ignore);
            Assert.True(JsonNode.DeepEquals(left, right), $"{record.Id}:\n{left.ToJsonString()}\n{right.ToJsonString()}");
        }
    }

    // A CSV cannot tell a null from a missing value: both sides drop nulls before comparing.
    private static JsonObject Normal(SourceRecord record, string? ignore)
    {
        var node = JsonNode.Parse(record.Json.Span)!.AsObject();
        if (ignore is not null)
        {
            node.Remove(ignore);
        }

        CustomerIoExportFiles.DropNulls(node);
        return node;
    }
}
