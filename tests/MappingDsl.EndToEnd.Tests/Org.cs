using System.Text.Json;
using MappingDsl.Emulators.Dataverse;

namespace MappingDsl.EndToEnd.Tests;

// Reads the Dataverse emulator the way an admin checking the org would: plain Web API GETs.
internal static class Org
{
    public static async Task<List<JsonElement>> RowsAsync(DataverseEmulator org, string entitySet)
    {
        using var http = new HttpClient { DefaultRequestHeaders = { Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", "test") } };
        var rows = new List<JsonElement>();
        var url = new Uri(org.ServiceRoot, entitySet).ToString();
        while (url is not null)
        {
            using var document = JsonDocument.Parse(await http.GetStringAsync(new Uri(url)));
            rows.AddRange(document.RootElement.GetProperty("value").EnumerateArray().Select(r => r.Clone()));
            url = document.RootElement.TryGetProperty("@odata.nextLink", out var next) ? next.GetString() : null;
        }
        return rows;
    }
}
