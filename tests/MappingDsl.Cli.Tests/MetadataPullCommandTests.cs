using System.Text.Json;
using System.Text.Json.Nodes;
using MappingDsl.Catalog;
using MappingDsl.Cli.Hosting;
using MappingDsl.Emulators.Dataverse;

namespace MappingDsl.Cli.Tests;

// `mapdsl metadata pull` against a Dataverse emulator that outlives each command, compared with what that emulator
// serves to a plain HTTP client.
public sealed class MetadataPullCommandTests : IAsyncLifetime
{
    private const string Pack = "salesmate";

    private readonly string _folder = Directory.CreateTempSubdirectory("mapdsl-metadata-").FullName;
    private readonly HttpClient _http = new() { DefaultRequestHeaders = { Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", "test") } };
    private DataverseEmulator _org = null!;

    private string Target => _org.BaseUri.ToString();

    private string Out => Path.Combine(_folder, "metadata");

    public async Task InitializeAsync() => _org = await DataverseEmulator.StartAsync(TargetEndpoint.EmulatorOptions());

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await _org.DisposeAsync();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task Pulls_the_standard_tables_and_the_packs_targets_exactly_as_the_org_serves_them()
    {
        var provision = await Cli.RunAsync("provision", Pack, "--target", Target);
        var (code, output, error) = await Cli.RunAsync("metadata", "pull", "--target", Target, "--out", Out, "--json");

        Assert.True(provision.Code == 0, provision.Error + provision.Out);
        Assert.True(code == 0, error + output);
        using var report = JsonDocument.Parse(output);
        Assert.Equal(Path.GetFullPath(Out), report.RootElement.GetProperty("folder").GetString());
        var written = report.RootElement.GetProperty("written").EnumerateArray().Select(f => f.GetString()!).ToList();
        Assert.Equal(Directory.GetFiles(Out).Order(StringComparer.Ordinal), written.Order(StringComparer.Ordinal));
        var tables = written.Select(f => Path.GetFileNameWithoutExtension(f)).ToHashSet(StringComparer.Ordinal);
        Assert.Contains("account", tables);
        Assert.Contains("systemuser", tables);
        foreach (var table in tables)
        {
            var served = (await ServedAsync(table))!;
            var pulled = Pulled(table);
            var differing = Attributes(served).Where(a => !JsonNode.DeepEquals(a, Attribute(pulled, (string)a["LogicalName"]!))).Select(a => a.ToJsonString() + " / " + Attribute(pulled, (string)a["LogicalName"]!)?.ToJsonString()).FirstOrDefault();
            Assert.True(JsonNode.DeepEquals(served, pulled), $"{table}.json differs from what the org serves; first differing column: {differing}");
        }
        foreach (var missing in report.RootElement.GetProperty("missing").EnumerateArray().Select(t => t.GetString()!))
            Assert.Null(await ServedAsync(missing));
    }

    [Fact]
    public async Task Provisioned_tables_columns_and_choices_appear_in_the_pulled_files()
    {
        var manifest = PackManifest();
        await Cli.RunAsync("provision", Pack, "--target", Target);

        var (code, _, error) = await Cli.RunAsync("metadata", "pull", "--target", Target, "--out", Out);

        Assert.True(code == 0, error);
        Assert.NotEmpty(manifest.Tables);
        Assert.All(manifest.Tables, t => Assert.True(File.Exists(Path.Combine(Out, t.LogicalName + ".json")), t.LogicalName));
        foreach (var column in manifest.Columns)
        {
            var attribute = Attribute(Pulled(column.Table), column.LogicalName);
            Assert.True(attribute is not null, $"{column.Table}.{column.LogicalName} is not in the pulled file");
            var expected = column.Options.Count > 0 ? column.Options : manifest.Choices.SingleOrDefault(c => c.Name == column.GlobalChoice)?.Options ?? [];
            Assert.Equal(expected.Select(o => o.Value), OptionValues(attribute));
        }
        Assert.Contains(manifest.Columns, c => c.LogicalName.StartsWith("sm_", StringComparison.Ordinal) && c.Options.Count + c.GlobalChoice.Length > 0);
        Assert.Contains(manifest.Columns, c => OptionValues(Attribute(Pulled(c.Table), c.LogicalName)).Count > 0);
        foreach (var column in manifest.Columns.Where(c => c.GlobalChoice.Length > 0))
            Assert.Equal(column.GlobalChoice, (string?)Attribute(Pulled(column.Table), column.LogicalName)!["GlobalOptionSet"]?["Name"]);
        foreach (var table in manifest.Columns.Where(c => c.Type == ColumnType.Lookup).Select(c => c.Table).Distinct())
            Assert.NotNull(Pulled(table)["ManyToOneRelationships"]);
    }

    [Fact]
    public async Task Required_levels_and_choice_options_match_the_org()
    {
        var (code, _, error) = await Cli.RunAsync("metadata", "pull", "--target", Target, "--out", Out, "--table", "account", "--table", "contact");

        Assert.True(code == 0, error);
        foreach (var table in new[] { "account", "contact" })
        {
            var served = (await ServedAsync(table))!;
            var pulled = Pulled(table);
            Assert.Equal(RequiredLevels(served), RequiredLevels(pulled));
            var choices = Attributes(served).Where(a => a["OptionSet"] is JsonObject).Select(a => (string)a["LogicalName"]!).ToList();
            Assert.NotEmpty(choices);
            Assert.All(choices, c => Assert.Equal(OptionValues(Attribute(served, c)), OptionValues(Attribute(pulled, c))));
        }
        Assert.Contains(RequiredLevels(Pulled("account")), r => r.Level is "ApplicationRequired" or "SystemRequired");
        Assert.Equal([1, 2], OptionValues(Attribute(Pulled("account"), "accountcategorycode")));
        Assert.Equal([0, 1], OptionValues(Attribute(Pulled("account"), "statecode")));
        Assert.Contains(Pulled("contact")["ManyToOneRelationships"]!.AsArray(), r => (string?)r!["ReferencingAttribute"] == "parentcustomerid");
    }

    [Fact]
    public async Task The_owner_navigation_property_the_org_reports_is_kept_in_the_pulled_file()
    {
        var (code, _, error) = await Cli.RunAsync("metadata", "pull", "--target", Target, "--out", Out, "--table", "task", "--table", "account");

        Assert.True(code == 0, error);
        string? OwnerNavigation(string table) => (string?)Pulled(table)["ManyToOneRelationships"]!.AsArray()
            .Single(r => (string?)r!["ReferencingAttribute"] == "ownerid")!["ReferencingEntityNavigationPropertyName"];
        Assert.Equal("ownerid_task", OwnerNavigation("task"));
        Assert.Equal("ownerid", OwnerNavigation("account"));
        // Only what an org sends: the snapshot's "_" notes are not in the pulled file.
        Assert.DoesNotContain("_NavigationPropertyByTarget", File.ReadAllText(Path.Combine(Out, "task.json")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Only_the_named_tables_are_written_and_unknown_ones_are_reported()
    {
        var json = await Cli.RunAsync("metadata", "pull", "--target", Target, "--out", Out, "--table", "account", "--table", "nosuchtable", "--json");
        var text = await Cli.RunAsync("metadata", "pull", "--target", Target, "--out", Out, "--table", "contact", "--table", "nosuchtable");

        Assert.Equal(0, json.Code);
        using (var report = JsonDocument.Parse(json.Out))
        {
            Assert.Equal([Path.Combine(Path.GetFullPath(Out), "account.json")], report.RootElement.GetProperty("written").EnumerateArray().Select(f => f.GetString()));
            Assert.Equal(["nosuchtable"], report.RootElement.GetProperty("missing").EnumerateArray().Select(t => t.GetString()));
        }
        Assert.Equal(0, text.Code);
        Assert.Contains("1 table(s) written to " + Path.GetFullPath(Out), text.Out, StringComparison.Ordinal);
        Assert.Contains("not in the org: nosuchtable", text.Out, StringComparison.Ordinal);
        Assert.Equal(["account.json", "contact.json"], Directory.GetFiles(Out).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task An_emulator_started_from_the_pulled_folder_serves_the_same_tables()
    {
        await Cli.RunAsync("provision", Pack, "--target", Target);
        await Cli.RunAsync("metadata", "pull", "--target", Target, "--out", Out);

        await using var copy = await DataverseEmulator.StartAsync(new DataverseEmulatorOptions { MetadataDirectory = Out });

        foreach (var table in Directory.GetFiles(Out).Select(f => Path.GetFileNameWithoutExtension(f)))
        {
            var original = Attributes((await ServedAsync(table))!).Select(a => (string)a["LogicalName"]!);
            var reloaded = Attributes((await ServedAsync(table, copy))!).Select(a => (string)a["LogicalName"]!);
            Assert.Equal(original.Order(StringComparer.Ordinal), reloaded.Order(StringComparer.Ordinal));
        }
    }

    [Theory]
    [InlineData("ftp://org", "is not file:<dir>")]
    [InlineData("http://org.example.com", "plain http is only for a local emulator")]
    [InlineData("https://admin:hunter2@org.crm.dynamics.com", "credentials never go in an address")]
    [InlineData("https://contoso.crm.dynamics.com", "MAPDSL_DATAVERSE_CLIENT_SECRET")]
    public async Task A_bad_target_is_a_usage_error_and_writes_nothing(string target, string message)
    {
        Assert.Null(Environment.GetEnvironmentVariable(TargetEndpoint.ClientSecretVariable));
        Assert.Null(Environment.GetEnvironmentVariable(TargetEndpoint.TokenVariable));

        var (code, output, error) = await Cli.RunAsync("metadata", "pull", "--target", target, "--out", Out, "--json");

        Assert.Equal(2, code);
        Assert.StartsWith("mapdsl: ", error, StringComparison.Ordinal);
        Assert.Contains(message, error, StringComparison.Ordinal);
        Assert.DoesNotContain("hunter2", output + error, StringComparison.Ordinal);
        Assert.Empty(output);
        Assert.False(Directory.Exists(Out));
    }

    [Fact]
    public async Task A_missing_out_option_is_a_usage_error()
    {
        var (code, _, error) = await Cli.RunAsync("metadata", "pull", "--target", Target);

        Assert.Equal(2, code);
        Assert.Contains("--out", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_target_that_fails_part_way_exits_4_and_leaves_the_folder_as_it_was()
    {
        await using var org = await FailingOrg.StartAsync(servedTable: "account");
        Directory.CreateDirectory(Out);
        var previous = Path.Combine(Out, "account.json");
        await File.WriteAllTextAsync(previous, """{"LogicalName":"account","Attributes":[]}""");

        var (code, output, error) = await Cli.RunAsync("metadata", "pull", "--target", org.BaseUri.ToString(), "--out", Out,
            "--table", "account", "--table", "contact", "--json");

        Assert.Equal(ExitCodes.Failed, code);
        Assert.StartsWith("mapdsl: ", error, StringComparison.Ordinal);
        Assert.Contains(FailingOrg.Message, error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
        Assert.Empty(output);
        Assert.Equal(["account.json"], Directory.GetFiles(Out).Select(Path.GetFileName));
        Assert.Equal("""{"LogicalName":"account","Attributes":[]}""", await File.ReadAllTextAsync(previous));
        Assert.Equal(2, org.Requests);
    }

    private ProvisioningManifest PackManifest()
    {
        PackLoader.LoadAll();
        return MapPackRegistry.Get(Pack).Manifest;
    }

    private JsonObject Pulled(string table) => (JsonObject)JsonNode.Parse(File.ReadAllText(Path.Combine(Out, table + ".json")))!;

    // What the org serves for a table, read another way than the command does: the table with its relationships, then
    // each choice column's options through its own single-attribute cast.
    private async Task<JsonObject?> ServedAsync(string table, DataverseEmulator? org = null)
    {
        var definition = await GetAsync($"EntityDefinitions(LogicalName='{table}')?$expand=Attributes,ManyToOneRelationships", org);
        if (definition is null)
            return null;
        foreach (var attribute in Attributes(definition))
        {
            var type = ((string?)attribute["@odata.type"] ?? "").TrimStart('#').Replace("Microsoft.Dynamics.CRM.", "", StringComparison.Ordinal);
            if (type is not ("PicklistAttributeMetadata" or "MultiSelectPicklistAttributeMetadata" or "StateAttributeMetadata" or "StatusAttributeMetadata" or "BooleanAttributeMetadata"))
                continue;
            var expand = type == "BooleanAttributeMetadata" ? "OptionSet" : "OptionSet,GlobalOptionSet";
            var cast = (await GetAsync($"EntityDefinitions(LogicalName='{table}')/Attributes(LogicalName='{attribute["LogicalName"]}')/Microsoft.Dynamics.CRM.{type}?$select=LogicalName&$expand={expand}", org))!;
            foreach (var property in new[] { "OptionSet", "GlobalOptionSet" })
            {
                if (cast[property] is JsonObject options)
                    attribute[property] = options.DeepClone();
            }
        }
        return definition;
    }

    private async Task<JsonObject?> GetAsync(string url, DataverseEmulator? org)
    {
        using var response = await _http.GetAsync(new Uri((org ?? _org).ServiceRoot, url));
        if (response.StatusCode == System.Net.HttpStatusCode.NotFound)
            return null;
        response.EnsureSuccessStatusCode();
        return (JsonObject)JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
    }

    private static IEnumerable<JsonObject> Attributes(JsonObject table) => table["Attributes"]!.AsArray().OfType<JsonObject>();

    private static JsonObject? Attribute(JsonObject table, string logicalName) =>
        Attributes(table).SingleOrDefault(a => (string?)a["LogicalName"] == logicalName);

    private static List<int> OptionValues(JsonObject? attribute) =>
        attribute?["OptionSet"]?["Options"] is JsonArray options ? [.. options.Select(o => (int)o!["Value"]!)] : [];

    private static List<(string Column, string? Level)> RequiredLevels(JsonObject table) =>
        [.. Attributes(table).Select(a => ((string)a["LogicalName"]!, (string?)a["RequiredLevel"]?["Value"])).OrderBy(r => r.Item1, StringComparer.Ordinal)];
}
