using MappingDsl.Emulators.Dataverse.Protocol;

namespace MappingDsl.Emulators.Dataverse.Query;

/// <summary>
/// How the emulator refuses a FetchXML query. The Web API reports a bad request as HTTP 400 with an <c>error</c> object
/// (compose-http-requests-handle-errors); the codes and texts below are the platform's as commonly seen, not found in
/// Microsoft's pages (UNCONFIRMED, docs/dataverse.md "FetchXML").
/// </summary>
internal static class FetchXmlErrors
{
    public static EmulatorError InvalidXml(string detail) => new(400, "0x80040201", $"Invalid XML. {detail}");

    public static EmulatorError NoEntityName() => new(400, "0x80041102", "Entity Name was not specified in FetchXml String.");

    public static EmulatorError OtherEntity(string fetched, string set) =>
        new(400, "0x80040203", $"The FetchXml entity '{fetched}' is not the table of the entity set '{set}'.");

    public static EmulatorError NoAttribute(string entity, string attribute) =>
        new(400, "0x80041103", $"'{entity}' entity doesn't contain attribute with Name = '{attribute}' and NameMapping = 'Logical'.");

    public static EmulatorError BadValue(string entity, string attribute, string value, string type) =>
        new(400, "0x80040203", $"Condition for attribute '{entity}.{attribute}': expected argument(s) of type '{type}' but received '{value}'.");

    // An honest limit of the emulator, not a platform error: the feature exists in FetchXML, the emulator lacks it.
    public static EmulatorError NotImplemented(string feature) =>
        new(400, "0x80040203", $"The Dataverse emulator does not implement FetchXML {feature}.");
}
