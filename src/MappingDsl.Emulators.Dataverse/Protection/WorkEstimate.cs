using System.Text;
using System.Text.Json;
using MappingDsl.Emulators.Dataverse.Protocol;

namespace MappingDsl.Emulators.Dataverse.Protection;

/// <summary>
/// How many records a request will write, read from the request before it runs, so that service protection can plan its
/// execution time at admission. Never lower than what the handlers report as <see cref="EmulatorResponse.Work"/>
/// (a failing request writes fewer), so the plan is an upper bound of the simulated work.
/// </summary>
internal static class WorkEstimate
{
    private static readonly string[] WriteLines = ["\r\nPOST ", "\r\nPATCH ", "\r\nPUT ", "\r\nDELETE "];

    public static int Of(EmulatorRequest request)
    {
        if (request.Path == "$batch") return BatchWrites(request.Body.Span);
        if (request.Method == "GET") return 0;
        if (request.Method == "POST" && request.Path.EndsWith("Multiple", StringComparison.Ordinal) && request.Path.Contains("Microsoft.Dynamics.CRM.", StringComparison.Ordinal))
            return Math.Max(1, Targets(request.Body.Span));
        return 1;
    }

    private static int BatchWrites(ReadOnlySpan<byte> body)
    {
        var text = Encoding.UTF8.GetString(body);
        var count = 0;
        foreach (var line in WriteLines)
        {
            for (var at = text.IndexOf(line, StringComparison.Ordinal); at >= 0; at = text.IndexOf(line, at + line.Length, StringComparison.Ordinal)) count++;
        }
        return count;
    }

    /// <summary>The number of items in the top-level <c>Targets</c> array (0 when the body is not such an object).</summary>
    private static int Targets(ReadOnlySpan<byte> body)
    {
        try
        {
            var reader = new Utf8JsonReader(body);
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject) return 0;
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var isTargets = reader.ValueTextEquals("Targets"u8);
                reader.Read();
                if (!isTargets || reader.TokenType != JsonTokenType.StartArray)
                {
                    reader.Skip();
                    continue;
                }
                var count = 0;
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    count++;
                    reader.Skip();
                }
                return count;
            }
            return 0;
        }
        catch (JsonException)
        {
            // The handler reports the malformed body; for planning, a bad body writes nothing.
            return 0;
        }
    }
}
