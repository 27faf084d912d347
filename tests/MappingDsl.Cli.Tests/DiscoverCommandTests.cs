using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using System.Text.Json.Nodes;
using MappingDsl.Emulators.Salesmate;
using MappingDsl.Sources.Discovery;
using MappingDsl.Sources.Salesmate;

namespace MappingDsl.Cli.Tests;

// `mapdsl discover` against a seeded Salesmate emulator on 127.0.0.1; the expected values are read from the
// emulator's dataset or from its API directly, never from the discovery code under test. The access token travels
// in an environment variable, so this class sets it around each command (its tests run one at a time, and no other
// class reads it).
public sealed class DiscoverCommandTests : IAsyncLifetime
{
    private const string Pack = "salesmate";
    private const string AccessKey = "cli-discover-test-key";

    private readonly string _folder = Directory.CreateTempSubdirectory("mapdsl-discover-").FullName;
    private SalesmateEmulator _salesmate = null!;

    private string Source => _salesmate.BaseUri.ToString();

    private string Snapshot => Path.Combine(_folder, "out", "salesmate.discovery.json");

    public async Task InitializeAsync() =>
        _salesmate = await SalesmateEmulator.StartAsync(new SalesmateEmulatorOptions { Records = 40, Seed = 7, AccessKey = AccessKey });

