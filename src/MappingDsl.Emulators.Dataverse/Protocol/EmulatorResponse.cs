using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace MappingDsl.Emulators.Dataverse.Protocol;

/// <summary>A Web API response before it is written to HTTP or into a <c>$batch</c> part.</summary>
internal sealed record EmulatorResponse(int Status, byte[] Body, string? ContentType = null)
{
    public List<KeyValuePair<string, string>> Headers { get; } = [];

    /// <summary>Records the request wrote; drives the simulated execution time.</summary>
    public int Work { get; init; }

    /// <summary>Time spent doing the work (not waiting for the store), for execution-time accounting.</summary>
    public TimeSpan Processing { get; init; }

    public bool IsSuccess => Status is >= 200 and < 300;

    public static EmulatorResponse NoContent() => new(204, []);

    public static EmulatorResponse Json(int status, JsonNode node) =>
        new(status, JsonSerializer.SerializeToUtf8Bytes(node), "application/json; odata.metadata=minimal");

    public static EmulatorResponse Text(int status, string text) => new(status, Encoding.UTF8.GetBytes(text), "text/plain");

    public static EmulatorResponse Error(int status, string code, string message) =>
        Json(status, new JsonObject { ["error"] = new JsonObject { ["code"] = code, ["message"] = message } });

    public static EmulatorResponse From(EmulatorError error) => Error(error.Status, error.Code, error.Message);

    public EmulatorResponse WithHeader(string name, string value)
    {
        Headers.Add(new(name, value));
        return this;
    }

    public string BodyText => Encoding.UTF8.GetString(Body);
}
