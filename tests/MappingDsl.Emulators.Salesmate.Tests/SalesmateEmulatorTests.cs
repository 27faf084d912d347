using System.Text.Json;

namespace MappingDsl.Emulators.Salesmate.Tests;

public class SalesmateEmulatorTests
{
    [Fact]
    public async Task Binds_to_loopback_only()
    {
        await using var emulator = await SalesmateEmulator.StartAsync(new SalesmateEmulatorOptions { Records = 5 });

        Assert.Equal("127.0.0.1", emulator.BaseUri.Host);
        Assert.NotEqual(0, emulator.BaseUri.Port);
        Assert.False(string.IsNullOrEmpty(emulator.AccessKey));
    }

    [Fact]
    public async Task Search_pages_carry_the_v4_envelope_with_totals()
    {
        await using var emulator = await SalesmateEmulator.StartAsync(new SalesmateEmulatorOptions { Records = 120 });
        using var client = new EmulatorClient(emulator);

        var (status, body, _) = await client.SearchAsync("contact", 50, 100);

        Assert.Equal(200, status);
        var root = body.RootElement;
        Assert.Equal("success", root.GetProperty("Status").GetString());
        var data = root.GetProperty("Data");
        Assert.Equal(120, data.GetProperty("totalRows").GetInt32());
        Assert.Equal(3, data.GetProperty("totalPages").GetInt32());
        var rows = data.GetProperty("data").EnumerateArray().ToList();
        Assert.Equal(20, rows.Count);
        Assert.Equal(101, rows[0].GetProperty("id").GetInt32());
        Assert.Equal(120, rows[^1].GetProperty("id").GetInt32());
    }

    [Fact]
    public async Task Rows_above_250_are_refused_like_the_real_api()
    {
        await using var emulator = await SalesmateEmulator.StartAsync(new SalesmateEmulatorOptions { Records = 5 });
        using var client = new EmulatorClient(emulator);

        var (status, body, _) = await client.SearchAsync("contact", 251, 0);

        Assert.Equal(400, status);
        Assert.Equal("failure", body.RootElement.GetProperty("Status").GetString());
    }

    [Fact]
    public async Task Wrong_link_and_wrong_token_get_the_documented_errors()
    {
        await using var emulator = await SalesmateEmulator.StartAsync(new SalesmateEmulatorOptions { Records = 5 });
        using var client = new EmulatorClient(emulator);

        var (linkStatus, linkBody, _) = await client.SendAsync(HttpMethod.Get, "apis/core/v4/users", link: "other.salesmate.io");
        var (tokenStatus, tokenBody, _) = await client.SendAsync(HttpMethod.Get, "apis/core/v4/users", token: "nope");

        Assert.Equal(404, linkStatus);
        Assert.Equal("NoSuchLinkExist", linkBody.RootElement.GetProperty("Error").GetProperty("name").GetString());
        Assert.Equal(403, tokenStatus);
        Assert.Equal("AuthorizationFailed", tokenBody.RootElement.GetProperty("Error").GetProperty("name").GetString());
    }

    [Fact]
    public async Task Documented_casing_spells_error_keys_with_capitals()
    {
        await using var emulator = await SalesmateEmulator.StartAsync(new SalesmateEmulatorOptions { Records = 5, ErrorCasing = ErrorCasing.Documented });
        using var client = new EmulatorClient(emulator);

        var (_, body, _) = await client.SendAsync(HttpMethod.Get, "apis/core/v4/users", token: "nope");

        var error = body.RootElement.GetProperty("Error");
        Assert.Equal("AuthorizationFailed", error.GetProperty("Name").GetString());
        Assert.Equal(403, error.GetProperty("Code").GetInt32());
        Assert.True(error.TryGetProperty("Message", out _));
    }

