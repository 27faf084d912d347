using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using MappingDsl.Emulators.Salesmate;
using static MappingDsl.Sources.Salesmate.Tests.Harness;

namespace MappingDsl.Sources.Salesmate.Tests;

public class SalesmateExtractorTests
{
    [Fact]
    public async Task Pages_through_a_module_and_returns_every_record_once_in_id_order()
    {
        await using var emulator = await SalesmateEmulator.StartAsync(new SalesmateEmulatorOptions { Records = 230, Seed = 7 });
        using var extractor = new SalesmateExtractor(OptionsFor(emulator, pageSize: 50));

        var contacts = await ReadAll(extractor, "contact");

        Assert.Equal(emulator.Dataset.Count("contact"), contacts.Count);
        Assert.Equal(Enumerable.Range(1, 230).Select(i => i.ToString(CultureInfo.InvariantCulture)), contacts.Select(c => c.Id));
        Assert.All(contacts, c => Assert.True(c.IsUsable, c.Problem));
        Assert.All(contacts, c => Assert.NotNull(c.ModifiedAt));
        // 1 metadata call + 5 pages (230 / 50 rounded up).
        Assert.Equal(6, extractor.Calls);
    }

    [Theory]
    [InlineData("task", "Task")]
    [InlineData("call", "Call")]
    [InlineData("meeting", "Meeting")]
    public async Task Activity_modules_are_split_by_type(string module, string type)
    {
        await using var emulator = await SalesmateEmulator.StartAsync(new SalesmateEmulatorOptions { Records = 100 });
        using var extractor = new SalesmateExtractor(OptionsFor(emulator, pageSize: 10));

        var records = await ReadAll(extractor, module);

        Assert.Equal(emulator.Dataset.Count(module), records.Count);
        Assert.All(records, r =>
        {
            using var json = JsonDocument.Parse(r.Json);
            Assert.Equal(type, json.RootElement.GetProperty("type").GetString());
        });
    }

    [Fact]
    public async Task Every_module_reads_with_the_documented_id_field()
    {
        await using var emulator = await SalesmateEmulator.StartAsync(new SalesmateEmulatorOptions { Records = 40 });
        using var extractor = new SalesmateExtractor(OptionsFor(emulator));

        foreach (var module in SalesmateModules.All)
        {
            var records = await ReadAll(extractor, module.Name);

            Assert.Equal(emulator.Dataset.Count(module.Name), records.Count);
            Assert.All(records, r => Assert.True(r.IsUsable, $"{module.Name}: {r.Problem}"));
        }
    }

    [Fact]
    public async Task Incremental_pull_returns_only_the_touched_records()
    {
        await using var emulator = await SalesmateEmulator.StartAsync(new SalesmateEmulatorOptions { Records = 400, Seed = 3 });
        using var extractor = new SalesmateExtractor(OptionsFor(emulator, pageSize: 100));
        var full = await ReadAll(extractor, "contact");
        var watermark = full.Max(r => r.ModifiedAt!.Value);

        var touched = emulator.Dataset.Touch("contact", 0.1, watermark.AddSeconds(5));
        var delta = await ReadAll(extractor, "contact", watermark);

        Assert.InRange(touched, 1, 399);
        Assert.Equal(touched, delta.Count);
        Assert.All(delta, r => Assert.True(emulator.Dataset.WasTouched("contact", int.Parse(r.Id!, CultureInfo.InvariantCulture) - 1)));
        Assert.All(delta, r => Assert.Equal(watermark.AddSeconds(5), r.ModifiedAt));
    }

    [Fact]
    public async Task The_minute_precision_filter_does_not_leak_records_at_or_before_the_watermark()
    {
        await using var emulator = await SalesmateEmulator.StartAsync(new SalesmateEmulatorOptions { Records = 60 });
        using var extractor = new SalesmateExtractor(OptionsFor(emulator));
        var watermark = new DateTimeOffset(2030, 1, 1, 10, 0, 30, TimeSpan.Zero);
        emulator.Dataset.Touch("deal", 0.5, watermark);
        var later = emulator.Dataset.Touch("deal", 0.2, watermark.AddSeconds(10));

        var delta = await ReadAll(extractor, "deal", watermark);

        Assert.Equal(later, delta.Count);
        Assert.All(delta, r => Assert.True(r.ModifiedAt > watermark));
    }

