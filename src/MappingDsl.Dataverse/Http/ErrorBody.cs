using System.Text.Json;

namespace MappingDsl.Dataverse.Http;

/// <summary>Reads the Web API error shape <c>{"error":{"code":"…","message":"…"}}</c>.</summary>
internal static class ErrorBody
{
    public static (string Code, string Message) Parse(string text)
    {
        if (string.IsNullOrWhiteSpace(text)) return ("", "");
        try
        {
            using var doc = JsonDocument.Parse(text);
            if (doc.RootElement.ValueKind == JsonValueKind.Object && doc.RootElement.TryGetProperty("error", out var error))
            {
                var code = error.TryGetProperty("code", out var c) ? c.GetString() ?? "" : "";
                var message = error.TryGetProperty("message", out var m) ? m.GetString() ?? "" : "";
                return (code, message);
            }
        }
        catch (JsonException)
        {
            // A proxy or gateway page, not a Dataverse error: report its text as the message.
        }
        return ("", text.Length > 500 ? text[..500] : text);
    }
}