    [Fact]
    public async Task Same_seed_gives_identical_data_and_another_seed_does_not()
    {
        await using var a = await SalesmateEmulator.StartAsync(new SalesmateEmulatorOptions { Records = 50, Seed = 9 });
        await using var b = await SalesmateEmulator.StartAsync(new SalesmateEmulatorOptions { Records = 50, Seed = 9 });
        await using var c = await SalesmateEmulator.StartAsync(new SalesmateEmulatorOptions { Records = 50, Seed = 10 });
        using var ca = new EmulatorClient(a);
        using var cb = new EmulatorClient(b);
        using var cc = new EmulatorClient(c);

        var pageA = await ca.RawSearchAsync("deal", 25, 0);

        Assert.Equal(pageA, await cb.RawSearchAsync("deal", 25, 0));
        Assert.NotEqual(pageA, await cc.RawSearchAsync("deal", 25, 0));
    }

    [Fact]
    public async Task A_hundred_thousand_records_are_served_without_being_built_up_front()
    {
        await using var emulator = await SalesmateEmulator.StartAsync(new SalesmateEmulatorOptions { Records = 100_000 });
        using var client = new EmulatorClient(emulator);

        var (_, body, _) = await client.SearchAsync("contact", 250, 99_900);

        var data = body.RootElement.GetProperty("Data");
        Assert.Equal(100_000, data.GetProperty("totalRows").GetInt32());
        var rows = data.GetProperty("data").EnumerateArray().ToList();
        Assert.Equal(100, rows.Count);
        Assert.Equal(100_000, rows[^1].GetProperty("id").GetInt32());
    }

    [Fact]
    public async Task Activity_search_filters_by_type()
    {
        await using var emulator = await SalesmateEmulator.StartAsync(new SalesmateEmulatorOptions { Records = 30 });
        using var client = new EmulatorClient(emulator);
        const string body = """{"filterQuery":{"group":{"operator":"AND","rules":[{"moduleName":"Activity","field":{"fieldName":"activity.type"},"condition":"EQUALS","data":"Meeting"}]}}}""";

        var (_, page, _) = await client.SearchAsync("activity", 250, 0, body);

        var rows = page.RootElement.GetProperty("Data").GetProperty("data").EnumerateArray().ToList();
        Assert.Equal(emulator.Dataset.Count("meeting"), rows.Count);
        Assert.All(rows, r => Assert.Equal("Meeting", r.GetProperty("type").GetString()));
        Assert.All(rows, r => Assert.True(r.GetProperty("attendees").GetArrayLength() >= 1));
    }

    [Fact]
    public async Task Touch_moves_last_modified_and_the_is_after_filter_finds_exactly_those()
    {
        await using var emulator = await SalesmateEmulator.StartAsync(new SalesmateEmulatorOptions { Records = 500 });
        using var client = new EmulatorClient(emulator);
        var at = new DateTimeOffset(2031, 5, 6, 7, 8, 0, TimeSpan.Zero);

        var touched = emulator.Dataset.Touch("contact", 0.2, at);
        var body = """{"filterQuery":{"group":{"operator":"AND","rules":[{"moduleName":"Contact","field":{"fieldName":"contact.lastModifiedAt"},"condition":"IS_AFTER","data":"May 06, 2031 07:07 AM"}]}}}""";
        var (_, page, _) = await client.SearchAsync("contact", 250, 0, body);

        var data = page.RootElement.GetProperty("Data");
        Assert.Equal(touched, data.GetProperty("totalRows").GetInt32());
        Assert.All(data.GetProperty("data").EnumerateArray(), r => Assert.Equal("2031-05-06T07:08:00.000Z", r.GetProperty("lastModifiedAt").GetString()));
        Assert.InRange(touched, 60, 140);
    }

    [Fact]
    public async Task Throttling_answers_429_once_the_window_is_spent()
    {
        await using var emulator = await SalesmateEmulator.StartAsync(new SalesmateEmulatorOptions
        {
            Records = 5,
            ThrottleLimit = 2,
            ThrottleWindow = TimeSpan.FromMinutes(1),
            SendRetryAfter = true,
        });
        using var client = new EmulatorClient(emulator);

        var statuses = new List<int>();
        HttpResponseMessage? last = null;
        for (var i = 0; i < 4; i++)
        {
            var (status, _, response) = await client.SendAsync(HttpMethod.Get, "apis/v1/tags?rows=5&from=0");
            statuses.Add(status);
            last = response;
        }

        Assert.Equal([200, 200, 429, 429], statuses);
        Assert.NotNull(last!.Headers.RetryAfter?.Delta);
        Assert.Equal(2, emulator.Stats.Throttled);
    }

