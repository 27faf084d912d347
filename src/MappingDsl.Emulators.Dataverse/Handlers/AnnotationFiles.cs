using System.Text.Json;
using System.Text.Json.Nodes;
using MappingDsl.Emulators.Dataverse.Metadata;
using MappingDsl.Emulators.Dataverse.Protocol;

namespace MappingDsl.Emulators.Dataverse.Handlers;

/// <summary>
/// A file on a note: <c>documentbody</c> is base64 (web-api §4.1 notes: "documentbody (base64)"), its decoded size
/// may not pass the org's maximum upload size, and <c>filesize</c>, which metadata marks not valid for create, is set
/// by the platform from the bytes (computed here; UNCONFIRMED in the reference notes).
/// </summary>
internal static class AnnotationFiles
{
    public static void Apply(EntityModel entity, JsonObject record, long maxUploadFileSize)
    {
        if (entity.Attribute("filesize") is null) return;
        if (record["documentbody"] is not JsonValue body || body.GetValueKind() != JsonValueKind.String)
        {
            record["filesize"] = 0;
            return;
        }
        var text = body.GetValue<string>();
        var buffer = new byte[text.Length / 4 * 3 + 3];
        if (!Convert.TryFromBase64String(text, buffer, out var size))
            throw EmulatorError.BadRequest($"The value of 'documentbody' of entity '{entity.LogicalName}' is not valid base64.");
        if (size > maxUploadFileSize) throw EmulatorError.AttachmentTooLarge(size, maxUploadFileSize);
        record["filesize"] = size;
    }
}
