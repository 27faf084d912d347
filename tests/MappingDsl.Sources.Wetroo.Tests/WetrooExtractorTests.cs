using System.Net;
using System.Text.Json;
using MappingDsl.Emulators.Wetroo;

namespace MappingDsl.Sources.Wetroo.Tests;

public sealed class WetrooExtractorTests
{
    [Fact]
    public async Task Every_module_is_read_completely_across_pages()
    {
        await using var emulator = await WetrooEmulator.StartAsync(new WetrooEmulatorOptions { Records = 450, Seed = 3 });
        using var extractor = new WetrooExtractor(Harness.OptionsFor(emulator, pageSize: 100));

        foreach (var module in WetrooModules.All)
        {
            var records = await Harness.ReadAll(extractor, module.Name);
            Assert.All(records, r => Assert.True(r.IsUsable, r.Problem));
            Assert.Equal(emulator.Dataset.Count(module.Name), records.Count);
            Assert.Equal(records.Count, records.Select(r => r.Id).Distinct().Count());
        }
    }

    [Fact]
    public async Task Records_deleted_and_created_while_the_read_pages_never_cost_another_record()
    {
        await using var emulator = await WetrooEmulator.StartAsync(new WetrooEmulatorOptions { Records = 500 });
        var dataset = emulator.Dataset;
        var before = dataset.Ids("contact");
        var deleted = new List<long>();
        var added = new List<long>();
        var pages = 0;
        // Between pages, users delete records already read and records still ahead, and create new ones: with offset
        // paging every deletion behind the cursor would push one unread record back onto a page already served.
        using var http = new HttpClient(new BetweenPages(() =>
        {
            if (++pages is 2 or 3)
            {
                foreach (var id in new long[] { pages * 10, pages * 10 + 1, 400 + pages })
                {
                    dataset.Delete("contact", id);
                    deleted.Add(id);
                }

                added.AddRange(dataset.Add("contact", 2, DateTimeOffset.UtcNow));
            }
        }));
        using var extractor = new WetrooExtractor(Harness.OptionsFor(emulator, pageSize: 50), http);

        var ids = Harness.Ids(await Harness.ReadAll(extractor, "contact"));

        Assert.Equal(ids.Count, ids.Distinct().Count());
        var untouched = before.Except(deleted).ToList();
        Assert.Empty(untouched.Except(ids));
        Assert.Empty(added.Except(ids));
        Assert.DoesNotContain(400 + 3, ids);
    }

    [Fact]
    public async Task An_incremental_pull_returns_exactly_the_records_modified_after_the_watermark()
    {
        await using var emulator = await WetrooEmulator.StartAsync(new WetrooEmulatorOptions { Records = 400 });
        using var extractor = new WetrooExtractor(Harness.OptionsFor(emulator, pageSize: 40));
        var watermark = DateTimeOffset.UtcNow;
        emulator.Touch(0.1, watermark.AddSeconds(5));

        foreach (var module in (string[])["contact", "lead", "deal"])
        {
            var all = await Harness.ReadAll(extractor, module);
            var expected = all.Where(r => r.ModifiedAt > watermark).Select(r => r.Id).ToList();
            var delta = await Harness.ReadAll(extractor, module, watermark);

            Assert.NotEmpty(expected);
            Assert.Equal(expected, delta.Select(r => r.Id));
        }

        Assert.Empty(await Harness.ReadAll(extractor, "pipeline", watermark));
    }

    [Fact]
    public async Task Server_errors_slow_the_pace_and_every_record_still_arrives()
    {
        await using var emulator = await WetrooEmulator.StartAsync(new WetrooEmulatorOptions { Records = 600, ServerErrorShare = 0.15 });
        using var extractor = new WetrooExtractor(Harness.OptionsFor(emulator, pageSize: 30));

        var ids = Harness.Ids(await Harness.ReadAll(extractor, "contact"));

        Assert.True(emulator.Stats.ServerErrors > 0, "no 503 was injected, so the test proved nothing");
        Assert.Equal(emulator.Stats.ServerErrors, extractor.Pace.ServerErrors);
        Assert.Equal(emulator.Dataset.Ids("contact"), ids);
    }

    [Fact]
    public async Task A_refused_key_fails_at_once_without_echoing_the_key()
    {
        await using var emulator = await WetrooEmulator.StartAsync(new WetrooEmulatorOptions { Records = 10 });
        var options = Harness.OptionsFor(emulator);
        using var extractor = new WetrooExtractor(new WetrooOptions { BaseUri = options.BaseUri, ApiKey = "wtk_wrong-secret-value", Rate = options.Rate });

        var error = await Assert.ThrowsAsync<WetrooApiException>(() => Harness.ReadAll(extractor, "contact"));

        Assert.Equal(HttpStatusCode.Unauthorized, error.StatusCode);
        Assert.DoesNotContain("wrong-secret-value", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("wrong-secret-value", options.ToString(), StringComparison.Ordinal);
        Assert.Equal(1, emulator.Stats.Calls);
    }

    [Fact]
    public async Task The_seeded_data_carries_the_cases_a_real_smb_crm_has()
    {
        await using var emulator = await WetrooEmulator.StartAsync(new WetrooEmulatorOptions { Records = 1000 });
        using var extractor = new WetrooExtractor(Harness.OptionsFor(emulator));
        var contacts = (await Harness.ReadAll(extractor, "contact")).Select(Parse).ToList();
        var deals = (await Harness.ReadAll(extractor, "deal")).Select(Parse).ToList();
        var stages = (await Harness.ReadAll(extractor, "pipeline")).Select(Parse)
            .SelectMany(p => p.GetProperty("stages").EnumerateArray().Select(s => s.GetProperty("name").GetString())).ToHashSet();
        var contactIds = contacts.Select(c => c.GetProperty("id").GetInt64()).ToHashSet();

        Assert.Contains(contacts.GroupBy(c => c.GetProperty("email").GetString()), g => g.Count() > 1);
        Assert.Contains(contacts, c => c.GetProperty("name").GetString() == string.Empty);
        Assert.Contains(deals, d => !stages.Contains(d.GetProperty("stage").GetString()) && d.GetProperty("stageOrder").ValueKind == JsonValueKind.Null);
        Assert.Contains(deals, d => !contactIds.Contains(d.GetProperty("contactId").GetInt64()));
        var owners = (await Harness.ReadAll(extractor, "owner")).Select(Parse).ToList();
        Assert.Contains(owners, o => !o.GetProperty("active").GetBoolean());
        Assert.NotEmpty(WetrooEmulatorCatalog.OwnersWithoutDynamicsUser);
    }

    private static JsonElement Parse(SourceRecord record) => JsonDocument.Parse(record.Json).RootElement.Clone();

    /// <summary>Runs an action before every call, as edits by other users land between two pages.</summary>
    private sealed class BetweenPages(Action before) : DelegatingHandler(new HttpClientHandler())
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            before();
            return base.SendAsync(request, cancellationToken);
        }
    }
}