    [Fact]
    public async Task Failure_envelopes_arrive_with_http_200_at_the_configured_share()
    {
        await using var emulator = await SalesmateEmulator.StartAsync(new SalesmateEmulatorOptions { Records = 5, FailureEnvelopeShare = 0.5 });
        using var client = new EmulatorClient(emulator);

        var failures = 0;
        for (var i = 0; i < 40; i++)
        {
            var (status, body, _) = await client.SendAsync(HttpMethod.Get, "apis/v3/apps/dealPipeline");
            Assert.Equal(200, status);
            failures += body.RootElement.GetProperty("Status").GetString() == "failure" ? 1 : 0;
        }

        Assert.Equal(emulator.Stats.FailureEnvelopes, failures);
        Assert.InRange(failures, 8, 32);
    }

    [Fact]
    public async Task Faults_follow_the_dataset_decisions()
    {
        await using var emulator = await SalesmateEmulator.StartAsync(new SalesmateEmulatorOptions
        {
            Records = 400,
            MalformedShare = 0.05,
            UnknownStageShare = 0.1,
            MissingOwnerShare = 0.1,
        });
        using var client = new EmulatorClient(emulator);
        var raw = await client.RawSearchAsync("deal", 200, 0);

        var brokenRows = Enumerable.Range(0, 200).Count(i => emulator.Dataset.IsMalformed("deal", i) && i % 2 == 0);
        Assert.True(brokenRows > 0);
        Assert.Equal(brokenRows, CountOccurrences(raw, "\"name\":broken value"));
        var knownStages = SalesmateEmulatorCatalog.Pipelines.SelectMany(p => p.Stages).Select(s => s.Name).ToHashSet();
        var unknown = Enumerable.Range(0, 200).Count(i => emulator.Dataset.HasUnknownStage(i) && !emulator.Dataset.IsMalformed("deal", i));
        Assert.True(unknown > 0);
        Assert.Equal(unknown, SalesmateEmulatorCatalog.UnknownStages.Sum(s => CountOccurrences(raw, $"\"stage\":\"{s}\"")));
        Assert.Equal(
            Enumerable.Range(0, 200).Count(i => emulator.Dataset.HasMissingOwner("deal", i) && !emulator.Dataset.IsMalformed("deal", i)),
            CountOccurrences(raw, "\"owner\":null"));
        Assert.DoesNotContain(knownStages, s => s.StartsWith("Legacy", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Owners_include_users_without_a_dynamics_account_and_inactive_users()
    {
        await using var emulator = await SalesmateEmulator.StartAsync(new SalesmateEmulatorOptions { Records = 300 });
        using var client = new EmulatorClient(emulator);

        var raw = await client.RawSearchAsync("contact", 250, 0);
        var (_, inactive, _) = await client.SendAsync(HttpMethod.Get, "apis/core/v4/users?status=inactive");

        Assert.NotEmpty(SalesmateEmulatorCatalog.OwnersWithoutDynamicsUser);
        Assert.Contains(SalesmateEmulatorCatalog.OwnersWithoutDynamicsUser, email => raw.Contains(email, StringComparison.Ordinal));
        var inactiveEmails = inactive.RootElement.GetProperty("Data").EnumerateArray().Select(u => u.GetProperty("email").GetString()).ToList();
        Assert.Equal(SalesmateEmulatorCatalog.Users.Where(u => !u.Active).Select(u => u.Email), inactiveEmails);
    }

    [Fact]
    public async Task Contacts_span_every_lifecycle_stage_and_custom_fields_of_every_type()
    {
        await using var emulator = await SalesmateEmulator.StartAsync(new SalesmateEmulatorOptions { Records = 250 });
        using var client = new EmulatorClient(emulator);

        var (_, page, _) = await client.SearchAsync("contact", 250, 0);

        var rows = page.RootElement.GetProperty("Data").GetProperty("data").EnumerateArray().ToList();
        Assert.Equal(SalesmateEmulatorCatalog.LifecycleStages.Order(), rows.Select(r => r.GetProperty("lifecycleStage").GetString()!).Distinct().Order());
        foreach (var field in SalesmateEmulatorCatalog.CustomFields.Where(f => f.MetadataModule == "contact"))
        {
            var kinds = rows.Select(r => r.GetProperty(field.FieldName).ValueKind).Where(k => k != JsonValueKind.Null).Distinct().ToList();
            Assert.NotEmpty(kinds);
            Assert.All(kinds, k => Assert.True(Fits(field.Type, k), field.FieldName));
        }
    }

    [Fact]
    public async Task Pipelines_fields_get_one_and_unknown_routes_behave()
    {
        await using var emulator = await SalesmateEmulator.StartAsync(new SalesmateEmulatorOptions { Records = 20 });
        using var client = new EmulatorClient(emulator);

        var (_, pipelines, _) = await client.SendAsync(HttpMethod.Get, "apis/v3/apps/dealPipeline");
        var (_, fields, _) = await client.SendAsync(HttpMethod.Get, "apis/v3/fields/getAllVisibleFields");
        var (oneStatus, one, _) = await client.SendAsync(HttpMethod.Get, "apis/deal/v4/7");
        var (missingStatus, missing, _) = await client.SendAsync(HttpMethod.Get, "apis/deal/v4/99999");
        var (moduleStatus, _, _) = await client.SearchAsync("lead", 10, 0);

        var sales = pipelines.RootElement.GetProperty("Data")[0];
        Assert.Equal("Sales", sales.GetProperty("pipeline").GetString());
        Assert.Equal(10, sales.GetProperty("stages")[0].GetProperty("probability").GetInt32());
        var options = fields.RootElement.GetProperty("Data").GetProperty("deal").EnumerateArray()
            .Single(f => f.GetProperty("fieldName").GetString() == "selectCustomField1").GetProperty("fieldOptions").GetString()!;
        Assert.Equal(["None", "Acme", "Globex", "Initech"], JsonDocument.Parse(options).RootElement.GetProperty("values").EnumerateArray().Select(v => v.GetString()));
        Assert.Equal(200, oneStatus);
        Assert.Equal(7, one.RootElement.GetProperty("Data").GetProperty("id").GetInt32());
        Assert.Equal(404, missingStatus);
        Assert.Equal("ObjectNotFound", missing.RootElement.GetProperty("Error").GetProperty("name").GetString());
        Assert.Equal(404, moduleStatus);
    }

    [Fact]
    public async Task The_field_count_matches_the_custom_fields_served_as_metadata()
    {
        await using var emulator = await SalesmateEmulator.StartAsync(new SalesmateEmulatorOptions { Records = 5 });
        using var client = new EmulatorClient(emulator);

        var (status, fields, _) = await client.SendAsync(HttpMethod.Get, "apis/v3/fields/getAllVisibleFields");

        Assert.Equal(200, status);
        var custom = fields.RootElement.GetProperty("Data").EnumerateObject()
            .SelectMany(m => m.Value.EnumerateArray())
            .Count(f => f.GetProperty("isCustom").GetBoolean());
        Assert.Equal(custom, emulator.Dataset.Count("field"));
    }

    [Fact]
    public async Task Bad_options_are_refused_with_the_field_named()
    {
        var error = await Assert.ThrowsAsync<ArgumentException>(() => SalesmateEmulator.StartAsync(new SalesmateEmulatorOptions { MalformedShare = 2 }));

        Assert.Contains(nameof(SalesmateEmulatorOptions.MalformedShare), error.Message, StringComparison.Ordinal);
    }

    private static bool Fits(string type, JsonValueKind kind) => type switch
    {
        "Integer" or "Decimal" or "Currency" => kind == JsonValueKind.Number,
        "Boolean" => kind is JsonValueKind.True or JsonValueKind.False,
        _ => kind == JsonValueKind.String,
    };

    private static int CountOccurrences(string text, string value)
    {
        var count = 0;
        for (var i = text.IndexOf(value, StringComparison.Ordinal); i >= 0; i = text.IndexOf(value, i + value.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}
