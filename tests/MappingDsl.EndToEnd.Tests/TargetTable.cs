using System.Text.Json;
using MappingDsl.Emulators.Dataverse;

namespace MappingDsl.EndToEnd.Tests;

// A table a pack writes, with the names the Web API reads it by, as the org's own metadata states them.
internal sealed record TargetTable(string LogicalName, string EntitySet, string PrimaryId)
{
    public static async Task<TargetTable> ReadAsync(DataverseEmulator org, string logicalName)
    {
        using var http = Org.Http();
        var url = new Uri(org.ServiceRoot, $"EntityDefinitions(LogicalName='{logicalName}')?$select=EntitySetName,PrimaryIdAttribute");
        using var document = JsonDocument.Parse(await http.GetStringAsync(url));
        return new TargetTable(logicalName,
            document.RootElement.GetProperty("EntitySetName").GetString()!,
            document.RootElement.GetProperty("PrimaryIdAttribute").GetString()!);
    }
}