    [Fact]
    public async Task Malformed_records_are_quarantined_and_extraction_goes_on()
    {
        await using var emulator = await SalesmateEmulator.StartAsync(new SalesmateEmulatorOptions { Records = 300, MalformedShare = 0.05, Seed = 11 });
        using var extractor = new SalesmateExtractor(OptionsFor(emulator, pageSize: 100));

        var contacts = await ReadAll(extractor, "contact");

        var expectedBad = Enumerable.Range(0, 300).Where(i => emulator.Dataset.IsMalformed("contact", i)).ToList();
        Assert.NotEmpty(expectedBad);
        Assert.Equal(300, contacts.Count);
        var bad = contacts.Where(c => !c.IsUsable).ToList();
        Assert.Equal(expectedBad.Count, bad.Count);
        Assert.Contains(bad, b => b.Problem!.Contains("malformed JSON", StringComparison.Ordinal));
        Assert.Contains(bad, b => b.Problem!.Contains("wrong JSON type", StringComparison.Ordinal));
        Assert.All(bad, b => Assert.StartsWith("{\"id\":", Encoding.UTF8.GetString(b.Json.Span), StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(ErrorCasing.Live)]
    [InlineData(ErrorCasing.Documented)]
    public async Task A_failure_envelope_with_http_200_is_retried_in_either_casing(ErrorCasing casing)
    {
        await using var emulator = await SalesmateEmulator.StartAsync(new SalesmateEmulatorOptions { Records = 200, FailureEnvelopeShare = 0.3, ErrorCasing = casing, Seed = 5 });
        using var extractor = new SalesmateExtractor(OptionsFor(emulator, pageSize: 20));

        var deals = await ReadAll(extractor, "deal");

        Assert.Equal(emulator.Dataset.Count("deal"), deals.Count);
        Assert.Equal(deals.Count, deals.Select(d => d.Id).Distinct().Count());
        Assert.True(emulator.Stats.FailureEnvelopes > 0);
        Assert.Equal(emulator.Stats.Calls, extractor.Calls);
    }

    [Theory]
    [InlineData(ErrorCasing.Live)]
    [InlineData(ErrorCasing.Documented)]
    public async Task Bad_credentials_fail_at_once_with_the_error_name_and_without_the_token(ErrorCasing casing)
    {
        await using var emulator = await SalesmateEmulator.StartAsync(new SalesmateEmulatorOptions { Records = 10, ErrorCasing = casing });
        var options = OptionsFor(emulator);
        const string wrongToken = "wrong-token-value-123";
        using var extractor = new SalesmateExtractor(new SalesmateOptions
        {
            LinkName = options.LinkName,
            AccessToken = wrongToken,
            BaseUri = options.BaseUri,
            RetryBaseDelay = options.RetryBaseDelay,
        });

        var error = await Assert.ThrowsAsync<SalesmateApiException>(() => ReadAll(extractor, "contact"));

        Assert.Equal("AuthorizationFailed", error.ErrorName);
        Assert.Equal(HttpStatusCode.Forbidden, error.StatusCode);
        Assert.DoesNotContain(wrongToken, error.ToString(), StringComparison.Ordinal);
        Assert.Equal(1, extractor.Calls);
    }

    [Fact]
    public async Task Throttled_calls_are_retried_until_every_record_arrives()
    {
        await using var emulator = await SalesmateEmulator.StartAsync(new SalesmateEmulatorOptions
        {
            Records = 120,
            ThrottleLimit = 4,
            ThrottleWindow = TimeSpan.FromMilliseconds(300),
        });
        var o = OptionsFor(emulator, pageSize: 10);
        using var extractor = new SalesmateExtractor(new SalesmateOptions
        {
            LinkName = o.LinkName,
            AccessToken = o.AccessToken,
            BaseUri = o.BaseUri,
            PageSize = 10,
            CallsPerWindow = 100_000,
            RateWindow = TimeSpan.FromSeconds(1),
            RateBurst = 1000,
            MaxRetries = 10,
            RetryBaseDelay = TimeSpan.FromMilliseconds(50),
        });

        var contacts = await ReadAll(extractor, "contact");

        Assert.Equal(120, contacts.Count);
        Assert.True(emulator.Stats.Throttled > 0, "the emulator never throttled, so the test proved nothing");
    }

    [Fact]
    public async Task The_rate_cap_keeps_calls_under_the_servers_quota()
    {
        // The server allows 10 calls per 200 ms and the 13 calls below would break that uncapped; capped at 4 per 200 ms
        // with no burst (and no retries to hide a 429), the extractor never meets the quota.
        await using var emulator = await SalesmateEmulator.StartAsync(new SalesmateEmulatorOptions
        {
            Records = 60,
            ThrottleLimit = 10,
            ThrottleWindow = TimeSpan.FromMilliseconds(200),
        });
        var o = OptionsFor(emulator, pageSize: 5);
        using var extractor = new SalesmateExtractor(new SalesmateOptions
        {
            LinkName = o.LinkName,
            AccessToken = o.AccessToken,
            BaseUri = o.BaseUri,
            PageSize = 5,
            CallsPerWindow = 4,
            RateWindow = TimeSpan.FromMilliseconds(200),
            RateBurst = 1,
            MaxRetries = 0,
        });

        var contacts = await ReadAll(extractor, "contact");

        Assert.Equal(60, contacts.Count);
        Assert.Equal(0, emulator.Stats.Throttled);
        Assert.Equal(13, extractor.Calls);
    }

    [Fact]
    public async Task Field_metadata_lists_custom_fields_with_types_and_options()
    {
        await using var emulator = await SalesmateEmulator.StartAsync(new SalesmateEmulatorOptions { Records = 10 });
        using var extractor = new SalesmateExtractor(OptionsFor(emulator));

        var fields = await extractor.GetFieldsAsync(CancellationToken.None);

        var custom = fields.Where(f => f.IsCustom).ToList();
        Assert.Equal(SalesmateEmulatorCatalog.CustomFields.Count, custom.Count);
        var channel = Assert.Single(custom, f => f.MetadataModule == "contact" && f.FieldName == "selectCustomField1");
        Assert.Equal("Select", channel.Type);
        Assert.Equal(["Email", "Phone", "SMS"], channel.Options);
        Assert.Contains(fields, f => !f.IsCustom && f.FieldName == "lifecycleStage");
    }

    [Fact]
    public void Options_never_print_the_token_and_validate_their_limits()
    {
        var options = new SalesmateOptions { LinkName = "acme", AccessToken = "s3cret-token" };

        Assert.DoesNotContain("s3cret", options.ToString(), StringComparison.Ordinal);
        Assert.Equal("acme.salesmate.io", options.LinkHeader);
        Assert.Equal(new Uri("https://acme.salesmate.io/"), options.EffectiveBaseUri);
        Assert.Throws<ArgumentException>(() => new SalesmateExtractor(new SalesmateOptions { LinkName = "acme", AccessToken = "t", PageSize = 251 }));
        Assert.Throws<ArgumentException>(() => SalesmateModules.Get("lead"));
    }

    [Fact]
    public void Search_body_filters_on_last_modified_a_minute_early_and_by_activity_type()
    {
        var body = SearchBodyWriter.Write(SalesmateModules.Get("call"), ["id"], new DateTimeOffset(2025, 3, 14, 9, 26, 53, TimeSpan.Zero));

        using var json = JsonDocument.Parse(body);
        var rules = json.RootElement.GetProperty("filterQuery").GetProperty("group").GetProperty("rules");
        Assert.Equal("activity.type", rules[0].GetProperty("field").GetProperty("fieldName").GetString());
        Assert.Equal("Call", rules[0].GetProperty("data").GetString());
        Assert.Equal("IS_AFTER", rules[1].GetProperty("condition").GetString());
        Assert.Equal("Mar 14, 2025 09:25 AM", rules[1].GetProperty("data").GetString());
        Assert.Equal("activity.id", json.RootElement.GetProperty("sort").GetProperty("fieldName").GetString());
        Assert.Equal("activity.id", json.RootElement.GetProperty("displayingFields")[0].GetString());
    }
}
