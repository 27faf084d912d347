using System.Text.Json;
using MappingDsl.Emulators.Dataverse;

namespace MappingDsl.EndToEnd.Tests;

// Reads the Dataverse emulator the way an admin checking the org would: plain Web API GETs.
internal static class Org
{
    // The emulator answers 401 without a bearer token, as an org does; it accepts any token on loopback. An org behind
    // the fault lab's faulty network answers the admin's reads with the same 429s, 503s and resets as the migration's.
    public static HttpClient Http() => new(new PatientReads { InnerHandler = new HttpClientHandler() })
    {
        DefaultRequestHeaders = { Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", "test") },
    };

    // Reads (GETs, safe to repeat) sent again after a 429 (after its Retry-After), a 5xx or a reset connection.
    private sealed class PatientReads : DelegatingHandler
    {
        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            for (var attempt = 1; ; attempt++)
            {
                HttpResponseMessage response;
                try
                {
                    response = await base.SendAsync(request, cancellationToken);
                }
                catch (HttpRequestException) when (request.Method == HttpMethod.Get && attempt < 20)
                {
                    continue;
                }
                if (request.Method != HttpMethod.Get || attempt >= 20 || (response.StatusCode != System.Net.HttpStatusCode.TooManyRequests && (int)response.StatusCode < 500))
                    return response;
                // The emulator's scaled windows send decimal seconds, which the typed header does not parse.
                var wait = response.Headers.TryGetValues("Retry-After", out var after) && double.TryParse(after.First(), System.Globalization.CultureInfo.InvariantCulture, out var seconds)
                    ? TimeSpan.FromSeconds(seconds)
                    : TimeSpan.FromMilliseconds(20 * attempt);
                response.Dispose();
                await Task.Delay(wait, cancellationToken);
            }
        }
    }

    public static async Task<List<JsonElement>> RowsAsync(DataverseEmulator org, string entitySet)
    {
        using var http = Org.Http();
        var rows = new List<JsonElement>();
        var url = new Uri(org.ServiceRoot, entitySet + await ExpandPartiesAsync(org, entitySet)).ToString();
        while (url is not null)
        {
            using var document = JsonDocument.Parse(await http.GetStringAsync(new Uri(url)));
            rows.AddRange(document.RootElement.GetProperty("value").EnumerateArray().Select(r => r.Clone()));
            url = document.RootElement.TryGetProperty("@odata.nextLink", out var next) ? next.GetString() : null;
        }
        return rows;
    }

    // An activity's parties are a collection-valued navigation property: an org returns them only through $expand.
    // Whether a set holds activities is read from the org's metadata, as an admin would.
    public static async Task<string> ExpandPartiesAsync(DataverseEmulator org, string entitySet)
    {
        using var http = Org.Http();
        var url = new Uri(org.ServiceRoot, $"EntityDefinitions?$select=LogicalName,IsActivity&$filter=EntitySetName eq '{entitySet}'");
        using var document = JsonDocument.Parse(await http.GetStringAsync(url));
        var table = document.RootElement.GetProperty("value").EnumerateArray().SingleOrDefault();
        return table.ValueKind == JsonValueKind.Object && table.TryGetProperty("IsActivity", out var activity) && activity.ValueKind == JsonValueKind.True
            ? $"?$expand={table.GetProperty("LogicalName").GetString()}_activity_parties"
            : "";
    }
}