    public async Task DisposeAsync()
    {
        await _salesmate.DisposeAsync();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task Writes_a_snapshot_whose_counts_fields_and_owners_match_the_emulator()
    {
        var (code, output, error) = await RunWithTokenAsync(AccessKey, "discover", Pack, "--source", Source, "--out", Snapshot, "--json");

        Assert.True(code == 0, error + output);
        var snapshot = await DiscoverySnapshotJson.ReadFileAsync(Snapshot, CancellationToken.None);
        Assert.Equal("salesmate", snapshot.Source);
        Assert.Equal(SalesmateModules.All.Select(m => m.Name).Order(StringComparer.Ordinal), snapshot.Objects.Keys);
        Assert.All(SalesmateModules.All, m => Assert.Equal(_salesmate.Dataset.Count(m.Name), snapshot.Objects[m.Name].Count));
        Assert.Equal(
            SalesmateEmulatorCatalog.CustomFields.Select(f => (f.MetadataModule, f.FieldName, f.Type, string.Join('|', f.Options))).Order(),
            snapshot.CustomFields.Select(f => (f.Module, f.Name, f.Type, string.Join('|', f.Options))).Order());
        Assert.Equal(SalesmateEmulatorCatalog.Users.Select(u => (u.Email, u.Active)).OrderBy(u => u.Email, StringComparer.Ordinal),
            snapshot.Owners.Select(o => (o.Email, o.Active)).OrderBy(o => o.Email, StringComparer.Ordinal));
        Assert.Equal(SalesmateEmulatorCatalog.Tags.Count, snapshot.Tags.Distinct);
    }

    [Fact]
    public async Task The_json_output_is_the_snapshot_file_and_the_file_round_trips()
    {
        var (code, output, error) = await RunWithTokenAsync(AccessKey, "discover", Pack, "--source", Source, "--out", Snapshot, "--json");

        Assert.True(code == 0, error);
        var file = await File.ReadAllBytesAsync(Snapshot);
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(output), JsonNode.Parse(file)));
        var read = DiscoverySnapshotJson.Parse(file);
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(file), JsonNode.Parse(DiscoverySnapshotJson.ToUtf8(read))));
        Assert.Equal(["salesmate.discovery.json"], Directory.GetFiles(Path.GetDirectoryName(Snapshot)!).Select(Path.GetFileName));
    }

    [Fact]
    public async Task Picklist_values_in_use_are_the_values_the_emulated_records_carry()
    {
        var (code, _, error) = await RunWithTokenAsync(AccessKey, "discover", Pack, "--source", Source, "--out", Snapshot);

        Assert.True(code == 0, error);
        var snapshot = await DiscoverySnapshotJson.ReadFileAsync(Snapshot, CancellationToken.None);
        var served = await ServedValuesAsync(new()
        {
            ["company"] = ["industry", "currency", "selectCustomField1"],
            ["contact"] = ["lifecycleStage", "type", "selectCustomField1"],
            ["deal"] = ["pipeline", "stage", "status", "priority", "source", "lostReason", "wonReason", "selectCustomField1"],
        });
        Assert.Contains("deal.stage", served.Keys);
        Assert.Contains("contact.selectCustomField1", served.Keys);
        Assert.All(served, field => Assert.Equal(field.Value, snapshot.Values.GetValueOrDefault(field.Key)));
    }

    [Fact]
    public async Task Without_json_it_prints_the_counts_per_object_and_where_the_snapshot_went()
    {
        var (code, output, error) = await RunWithTokenAsync(AccessKey, "discover", Pack, "--source", Source, "--out", Snapshot);

        Assert.True(code == 0, error);
        var lines = output.Split('\n');
        Assert.All(SalesmateModules.All, m => Assert.Contains(lines, l =>
            l.Contains($" {m.Name} ", StringComparison.Ordinal) && l.Contains(_salesmate.Dataset.Count(m.Name).ToString("N0", CultureInfo.InvariantCulture), StringComparison.Ordinal)));
        Assert.Contains($"{SalesmateEmulatorCatalog.CustomFields.Count} custom field(s), {SalesmateEmulatorCatalog.Users.Count} owner(s)", output, StringComparison.Ordinal);
        Assert.Contains(Path.GetFileName(Snapshot), output, StringComparison.Ordinal);
        Assert.True(File.Exists(Snapshot));
    }

    [Fact]
    public async Task A_wrong_access_token_fails_with_exit_4_one_message_and_the_old_snapshot_intact()
    {
        var first = await RunWithTokenAsync(AccessKey, "discover", Pack, "--source", Source, "--out", Snapshot);
        var previous = await File.ReadAllBytesAsync(Snapshot);

        var (code, output, error) = await RunWithTokenAsync("not-the-key", "discover", Pack, "--source", Source, "--out", Snapshot, "--json");

        Assert.Equal(4, code);
        Assert.StartsWith("mapdsl: ", error, StringComparison.Ordinal);
        Assert.Contains("Invalid access token", error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
        Assert.DoesNotContain("not-the-key", output + error, StringComparison.Ordinal);
        Assert.Empty(output);
        Assert.Equal(0, first.Code);
        Assert.Equal(previous, await File.ReadAllBytesAsync(Snapshot));
        Assert.Single(Directory.GetFiles(Path.GetDirectoryName(Snapshot)!));
    }

    [Fact]
    public async Task A_missing_access_token_is_a_usage_error_naming_the_variable()
    {
        var (code, _, error) = await RunWithTokenAsync(null, "discover", Pack, "--source", Source, "--out", Snapshot);

        Assert.Equal(2, code);
        Assert.Contains(SalesmateOptions.AccessTokenVariable, error, StringComparison.Ordinal);
        Assert.False(File.Exists(Snapshot));
    }

    [Fact]
    public async Task An_unreachable_source_fails_with_exit_4_and_writes_nothing()
    {
        var (code, output, error) = await RunWithTokenAsync(AccessKey, "discover", Pack, "--source", $"http://127.0.0.1:{ClosedPort()}", "--out", Snapshot, "--json");

        Assert.Equal(4, code);
        Assert.StartsWith("mapdsl: ", error, StringComparison.Ordinal);
        Assert.Contains("could not be reached", error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
        Assert.Empty(output);
        Assert.False(Directory.Exists(Path.GetDirectoryName(Snapshot)));
    }

    [Fact]
    public async Task An_export_folder_is_refused_because_discovery_reads_the_api()
    {
        var (code, _, error) = await RunWithTokenAsync(AccessKey, "discover", Pack, "--source", "file:" + _folder, "--out", Snapshot);

        Assert.Equal(2, code);
        Assert.Contains("discover reads the live API", error, StringComparison.Ordinal);
        Assert.False(File.Exists(Snapshot));
    }

    [Theory]
    [InlineData("NoSuchPack", "No map pack named 'NoSuchPack'")]
    [InlineData(Pack, "plain http is only for a local emulator")]
    public async Task Bad_arguments_are_usage_errors(string pack, string message)
    {
        var (code, _, error) = await RunWithTokenAsync(AccessKey, "discover", pack, "--source", "http://salesmate.example.com", "--out", Snapshot);

        Assert.Equal(2, code);
        Assert.Contains(message, error, StringComparison.Ordinal);
        Assert.False(File.Exists(Snapshot));
    }

    private static async Task<(int Code, string Out, string Error)> RunWithTokenAsync(string? token, params string[] args)
    {
        var previous = Environment.GetEnvironmentVariable(SalesmateOptions.AccessTokenVariable);
        Environment.SetEnvironmentVariable(SalesmateOptions.AccessTokenVariable, token);
        try
        {
            return await Cli.RunAsync(args);
        }
        finally
        {
            Environment.SetEnvironmentVariable(SalesmateOptions.AccessTokenVariable, previous);
        }
    }

    // Reads every record of the modules one by one through the emulator's API and collects the distinct non-empty
    // values of the named fields, keyed as discovery keys them (module.field).
    private async Task<Dictionary<string, List<string>>> ServedValuesAsync(Dictionary<string, string[]> fields)
    {
        using var http = new HttpClient { BaseAddress = _salesmate.BaseUri };
        http.DefaultRequestHeaders.Add("accessToken", AccessKey);
        http.DefaultRequestHeaders.Add("x-linkname", $"{_salesmate.LinkName}.salesmate.io");
        var values = fields.SelectMany(m => m.Value.Select(f => $"{m.Key}.{f}")).ToDictionary(k => k, _ => new SortedSet<string>(StringComparer.Ordinal));
        foreach (var (module, names) in fields)
        {
            for (var id = 1; id <= _salesmate.Dataset.Count(module); id++)
            {
                using var record = JsonDocument.Parse(await http.GetStringAsync($"apis/{module}/v4/{id}"));
                var data = record.RootElement.GetProperty("Data");
                foreach (var name in names)
                {
                    if (data.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String && value.GetString() is { Length: > 0 } text)
                        values[$"{module}.{name}"].Add(text);
                }
            }
        }
        return values.Where(v => v.Value.Count > 0).ToDictionary(v => v.Key, v => v.Value.ToList());
    }

    private static int ClosedPort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
