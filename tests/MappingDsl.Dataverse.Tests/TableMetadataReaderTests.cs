using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using MappingDsl.Dataverse.Auth;
using MappingDsl.Dataverse.Metadata;
using MappingDsl.Emulators.Dataverse;

namespace MappingDsl.Dataverse.Tests;

public sealed class TableMetadataReaderTests : IAsyncLifetime
{
    private readonly RecordingHandler _recorder = new();
    private DataverseEmulator _emulator = null!;
    private HttpClient _http = null!;
    private DataverseClient _client = null!;

    public async Task InitializeAsync()
    {
        _emulator = await DataverseEmulator.StartAsync(new DataverseEmulatorOptions());
        _http = new HttpClient(_recorder);
        _client = new DataverseClient(_http, new DataverseClientOptions { Organization = _emulator.BaseUri, RetryBaseDelay = TimeSpan.FromMilliseconds(5) }, new StaticTokenProvider("reader"));
    }

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await _emulator.DisposeAsync();
    }

    [Fact]
    public async Task Choice_options_are_merged_from_one_cast_request_per_choice_type()
    {
        var account = await new TableMetadataReader(_client).ReadAsync("account");

        Assert.NotNull(account);
        Assert.Equal([1, 2], OptionValues(Attribute(account, "accountcategorycode")));
        Assert.Equal([0, 1], OptionValues(Attribute(account, "statecode")));
        Assert.Equal([1, 2], OptionValues(Attribute(account, "statuscode")));
        Assert.Equal(1, (int)Attribute(account, "donotemail")["OptionSet"]!["TrueOption"]!["Value"]!);
        Assert.Null(Attribute(account, "name")["OptionSet"]);
        var picklists = Attributes(account).Where(a => (string?)a["AttributeType"] == "Picklist").ToList();
        Assert.True(picklists.Count > 1);
        Assert.All(picklists, p => Assert.NotEmpty(OptionValues(p)));
        Assert.Equal(
            [
                "EntityDefinitions(LogicalName='account')?$expand=Attributes",
                "EntityDefinitions(LogicalName='account')/Attributes/Microsoft.Dynamics.CRM.PicklistAttributeMetadata?$select=LogicalName&$expand=OptionSet,GlobalOptionSet",
                "EntityDefinitions(LogicalName='account')/Attributes/Microsoft.Dynamics.CRM.StateAttributeMetadata?$select=LogicalName&$expand=OptionSet,GlobalOptionSet",
                "EntityDefinitions(LogicalName='account')/Attributes/Microsoft.Dynamics.CRM.StatusAttributeMetadata?$select=LogicalName&$expand=OptionSet,GlobalOptionSet",
                "EntityDefinitions(LogicalName='account')/Attributes/Microsoft.Dynamics.CRM.BooleanAttributeMetadata?$select=LogicalName&$expand=OptionSet",
            ],
            _recorder.Paths);
    }

    [Fact]
    public async Task A_custom_multi_select_column_bound_to_a_global_choice_gets_both_option_sets()
    {
        await _client.PostJsonAsync("GlobalOptionSetDefinitions", Harness.Json(
            """{"@odata.type":"Microsoft.Dynamics.CRM.OptionSetMetadata","Name":"new_tags","OptionSetType":"Picklist","Options":[{"Value":5,"Label":{"LocalizedLabels":[{"Label":"A","LanguageCode":1033}]}}]}"""));
        await _client.PostJsonAsync("EntityDefinitions(LogicalName='contact')/Attributes", Harness.Json(
            """{"@odata.type":"Microsoft.Dynamics.CRM.MultiSelectPicklistAttributeMetadata","SchemaName":"new_Tags","GlobalOptionSet@odata.bind":"/GlobalOptionSetDefinitions(Name='new_tags')"}"""));

        var contact = await new TableMetadataReader(_client).ReadAsync("contact");

        var tags = Attribute(contact!, "new_tags");
        Assert.Equal("Virtual", (string?)tags["AttributeType"]);
        Assert.Equal([5], OptionValues(tags));
        Assert.Equal("new_tags", (string?)tags["GlobalOptionSet"]!["Name"]);
    }

    [Fact]
    public async Task Relationships_and_keys_come_only_when_asked_for()
    {
        var reader = new TableMetadataReader(_client);

        var plain = await reader.ReadAsync("contact");
        var full = await reader.ReadAsync("contact", TableMetadataParts.ManyToOneRelationships | TableMetadataParts.Keys, ["LogicalName", "PrimaryIdAttribute"]);

        Assert.Null(plain!["ManyToOneRelationships"]);
        Assert.Null(plain["Keys"]);
        Assert.NotNull(plain["EntitySetName"]);
        Assert.NotEmpty(full!["ManyToOneRelationships"]!.AsArray());
        Assert.NotNull(full["Keys"]);
        Assert.Null(full["EntitySetName"]);
        Assert.Equal("contactid", (string?)full["PrimaryIdAttribute"]);
        Assert.NotEmpty(OptionValues(Attribute(full, "statecode")));
    }

    [Fact]
    public async Task A_missing_table_is_null_and_a_malformed_name_is_refused_before_any_request()
    {
        var reader = new TableMetadataReader(_client);

        Assert.Null(await reader.ReadAsync("nosuchtable"));
        var error = await Assert.ThrowsAsync<ArgumentException>(() => reader.ReadAsync("account')/x?$y=('"));
        Assert.Contains("not a table logical name", error.Message, StringComparison.Ordinal);
        Assert.Equal(["EntityDefinitions(LogicalName='nosuchtable')?$expand=Attributes"], _recorder.Paths);
    }

    private static IEnumerable<JsonObject> Attributes(JsonObject table) => table["Attributes"]!.AsArray().OfType<JsonObject>();

    private static JsonObject Attribute(JsonObject table, string logicalName) =>
        Attributes(table).Single(a => (string?)a["LogicalName"] == logicalName);

    private static List<int> OptionValues(JsonObject attribute) =>
        attribute["OptionSet"]?["Options"] is JsonArray options ? [.. options.Select(o => (int)o!["Value"]!)] : [];

    // Records the metadata GETs the reader sends, relative to the service root.
    private sealed class RecordingHandler() : DelegatingHandler(new HttpClientHandler())
    {
        private readonly ConcurrentQueue<string> _paths = new();

        public IReadOnlyList<string> Paths => [.. _paths];

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var uri = request.RequestUri!;
            if (request.Method == HttpMethod.Get)
            {
                var path = Uri.UnescapeDataString(uri.PathAndQuery);
                _paths.Enqueue(path[(path.IndexOf("/v9.2/", StringComparison.Ordinal) + "/v9.2/".Length)..]);
            }
            return base.SendAsync(request, cancellationToken);
        }
    }
}
