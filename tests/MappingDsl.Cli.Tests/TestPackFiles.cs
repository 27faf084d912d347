using System.Text.Json;
using MappingDsl.Catalog;

namespace MappingDsl.Cli.Tests;

[CollectionDefinition(nameof(TestPackCollection))]
public sealed class TestPackCollection;

// A small hand-built pack registered like a generated one (Company → account, Contact → contact with a lookup), with
// a real provisioning manifest so `--target emulator` provisions the source-id keys.
internal static class TestPackFiles
{
    public const string Name = "CliTest";

    private static readonly TableInfo Account = new("account", "accounts", "accountid");
    private static readonly TableInfo Contact = new("contact", "contacts", "contactid");
    private static readonly JsonEncodedText SourceId = JsonEncodedText.Encode("sm_sourceid");
    private static readonly LookupColumn AccountOwner = new("ownerid", new LookupTarget("systemuser", "ownerid"), new LookupTarget("team", "ownerid"));
    private static readonly LookupColumn Customer = new("parentcustomerid", new LookupTarget("account", "parentcustomerid_account"));

    public static void Register() => MapPackRegistry.Register(Name, () => Catalog);

    public static string WriteSource(string folder, bool withBadRecord, string owner = "ava.patel@salesmate-emulator.test")
    {
        var source = Path.Combine(folder, "export");
        Directory.CreateDirectory(source);
        var companies = new List<string>
        {
            $$"""{"id":"c1","name":"Acme","owner":"{{owner}}","lastModifiedAt":"2025-01-01T00:00:00Z"}""",
            """{"id":"c2","name":"Beta","lastModifiedAt":"2025-01-01T00:00:00Z"}""",
        };
        if (withBadRecord)
            companies.Add("""{"id":"c3","lastModifiedAt":"2025-01-01T00:00:00Z"}""");
        File.WriteAllLines(Path.Combine(source, "companies.jsonl"), companies);
        File.WriteAllLines(Path.Combine(source, "contacts.jsonl"),
        [
            """{"id":"p1","name":"Lee","company":"c1","lastModifiedAt":"2025-01-01T00:00:00Z"}""",
            """{"id":"p2","name":"Kim","company":"c2","lastModifiedAt":"2025-01-01T00:00:00Z"}""",
        ]);
        return "file:" + source;
    }

    public static void AddCompany(string source, string id, string name, string modified) =>
        File.AppendAllLines(Path.Combine(source["file:".Length..], "companies.jsonl"), [$$"""{"id":"{{id}}","name":"{{name}}","lastModifiedAt":"{{modified}}"}"""]);

    private static MapCatalog Catalog { get; } = new(
        Name, "Test CRM", "0.1.0", "sm", DataverseEdition.SalesEnterprise, "sm_sourceid",
        [Pair("Company", "companies", "account", 1), Pair("Contact", "contacts", "contact", 2)],
        [new PhaseInfo(1, ["Company"]), new PhaseInfo(2, ["Contact"])],
        [],
        Manifest(),
        [
            new HandTransform("Company", (s, w) =>
            {
                if (!s.TryGetProperty("name", out var name))
                    return "name is required";
                w.Begin("Company", Account, SourceId, s.GetProperty("id").GetString()!);
                w.Json.WriteString("name", name.GetString());
                if (s.TryGetProperty("owner", out var owner))
                    w.Owner(AccountOwner, new OwnerRef(owner.GetString()));
                w.End();
                return null;
            }),
            new HandTransform("Contact", (s, w) =>
            {
                w.Begin("Contact", Contact, SourceId, s.GetProperty("id").GetString()!);
                w.Json.WriteString("lastname", s.GetProperty("name").GetString());
                w.Lookup(Customer, new LookupRef("Company", s.GetProperty("company").GetString()));
                w.End();
                return null;
            }),
        ]);

    private static PairInfo Pair(string name, string module, string target, int phase) =>
        new(name, name, module, "Src" + name, PairKind.OneToOne, [target], name + " records.", null, phase, [], [], [], [], null);

    private static string Manifest()
    {
        ManifestColumn Column(string table) => new(table, "sm_SourceId", "sm_sourceid", ColumnType.String, "Source id", 100, 0, [], "", "");
        ManifestKey Key(string table) => new(table, "sm_SourceIdKey", "sm_sourceidkey", ["sm_sourceid"]);
        return new ProvisioningManifest(Name, "sm", DataverseEdition.SalesEnterprise, [], [Column("account"), Column("contact")], [], [Key("account"), Key("contact")]).ToJson();
    }

    private sealed class HandTransform(string pair, Func<JsonElement, RecordWriter, string?> map) : IPairTransform
    {
        public string Pair => pair;

        public TransformOutcome Transform(ReadOnlySpan<byte> sourceJson, RecordWriter writer)
        {
            writer.Context.BeginRecord();
            using var document = JsonDocument.Parse(sourceJson.ToArray());
            var key = document.RootElement.GetProperty("id").GetString();
            return map(document.RootElement, writer) is { } reason ? TransformOutcome.Rejected(key, reason) : TransformOutcome.Written(key!);
        }
    }
}
