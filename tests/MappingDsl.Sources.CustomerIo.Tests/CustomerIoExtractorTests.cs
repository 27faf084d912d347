using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using MappingDsl.Emulators.CustomerIo;

namespace MappingDsl.Sources.CustomerIo.Tests;

public sealed class CustomerIoExtractorTests
{
    [Fact]
    public async Task Every_module_reads_every_record_once_whatever_way_its_list_ends()
    {
        await using var emulator = await Local.Start();
        using var extractor = new CustomerIoExtractor(Local.Options(emulator));
        var expected = new Dictionary<string, int>
        {
            [CustomerIoModules.ObjectType] = 3,
            [CustomerIoModules.Company] = 5,
            // People search ends with next "", object lists with null (and repeat ids across pages), relationships
            // without next, activities with an empty page that keeps a next, messages open with an empty page.
            [CustomerIoModules.Person] = 60,
            [CustomerIoModules.Object] = 6 + 9,
            [CustomerIoModules.Event] = 300,
            [CustomerIoModules.Delivery] = 120,
            [CustomerIoModules.Segment] = 5,
            [CustomerIoModules.Campaign] = 3,
            [CustomerIoModules.Broadcast] = 4,
            [CustomerIoModules.Transactional] = 2,
            ["object:Projects"] = 6,
            ["object:Milestones"] = 9,
        };
        foreach (var (module, count) in expected)
        {
            var records = await Local.ReadAll(extractor, module);
            Assert.All(records, r => Assert.Null(r.Problem));
            Assert.Equal(count, records.Select(r => r.Id).Distinct().Count());
            Assert.Equal(count, records.Count);
        }
    }

    [Fact]
    public async Task A_segment_that_names_another_carries_that_segments_conditions_and_the_others_carry_none()
    {
        await using var emulator = await Local.Start();
        using var extractor = new CustomerIoExtractor(Local.Options(emulator));
        var segments = (await Local.ReadAll(extractor, CustomerIoModules.Segment)).ToDictionary(r => r.Id!, r => JsonDocument.Parse(r.Json).RootElement);

        // Segment 2 is "member of segment 1 and vip": its record holds segment 1's conditions exactly as served.
        var served = emulator.Dataset.Segments.Single(s => s.Id == 1).Conditions!.ToJsonString();
        var referenced = segments["2"].GetProperty("_referencedConditions");
        Assert.Equal(["1"], referenced.EnumerateObject().Select(p => p.Name));
        Assert.Equal(served, referenced.GetProperty("1").GetRawText());
        Assert.All(new[] { "1", "3", "4", "5" }, id => Assert.False(segments[id].TryGetProperty("_referencedConditions", out _), id));
    }

    [Fact]
    public async Task Small_pages_and_hydration_batches_still_return_every_person_with_its_attributes()
    {
        await using var emulator = await Local.Start(people: 250);
        using var extractor = new CustomerIoExtractor(Local.Options(emulator) with { PeoplePageSize = 7, HydrateBatch = 13, ObjectPageSize = 2 });
        var people = await Local.ReadAll(extractor, CustomerIoModules.Person);

        Assert.Equal(250, people.Select(p => p.Id).Distinct().Count());
        var anonymous = 0;
        foreach (var person in people)
        {
            using var json = JsonDocument.Parse(person.Json);
            var attributes = json.RootElement.GetProperty("attributes");
            Assert.Equal(person.Id, attributes.GetProperty("cio_id").GetString());
            if (attributes.TryGetProperty("anonymous_id", out _))
            {
                anonymous++;
                Assert.False(json.RootElement.GetProperty("_validEmail").GetBoolean());
                Assert.False(json.RootElement.TryGetProperty("_companyId", out _));
            }
            else
            {
                Assert.StartsWith("co-", json.RootElement.GetProperty("_companyId").GetString(), StringComparison.Ordinal);
            }
        }

        Assert.InRange(anonymous, 1, 249);
        // Companies are shared: 250 people, 5 companies.
        var companies = people.Select(p => JsonDocument.Parse(p.Json).RootElement.TryGetProperty("_companyId", out var c) ? c.GetString() : null).Where(c => c is not null).Distinct().Count();
        Assert.Equal(5, companies);
    }

