using System.Text;

namespace MappingDsl.Dataverse.Tests;

/// <summary>Target records as a transform would produce them.</summary>
internal static class Records
{
    public static TargetRecord Account(int i) =>
        new("Company", Harness.Account, $"A{i}", Encoding.UTF8.GetBytes($$"""{"name":"Account {{i}}","new_sourceid":"A{{i}}"}"""));

    public static TargetRecord Contact(int i, Guid account) =>
        new("Person", Harness.Contact, $"C{i}", Encoding.UTF8.GetBytes(
            $$"""{"lastname":"Person {{i}}","new_sourceid":"C{{i}}","parentcustomerid_account@odata.bind":"/accounts({{account}})"}"""));

    public static async IAsyncEnumerable<TargetRecord> Stream(IEnumerable<TargetRecord> records)
    {
        foreach (var r in records)
        {
            await Task.Yield();
            yield return r;
        }
    }
}
