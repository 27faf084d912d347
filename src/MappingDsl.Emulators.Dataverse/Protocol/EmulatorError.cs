namespace MappingDsl.Emulators.Dataverse.Protocol;

/// <summary>A request the emulator refuses, with the Web API status, <c>error.code</c> and message Dataverse uses.</summary>
internal sealed class EmulatorError(int status, string code, string message) : Exception(message)
{
    public int Status { get; } = status;

    public string Code { get; } = code;

    public static EmulatorError ResourceNotFound(string segment) =>
        new(404, "0x8006088a", $"Resource not found for the segment '{segment}'.");

    public static EmulatorError InvalidProperty(string name, string entity) =>
        new(400, "0x0", $"An error occurred while validating input parameters: Microsoft.Crm.CrmException: Invalid property '{name}' was found in entity 'Microsoft.Dynamics.CRM.{entity}'. ---> Microsoft.OData.ODataException: Does not support untyped value in non-open type.");

    public static EmulatorError UnknownSelect(string name, string entity) =>
        new(400, "0x0", $"Could not find a property named '{name}' on type 'Microsoft.Dynamics.CRM.{entity}'.");

    public static EmulatorError UndeclaredNavigation(string name, string entitySet) =>
        new(400, "0x80048d19", $"Error identified in Payload provided by the user for Entity :'{entitySet}'  ---->  InnerException : Microsoft.OData.ODataException: An undeclared property '{name}' which only has property annotations in the payload but no property value was found in the payload. In OData, only declared navigation properties and declared named streams can be represented as properties without values.");

    public static EmulatorError TooLong(string attribute, string entity, int max) =>
        new(400, "0x80044331", $"A validation error occurred.  The length of the '{attribute}' attribute of the '{entity}' entity exceeded the maximum allowed length of '{max}'.");

    public static EmulatorError DuplicateKey() => new(412, "0x80040237", "A record with matching key values already exists.");

    public static EmulatorError DoesNotExist(string entity, Guid id) =>
        new(404, "0x80040217", $"{entity} With Id = {id} Does Not Exist");

    // The platform's code for a missing required column is not documented; 0x80040203 (InvalidArgument) is the emulator's choice.
    public static EmulatorError MissingRequired(string attribute, string entity) =>
        new(400, "0x80040203", $"Attribute '{attribute}' of entity '{entity}' is required (SystemRequired) and was not provided.");

    // Documented only as observed text; the code is the emulator's choice.
    public static EmulatorError DisabledUser(Guid user) =>
        new(400, "0x80040225", $"The user with SystemUserId={user} in OrganizationContext={Guid.Empty} is disabled");

    public static EmulatorError InvalidForCreate(string attribute, string entity) =>
        new(400, "0x80040203", $"Attribute '{attribute}' of entity '{entity}' is not valid for create. Set it with an update after the record exists.");

    // Codes and texts of the next three are not documented (UNCONFIRMED, docs/dataverse.md); the refusals themselves are.
    public static EmulatorError ClosedRecord(string entity, Guid id) =>
        new(400, "0x80040203", $"The {entity} with id {id} is closed or cancelled and cannot be edited. Reopen it (statecode 0) first.");

    public static EmulatorError StatusNotOfState(string entity, int status, int state) =>
        new(400, "0x80040203", $"{status} is not a valid status code for state code {state} of entity '{entity}'.");

    public static EmulatorError ForbiddenKeyCharacter(string value, string entity) =>
        new(400, "0x80040203", $"The alternate key value '{value}' of entity '{entity}' contains a character that cannot be used in a key address (/ < > * % & : \\ ? +).");

    // Status, code and text UNCONFIRMED (the reference notes have no attachment-size error).
    public static EmulatorError AttachmentTooLarge(long size, long max) =>
        new(400, "0x80043e09", $"The attachment is either not a valid type or is too large. It cannot be uploaded or downloaded. ({size} bytes; the maximum is {max}.)");

    public static EmulatorError BadRequest(string message) => new(400, "0x80040203", message);
}
