using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace MappingDsl.Emulators.Salesmate;

/// <summary>Writes Salesmate's <c>{Status, Data}</c> and <c>{Status, Error}</c> envelopes straight to the response.</summary>
internal static class EnvelopeWriter
{
    public static async Task WriteSuccessAsync(HttpContext context, Action<Utf8JsonWriter> writeData)
    {
        context.Response.StatusCode = StatusCodes.Status200OK;
        context.Response.ContentType = "application/json";
        await using (var writer = new Utf8JsonWriter(context.Response.BodyWriter))
        {
            writer.WriteStartObject();
            writer.WriteString("Status", "success");
            writer.WritePropertyName("Data");
            writeData(writer);
            writer.WriteEndObject();
        }

        await context.Response.BodyWriter.FlushAsync(context.RequestAborted);
    }

    public static async Task WriteFailureAsync(HttpContext context, ErrorCasing casing, int status, string name, string message)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json";
        await using (var writer = new Utf8JsonWriter(context.Response.BodyWriter))
        {
            writer.WriteStartObject();
            writer.WriteString("Status", "failure");
            writer.WriteStartObject("Error");
            if (casing == ErrorCasing.Documented)
            {
                writer.WriteNumber("Code", status);
                writer.WriteString("Name", name);
                writer.WriteString("Message", message);
            }
            else
            {
                writer.WriteString("name", name);
                writer.WriteString("message", message);
            }

            writer.WriteEndObject();
            writer.WriteEndObject();
        }

        await context.Response.BodyWriter.FlushAsync(context.RequestAborted);
    }
}
