namespace MappingDsl.Emulators.Salesmate;

/// <summary>A custom field the emulator defines and fills.</summary>
/// <param name="MetadataModule">The metadata group (<c>contact</c>, <c>company</c>, <c>deal</c>, <c>activity</c>).</param>
/// <param name="FieldName">Its JSON key.</param>
/// <param name="DisplayName">Its label.</param>
/// <param name="Type">Salesmate's type name.</param>
/// <param name="Options">Picklist options.</param>
public sealed record EmulatorCustomField(string MetadataModule, string FieldName, string DisplayName, string Type, IReadOnlyList<string> Options);
