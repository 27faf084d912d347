using System.Buffers.Text;
using System.Text.Json;

namespace MappingDsl.Emulators.Dataverse.Protection;

/// <summary>
/// The user a request runs as, which is what service protection counts against: "Each authenticated user is limited
/// independently" (api-limits, /work/shared/reference/dataverse-web-api.md §1.1; application users get the same
/// limits). An Entra access token (a JWT) names its caller in its claims, so a token refreshed for the same application
/// user keeps that user's window, and two application users never share one. The claim order (<c>oid</c>, the service
/// principal's object id the application user is bound to, then <c>appid</c>, <c>azp</c>, <c>sub</c>) follows the
/// Microsoft Entra access-token claims reference; UNCONFIRMED here: not in the reference notes. Any other token (the
/// emulator accepts any) names its caller by its own text.
/// </summary>
internal static class CallerIdentity
{
    private static readonly string[] Claims = ["oid", "appid", "azp", "sub"];

    /// <summary>The caller's key for an <c>Authorization</c> header value (<c>Bearer …</c>).</summary>
    public static string Of(string authorization)
    {
        var token = authorization.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? authorization["Bearer ".Length..].Trim() : authorization;
        var parts = token.Split('.');
        if (parts.Length != 3 || parts[1].Length == 0) return token;
        try
        {
            using var payload = JsonDocument.Parse(Base64Url.DecodeFromChars(parts[1]));
            foreach (var claim in Claims)
            {
                if (payload.RootElement.ValueKind == JsonValueKind.Object && payload.RootElement.TryGetProperty(claim, out var value)
                    && value.ValueKind == JsonValueKind.String && value.GetString() is { Length: > 0 } id)
                    return claim + ":" + id;
            }
        }
        catch (Exception exception) when (exception is FormatException or JsonException)
        {
            // Not a JWT after all: the text names the caller.
        }
        return token;
    }
}
