using System.Text.Json;
using MappingDsl;
using MappingDsl.Catalog;

namespace MappingDsl.Engine.Tests.Fakes;

// A hand-built catalog with the shapes the generator emits: Company → account (owner, parent via second pass),
// Contact → contact (lookup to Company), Task → task (closed state after create), Flow → inventory only.
internal static class TestPack
{
    public static readonly TableInfo Account = new("account", "accounts", "accountid");
    public static readonly TableInfo Contact = new("contact", "contacts", "contactid");
    public static readonly TableInfo TaskTable = new("task", "tasks", "activityid");
    private static readonly JsonEncodedText SourceId = JsonEncodedText.Encode("sm_sourceid");
    private static readonly LookupColumn AccountOwner = new("ownerid", new LookupTarget("systemuser", "ownerid"), new LookupTarget("team", "ownerid"));
    private static readonly LookupColumn Parent = new("parentaccountid", new LookupTarget("account", "parentaccountid"));
    private static readonly LookupColumn Customer = new("parentcustomerid", new LookupTarget("account", "parentcustomerid_account"));
    private static readonly LookupColumn Regarding = new("regardingobjectid", new LookupTarget("contact", "regardingobjectid_contact"));

    public static MapCatalog Catalog { get; } = new(
        "Test", "Test CRM", "1.0.0", "sm", DataverseEdition.SalesEnterprise, "sm_sourceid",
        [
            Pair("Company", "companies", "account", 1, PairKind.OneToOne),
            Pair("Contact", "contacts", "contact", 2, PairKind.OneToOne),
            Pair("Task", "tasks", "task", 3, PairKind.OneToOne),
            Pair("Flow", "flows", "Smart Flow membership", 3, PairKind.DocumentationOnly),
        ],
        [new PhaseInfo(1, ["Company"]), new PhaseInfo(2, ["Contact"]), new PhaseInfo(3, ["Task", "Flow"])],
        [],
        "{}",
        [
            new HandTransform("Company", (s, w) =>
            {
                if (Text(s, "name") is not { } name)
                    return "name is required";
                w.Begin("Company", Account, SourceId, Text(s, "id")!);
                w.Json.WriteString("name", name);
                if (s.TryGetProperty("employees", out var employees))
                    w.Json.WriteNumber("numberofemployees", employees.GetInt32());
                w.Owner(AccountOwner, new OwnerRef(Text(s, "owner")));
                w.Lookup(Parent, new LookupRef("Company", Text(s, "parent"), Deferred: true));
                w.End();
                return null;
            }),
            new HandTransform("Contact", (s, w) =>
            {
                w.Begin("Contact", Contact, SourceId, Text(s, "id")!);
                w.Json.WriteString("lastname", Text(s, "name"));
                w.Lookup(Customer, new LookupRef("Company", Text(s, "company")));
                w.End();
                return null;
            }),
            new HandTransform("Task", (s, w) =>
            {
                w.Begin("Task", TaskTable, SourceId, Text(s, "id")!);
                w.Json.WriteString("subject", Text(s, "subject"));
                w.Lookup(Regarding, new LookupRef("Contact", Text(s, "contact")));
                if (s.TryGetProperty("done", out var done) && done.GetBoolean())
                    w.SetState(1, 5);
                w.End();
                return null;
            }),
            new HandTransform("Flow", (s, w) =>
            {
                w.AddInventory(new InventoryRow { ["Flow"] = Text(s, "flow"), ["Contact"] = Text(s, "contact") }, Text(s, "id")!);
                return null;
            }),
        ]);

    private static PairInfo Pair(string name, string module, string target, int phase, PairKind kind) =>
        new(name, name, module, "Sm" + name, kind, [target], name, null, phase, [], [], [], [], null);

    private static string? Text(JsonElement source, string name) =>
        source.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    // Written the way the generator writes transforms: parse, map, report bad data as a rejection.
    private sealed class HandTransform(string pair, Func<JsonElement, RecordWriter, string?> map) : IPairTransform
    {
        public string Pair => pair;

        public TransformOutcome Transform(ReadOnlySpan<byte> sourceJson, RecordWriter writer)
        {
            writer.Context.BeginRecord();
            JsonDocument document;
            try
            {
                document = JsonDocument.Parse(sourceJson.ToArray());
            }
            catch (JsonException exception)
            {
                return TransformOutcome.Rejected(null, "malformed JSON: " + exception.Message);
            }
            using (document)
            {
                var key = Text(document.RootElement, "id");
                return map(document.RootElement, writer) is { } reason
                    ? TransformOutcome.Rejected(key, reason)
                    : TransformOutcome.Written(key!);
            }
        }
    }
}