    [Fact]
    public async Task Deliveries_come_with_every_status_the_metrics_reach()
    {
        await using var emulator = await Local.Start();
        using var extractor = new CustomerIoExtractor(Local.Options(emulator) with { WindowSize = TimeSpan.FromDays(7), MessagePageSize = 5 });
        var statuses = (await Local.ReadAll(extractor, CustomerIoModules.Delivery))
            .Select(d => JsonDocument.Parse(d.Json).RootElement.GetProperty("_status").GetString()!)
            .ToHashSet();

        Assert.Equal(CustomerIoDataset.Statuses.ToHashSet(), statuses);
    }

    [Fact]
    public async Task An_event_delta_stops_at_the_watermark()
    {
        await using var emulator = await Local.Start(events: 500);
        using var extractor = new CustomerIoExtractor(Local.Options(emulator) with { ActivityPageSize = 20 });
        var all = await Local.ReadAll(extractor, CustomerIoModules.Event);
        var watermark = all.Select(e => e.ModifiedAt!.Value).OrderBy(t => t).ElementAt(400);
        var calls = extractor.Calls;

        var delta = await Local.ReadAll(extractor, CustomerIoModules.Event, watermark);

        Assert.Equal(all.Count(e => e.ModifiedAt > watermark), delta.Count);
        Assert.True(extractor.Calls - calls < 10, $"the delta read {extractor.Calls - calls} pages");
    }

    [Fact]
    public async Task The_ten_per_second_limit_is_kept_and_a_429_is_waited_out()
    {
        await using var emulator = await Local.Start(people: 30, perSecond: 10);
        using (var polite = new CustomerIoExtractor(Local.Options(emulator, requestsPerSecond: 10) with { HydrateBatch = 2 }))
        {
            Assert.Equal(30, (await Local.ReadAll(polite, CustomerIoModules.Person)).Count);
            Assert.Equal(0, polite.Throttled);
        }

        using var eager = new CustomerIoExtractor(Local.Options(emulator, requestsPerSecond: 1000) with { HydrateBatch = 1 });
        Assert.Equal(30, (await Local.ReadAll(eager, CustomerIoModules.Person)).Count);
        Assert.True(eager.Throttled > 0);
        Assert.True(emulator.Throttled > 0);
    }

    [Fact]
    public async Task A_bad_key_fails_at_once_without_the_key_in_the_message()
    {
        await using var emulator = await Local.Start();
        using var extractor = new CustomerIoExtractor(Local.Options(emulator) with { ApiKey = "wrong-key-123" });

        var error = await Assert.ThrowsAsync<CustomerIoApiException>(() => Local.ReadAll(extractor, CustomerIoModules.Segment));

        Assert.Equal(HttpStatusCode.Unauthorized, error.Status);
        Assert.Equal(1, extractor.Calls);
        Assert.DoesNotContain("wrong-key-123", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("wrong-key-123", extractor.ToString() + Local.Options(emulator).ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_emulator_enforces_the_documented_page_and_batch_limits()
    {
        await using var emulator = await Local.Start();
        using var http = new HttpClient { BaseAddress = emulator.BaseUri };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", emulator.ApiKey);
        var ids = string.Join(",", Enumerable.Range(1, 101).Select(i => $"\"c{i:D7}\""));

        using var hydrate = await http.PostAsync("v1/customers/attributes?id_type=cio_id", new StringContent($"{{\"ids\":[{ids}]}}", Encoding.UTF8, "application/json"));
        using var activities = await http.GetAsync("v1/activities?limit=101");
        using var messages = await http.GetAsync("v1/messages?limit=1001");

        Assert.Equal(HttpStatusCode.BadRequest, hydrate.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, activities.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, messages.StatusCode);
    }

    [Fact]
    public void Regions_pick_their_hosts()
    {
        Assert.Equal("https://api.customer.io/", new CustomerIoOptions { ApiKey = "k" }.EffectiveBaseUri.ToString());
        Assert.Equal("https://api-eu.customer.io/", new CustomerIoOptions { ApiKey = "k", Region = CustomerIoRegion.Eu }.EffectiveBaseUri.ToString());
    }
}
