namespace MappingDsl.Emulators.Wetroo;

/// <summary>A custom field definition.</summary>
/// <param name="Id">Wetroo id.</param>
/// <param name="Object"><c>contact</c>, <c>lead</c> or <c>deal</c>.</param>
/// <param name="Key">Its key inside a record's <c>customFields</c>.</param>
/// <param name="Label">What users see.</param>
/// <param name="Type"><c>text</c>, <c>number</c>, <c>date</c> or <c>picklist</c>.</param>
/// <param name="Options">A picklist's options, in their order.</param>
public sealed record EmulatorCustomField(int Id, string Object, string Key, string Label, string Type, IReadOnlyList<string> Options);
